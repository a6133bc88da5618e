import { createCore, type CoreOptions } from './core.js';
import { isBrowser } from './environment.js';
import type { Outbox } from './outbox/outbox.js';
import { EventsResource } from './resources/events.js';

export interface ClientOptions extends CoreOptions {
  /** The organisation's publishable key (`pk_...`): safe to put in a page. */
  publishableKey: string;
  /** A signed-in member's token, sent on member routes (`client.me`, points, ...); see `setMemberToken`. */
  memberToken?: string | null | undefined;
}

/** A client of the community-ops API; make one with {@link createClient}. */
export interface NgoClient {
  readonly events: EventsResource;
  /** Writes kept while they could not be sent; see {@link Outbox}. */
  readonly outbox: Outbox;
  /** Sets (or, with `null`, forgets) the member token sent on member routes, e.g. after `client.sessions.create`. */
  setMemberToken(token: string | null): void;
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
  if (isBrowser() && options.publishableKey.startsWith('sk_')) {
    throw new Error('ngo-kit: a secret key (sk_...) in a web page is readable by anyone; use the publishable key (pk_...).');
  }
  const { http, outbox } = createCore(options, options.publishableKey, options.memberToken);
  return {
    events: new EventsResource(http),
    outbox,
    setMemberToken: (token) => http.setMemberToken(token),
  };
}
