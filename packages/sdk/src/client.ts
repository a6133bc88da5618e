import { createCore, type CoreOptions } from './core.js';
import { isBrowser } from './environment.js';
import type { Outbox } from './outbox/outbox.js';
import { AnnouncementsResource } from './resources/announcements.js';
import { CertificatesResource } from './resources/certificates.js';
import { DonorsResource } from './resources/donors.js';
import { EventsResource } from './resources/events.js';
import { MeResource } from './resources/me.js';
import { MembersResource } from './resources/members.js';
import { MetricsResource } from './resources/metrics.js';
import { NewsletterResource } from './resources/newsletter.js';
import { PointsResource } from './resources/points.js';
import { RewardsResource } from './resources/rewards.js';
import { SessionsResource } from './resources/sessions.js';
import { SuggestionsResource } from './resources/suggestions.js';
import { SurveysResource } from './resources/surveys.js';

/**
 * The options of {@link createClient}: {@link CoreOptions} plus the credentials.
 *
 * @example
 * ```ts
 * const options: ClientOptions = { baseUrl: 'https://api.example.org', publishableKey: 'pk_live_123', memberToken: savedToken };
 * ```
 */
export interface ClientOptions extends CoreOptions {
  /** The organisation's publishable key (`pk_...`): safe to put in a page. */
  publishableKey: string;
  /** A signed-in member's token, sent on member routes (`client.me`, points, ...); see `setMemberToken`. */
  memberToken?: string | null | undefined;
}

/**
 * A client of the community-ops API; make one with {@link createClient}.
 *
 * @example
 * ```ts
 * const client: NgoClient = createClient({ baseUrl, publishableKey });
 * const { items } = await client.announcements.list({ limit: 3 });
 * ```
 */
export interface NgoClient {
  readonly events: EventsResource;
  readonly members: MembersResource;
  readonly sessions: SessionsResource;
  readonly me: MeResource;
  readonly points: PointsResource;
  readonly certificates: CertificatesResource;
  readonly rewards: RewardsResource;
  readonly suggestions: SuggestionsResource;
  readonly surveys: SurveysResource;
  readonly newsletter: NewsletterResource;
  readonly announcements: AnnouncementsResource;
  readonly donors: DonorsResource;
  readonly metrics: MetricsResource;
  /** Writes kept while they could not be sent; see {@link Outbox}. */
  readonly outbox: Outbox;
  /** Sets (or, with `null`, forgets) the member token sent on member routes, e.g. after `client.sessions.create`. */
  setMemberToken(token: string | null): void;
}

/**
 * Makes a client of the community-ops API, for pages and portals: public data, forms,
 * and a signed-in member's own data.
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
    members: new MembersResource(http),
    sessions: new SessionsResource(http),
    me: new MeResource(http),
    points: new PointsResource(http),
    certificates: new CertificatesResource(http),
    rewards: new RewardsResource(http),
    suggestions: new SuggestionsResource(http),
    surveys: new SurveysResource(http),
    newsletter: new NewsletterResource(http),
    announcements: new AnnouncementsResource(http),
    donors: new DonorsResource(http),
    metrics: new MetricsResource(http),
    outbox,
    setMemberToken: (token) => http.setMemberToken(token),
  };
}
