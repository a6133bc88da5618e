import { AttendanceInputSchema, AttendanceSchema, EventInputSchema, EventSchema, EventUpdateInputSchema } from '../../validators/validators.js';
import type { WriteOptions } from '../../http.js';
import type { Attendance, AttendanceInput, CommunityEvent, EventInput, EventUpdateInput } from '../../schemas/events.js';
import { EventsResource } from '../events.js';
import { path } from '../path.js';

/**
 * Events for staff: everything of `client.events`, plus planning and check-in: `admin.events`.
 *
 * @example
 * ```ts
 * const event = await admin.events.update('evt_1', { capacity: 80 });
 * const attendance = await admin.events.checkIn(event.id, { registrationId: 'reg_7', hoursServed: 3 });
 * console.log(attendance.pointsAwarded);
 * ```
 */
export class AdminEventsResource extends EventsResource {
  /** Adds an event to the programme. */
  create(input: EventInput, options: WriteOptions = {}): Promise<CommunityEvent> {
    const body = { schema: EventInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/events', body, response: EventSchema, ...options });
  }

  /** Changes an event; more places confirm the waitlist in order. */
  update(id: string, input: EventUpdateInput, options: WriteOptions = {}): Promise<CommunityEvent> {
    const body = { schema: EventUpdateInputSchema, input };
    return this.http.send({ method: 'PATCH', path: path`v1/events/${id}`, body, response: EventSchema, ...options });
  }

  /** Cancels an event; its registrations stay, and the registrants are told. */
  cancel(id: string, options: WriteOptions = {}): Promise<CommunityEvent> {
    return this.http.send({ method: 'POST', path: path`v1/events/${id}/cancellation`, response: EventSchema, ...options });
  }

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
