import { StaffSessionInputSchema, StaffSessionSchema } from '../../validators/validators.js';
import type { RequestOptions } from '../../http.js';
import type { StaffSession, StaffSessionInput } from '../../schemas/staff.js';
import { Resource } from '../resource.js';

/**
 * Staff sessions, opened by the organisation's server for staff it has signed
 * in itself: `admin.staffSessions`. The token (`st_...`) may go into that
 * staff member's page, e.g. as the `staff-token` of `<ngo-kpi-dashboard>`:
 * unlike the secret key it only reads (the staff view of the KPIs, and what a
 * publishable key reads), and it expires.
 *
 * @example
 * ```ts
 * // on the server, after the website signed in its administrator
 * const { token } = await admin.staffSessions.create({ name: user.displayName, expiresInMinutes: 120 });
 * page.render(`<ngo-kpi-dashboard api="${api}" staff-token="${token}"></ngo-kpi-dashboard>`);
 * ```
 */
export class AdminStaffSessionsResource extends Resource {
  /** Opens a staff session (an hour unless `expiresInMinutes` says otherwise). Never kept in the outbox: a late token helps nobody. */
  create(input: StaffSessionInput, options: RequestOptions = {}): Promise<StaffSession> {
    const body = { schema: StaffSessionInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/staff/sessions', body, response: StaffSessionSchema, outbox: false, ...options });
  }
}
