import { createCore, type CoreOptions } from './core.js';
import type { Http } from './http.js';
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
 * A resource class: `EventsResource`, `SuggestionsResource`, ... Its constructor
 * takes the client's transport, which only a client gives it (hence `never`
 * here: the transport is internal, and nobody else makes resources).
 */
export type ResourceClass<R> = new (transport: never) => R;

/** The same class, as the client sees it: made with its transport. */
type MadeWithTransport<R> = new (transport: Http) => R;

/**
 * A client without its resource namespaces; make one with {@link createBaseClient}.
 * It brings in only the resources a program asks for with `use`, so a bundle
 * that lists events carries the events' schemas and no others.
 *
 * @example
 * ```ts
 * import { createBaseClient, EventsResource } from '@ngo-kit/sdk';
 *
 * const client: NgoBaseClient = createBaseClient({ baseUrl, publishableKey });
 * const { items } = await client.use(EventsResource).list({ limit: 3 });
 * ```
 */
export interface NgoBaseClient {
  /** The client's instance of a resource, made on first use and kept. */
  use<R>(resource: ResourceClass<R>): R;
  /** Writes kept while they could not be sent; see {@link Outbox}. */
  readonly outbox: Outbox;
  /** Sets (or, with `null`, forgets) the member token sent on member routes, e.g. after `client.sessions.create`. */
  setMemberToken(token: string | null): void;
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
export interface NgoClient extends NgoBaseClient {
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
}

/**
 * Makes a client of the community-ops API, for pages and portals: public data, forms,
 * and a signed-in member's own data, with every resource as a namespace
 * (`client.events`, `client.points`, ...).
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
  const client = createBaseClient(options);
  const use = client.use;
  return {
    ...client,
    events: use(EventsResource),
    members: use(MembersResource),
    sessions: use(SessionsResource),
    me: use(MeResource),
    points: use(PointsResource),
    certificates: use(CertificatesResource),
    rewards: use(RewardsResource),
    suggestions: use(SuggestionsResource),
    surveys: use(SurveysResource),
    newsletter: use(NewsletterResource),
    announcements: use(AnnouncementsResource),
    donors: use(DonorsResource),
    metrics: use(MetricsResource),
  };
}

/**
 * Makes a client like {@link createClient} whose resources come only when asked
 * for with `use`: what widgets and size-minded bundles use, since a bundler
 * then leaves out every resource (and its schemas) that the program never names.
 *
 * @example
 * ```ts
 * import { createBaseClient, SuggestionsResource } from '@ngo-kit/sdk';
 *
 * const client = createBaseClient({ baseUrl: 'https://api.example.org', publishableKey: 'pk_live_123' });
 * await client.use(SuggestionsResource).create({ title: 'More benches', body: 'In the park, please.', category: 'events', anonymous: true });
 * ```
 */
export function createBaseClient(options: ClientOptions): NgoBaseClient {
  if (isBrowser() && options.publishableKey.startsWith('sk_')) {
    throw new Error('ngo-kit: a secret key (sk_...) in a web page is readable by anyone; use the publishable key (pk_...).');
  }
  const { http, outbox } = createCore(options, options.publishableKey, options.memberToken);
  const resources = new Map<ResourceClass<unknown>, unknown>();
  return {
    use<R>(resource: ResourceClass<R>): R {
      let instance = resources.get(resource) as R | undefined;
      if (!instance) {
        instance = new (resource as unknown as MadeWithTransport<R>)(http);
        resources.set(resource, instance);
      }
      return instance;
    },
    outbox,
    setMemberToken: (token) => http.setMemberToken(token),
  };
}
