import type { Operation, Operations } from '../../operation.js';
import { json } from '../../problems.js';
import type { StaffSessionRecord } from './data.js';

/** How long a staff session lasts unless asked otherwise: an hour. */
export const STAFF_SESSION_DEFAULT_MINUTES = 60;

/**
 * Opens a staff session for someone the organisation's server signed in. The
 * token reads the staff view of the KPIs from a page; it expires, so a page
 * left open does not keep the access.
 */
const createStaffSession: Operation<'createStaffSession'> = ({ body, store, now, secret }) =>
  store.write((data) => {
    const minutes = body.expiresInMinutes ?? STAFF_SESSION_DEFAULT_MINUTES;
    const session: StaffSessionRecord = {
      token: secret('st'),
      name: body.name,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + minutes * 60_000).toISOString(),
    };
    data.staffSessions.push(session);
    return json({ token: session.token, name: session.name, expiresAt: session.expiresAt }, { status: 201 });
  });

export const staffOperations = {
  createStaffSession,
} satisfies Partial<Operations>;
