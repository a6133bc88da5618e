import { EventFeedParamsEncoder, EventListParamsEncoder, EventPageSchema, EventSchema, RegistrationCancellationInputSchema, RegistrationInputSchema, RegistrationSchema } from '../validators/validators.js';
import type { RequestOptions, WriteOptions } from '../http.js';
import { iteratePages } from '../pagination.js';
import type { Page } from '../schemas/common.js';
import type { CommunityEvent, EventFeedParams, EventListParams, Registration, RegistrationInput } from '../schemas/events.js';
import { path } from './path.js';
import { Resource } from './resource.js';

/**
 * The organisation's events and registrations: `client.events`.
 *
 * @example
 * ```ts
 * const { items } = await client.events.list({ kind: 'offline', limit: 5 });
 * for await (const event of client.events.iterate({ series: 'quarterly-exchange' })) console.log(event.title);
 * const registration = await client.events.register('evt_1', {
 *   name: 'Ada', email: 'ada@example.org', role: 'attendee', consent: true,
 * });
 * ```
 */
export class EventsResource extends Resource {
  /** One page of events, soonest first, filtered by `params`. */
  list(params: EventListParams = {}, options: RequestOptions = {}): Promise<Page<CommunityEvent>> {
    const query = { schema: EventListParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/events', query, response: EventPageSchema, ...options });
  }

  /** Every event matching `params`, page after page. */
  iterate(params: EventListParams = {}, options: RequestOptions = {}): AsyncGenerator<CommunityEvent, void, undefined> {
    return iteratePages((page, pageOptions) => this.list(page, pageOptions), params, options);
  }

  /** One event. */
  retrieve(id: string, options: RequestOptions = {}): Promise<CommunityEvent> {
    return this.http.send({ method: 'GET', path: path`v1/events/${id}`, response: EventSchema, ...options });
  }

  /** One event as iCalendar text, for "add to calendar". */
  calendar(id: string, options: RequestOptions = {}): Promise<string> {
    return this.http.sendText({ method: 'GET', path: path`v1/events/${id}.ics`, accept: 'text/calendar', ...options });
  }

  /** The events matching `params` as one iCalendar feed. */
  calendarFeed(params: EventFeedParams = {}, options: RequestOptions = {}): Promise<string> {
    const query = { schema: EventFeedParamsEncoder, params };
    return this.http.sendText({ method: 'GET', path: 'v1/events.ics', query, accept: 'text/calendar', ...options });
  }

  /** Registers for an event: confirmed while places last, then waitlisted. */
  register(id: string, input: RegistrationInput, options: WriteOptions = {}): Promise<Registration> {
    return this.http.send({
      method: 'POST',
      path: path`v1/events/${id}/registrations`,
      body: { schema: RegistrationInputSchema, input },
      response: RegistrationSchema,
      invalidates: ['v1/me'],
      ...options,
    });
  }

  /** Cancels a registration with the token of its cancellation link; the first of the waitlist moves up. */
  cancelRegistration(id: string, token: string, options: WriteOptions = {}): Promise<Registration> {
    return this.http.send({
      method: 'POST',
      path: path`v1/registrations/${id}/cancellation`,
      body: { schema: RegistrationCancellationInputSchema, input: { token } },
      response: RegistrationSchema,
      invalidates: ['v1/events', 'v1/me'],
      ...options,
    });
  }
}
