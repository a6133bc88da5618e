import { createHttp } from './http.js';
import { EventsResource } from './resources/events.js';

export interface ClientOptions {
  /** Where the API lives, e.g. `https://api.example.org` (relative addresses resolve against the page). */
  baseUrl: string;
  /** The organisation's publishable key (`pk_...`): safe to put in a page. */
  publishableKey: string;
  /** Replaces the global `fetch`. Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds before one attempt is given up. Default: 10 000. */
  timeout?: number | undefined;
  /** How many times a failed read is tried again, with backoff. Default: 2. */
  retry?: number | undefined;
  /** The reader's language, sent as `Accept-Language`, e.g. `zh-CN`. */
  locale?: string | undefined;
}

/** A client of the community-ops API; make one with {@link createClient}. */
export interface NgoClient {
  readonly events: EventsResource;
}

/**
 * Makes a client of the community-ops API.
 *
 * @example
 * ```ts
 * import { createClient } from '@ngo-kit/sdk';
 *
 * const client = createClient({ baseUrl: 'https://api.example.org', publishableKey: 'pk_live_123' });
 * const { items } = await client.events.list({ limit: 3 });
 * for (const event of items) console.log(event.title, event.startsAt);
 * ```
 */
export function createClient(options: ClientOptions): NgoClient {
  const http = createHttp({
    baseUrl: options.baseUrl,
    credential: options.publishableKey,
    fetch: options.fetch,
    timeout: options.timeout ?? 10_000,
    retry: options.retry ?? 2,
    locale: options.locale,
  });
  return { events: new EventsResource(http) };
}
