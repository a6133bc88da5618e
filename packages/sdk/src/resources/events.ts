import type { Http, RequestOptions } from '../http.js';
import type { Page } from '../schemas/common.js';
import {
  EventListParamsSchema,
  EventPageSchema,
  type CommunityEvent,
  type EventListParams,
} from '../schemas/events.js';

/**
 * The organisation's events: `client.events`.
 *
 * @example
 * ```ts
 * const { items } = await client.events.list({ kind: 'offline', limit: 5 });
 * ```
 */
export class EventsResource {
  readonly #http: Http;

  /** @internal Made by {@link createClient}. */
  constructor(http: Http) {
    this.#http = http;
  }

  /** One page of events, soonest first, filtered by `params`. */
  list(params: EventListParams = {}, options: RequestOptions = {}): Promise<Page<CommunityEvent>> {
    return this.#http.send({
      method: 'GET',
      path: 'v1/events',
      query: { schema: EventListParamsSchema, params },
      response: EventPageSchema,
      signal: options.signal,
    });
  }
}
