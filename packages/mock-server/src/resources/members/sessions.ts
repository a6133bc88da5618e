import type { SessionInput } from '@ngo-kit/sdk/schemas';
import { sendMail } from '../../mail.js';
import type { StoreData } from '../../store.js';
import type { Validated } from '../../validation.js';
import { refuse } from '../outcome.js';
import type { MemberRecord, SessionRecord } from './data.js';
import { memberByEmail } from './lookup.js';
import { sendConfirmation } from './signup.js';

/** How long a mailed sign-in token works. */
export const SIGN_IN_TOKEN_TTL_MS = 30 * 60 * 1000;

/** How long a member stays signed in. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Mails a sign-in token to an active member's address; a new request replaces
 * the token before. A pending member gets the confirmation again instead, and
 * an unknown address nothing: the caller's answer is the same in every case.
 * Call it inside `store.write`.
 */
export function requestSignIn(data: StoreData, email: string, now: Date, token: string): void {
  const member = memberByEmail(data, email);
  if (member?.status === 'pending' && member.confirmationToken !== null) sendConfirmation(data, member, now);
  if (member?.status !== 'active') return;
  member.signIn = { token, expiresAt: new Date(now.getTime() + SIGN_IN_TOKEN_TTL_MS).toISOString() };
  sendMail(data, {
    to: member.email,
    kind: 'sign_in',
    subject: 'Your sign-in code',
    text: `Hello ${member.name}, sign in to the member portal with this code within 30 minutes: ${token}`,
    token,
    at: now.toISOString(),
  });
}

/**
 * Opens a session for the address's active member with the token mailed to
 * it, which then stops working. 401 for an unknown, used or expired token,
 * with one message for all, so that it tells nothing about the address.
 */
export function createSession(data: StoreData, input: SessionInput, now: Date, sessionToken: string): Validated<{ session: SessionRecord; member: MemberRecord }> {
  const member = memberByEmail(data, input.email);
  const signIn = member?.status === 'active' ? member.signIn : undefined;
  if (!member || !signIn || signIn.token !== input.token || Date.parse(signIn.expiresAt) <= now.getTime()) {
    return refuse('unauthorized', 'This sign-in code is unknown, used or expired; ask for a new one.');
  }
  member.signIn = null;
  const session: SessionRecord = {
    token: sessionToken,
    memberId: member.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
  };
  data.sessions.push(session);
  return { ok: true, value: { session, member } };
}
