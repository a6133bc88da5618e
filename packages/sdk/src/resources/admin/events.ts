import type { WriteOptions } from '../../http.js';
import { AttendanceInputSchema, AttendanceSchema, type Attendance, type AttendanceInput } from '../../schemas/events.js';
import { EventsResource } from '../events.js';
import { path } from '../path.js';

/**
 * Events for staff: everything of `client.events`, plus check-in: `admin.events`.
 *
 * @example
 * ```ts
 * const attendance = await admin.events.checkIn('evt_1', { registrationId: 'reg_7', hoursServed: 3 });
 * console.log(attendance.pointsAwarded);
 * ```
 */
export class AdminEventsResource extends EventsResource {
  /** Checks in a confirmed registrant, which awards their points. */
  checkIn(id: string, input: AttendanceInput, options: WriteOptions = {}): Promise<Attendance> {
    return this.http.send({
      method: 'POST',
      path: path`v1/events/${id}/attendance`,
      body: { schema: AttendanceInputSchema, input },
      response: AttendanceSchema,
      invalidates: ['v1/metrics'],
      ...options,
    });
  }
}
