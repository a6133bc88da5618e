import { createCore, type CoreOptions } from './core.js';
import { isBrowser } from './environment.js';
import type { Outbox } from './outbox/outbox.js';
import { AdminAnnouncementsResource } from './resources/admin/announcements.js';
import { AdminDonorsResource } from './resources/admin/donors.js';
import { AdminEventsResource } from './resources/admin/events.js';
import { AdminMembersResource } from './resources/admin/members.js';
import { AdminMetricsResource } from './resources/admin/metrics.js';
import { AdminStaffSessionsResource } from './resources/admin/staff-sessions.js';
import { AdminSuggestionsResource } from './resources/admin/suggestions.js';
import { AdminSurveysResource } from './resources/admin/surveys.js';

/**
 * The options of {@link createAdminClient}: {@link CoreOptions} plus the secret key.
 *
 * @example
 * ```ts
 * const options: AdminClientOptions = { baseUrl: 'https://api.example.org', secretKey: process.env.NGO_SECRET_KEY! };
 * ```
 */
export interface AdminClientOptions extends CoreOptions {
  /** A staff secret key (`sk_...`): keep it on a server, never in a page. */
  secretKey: string;
}

/**
 * A staff client of the community-ops API; make one with {@link createAdminClient}.
 *
 * @example
 * ```ts
 * const admin: NgoAdminClient = createAdminClient({ baseUrl, secretKey });
 * await admin.events.checkIn('evt_1', { registrationId: 'reg_7' });
 * ```
 */
export interface NgoAdminClient {
  readonly events: AdminEventsResource;
  /** Points awards, adjustments and certificates. */
  readonly members: AdminMembersResource;
  readonly suggestions: AdminSuggestionsResource;
  readonly surveys: AdminSurveysResource;
  readonly announcements: AdminAnnouncementsResource;
  readonly donors: AdminDonorsResource;
  /** The whole KPI report, participation per event included, and which KPIs are published. */
  readonly metrics: AdminMetricsResource;
  /** Staff sessions whose expiring, read-only token may sit in a staff member's page. */
  readonly staffSessions: AdminStaffSessionsResource;
  /** Staff writes kept while they could not be sent; in Node, give it `fileStorage` to survive a restart. */
  readonly outbox: Outbox;
}

/**
 * Makes a staff client, for servers and scripts: check-in, moderation, survey
 * results, announcements, donations and thank-you letters. It throws in a
 * browser, where a secret key would be readable by anyone who opens the page.
 *
 * @example
 * ```ts
 * import { createAdminClient } from '@ngo-kit/sdk';
 *
 * const admin = createAdminClient({ baseUrl: 'https://api.example.org', secretKey: process.env.NGO_SECRET_KEY! });
 * const { satisfactionRate } = await admin.surveys.results('srv_2026h2');
 * ```
 */
export function createAdminClient(options: AdminClientOptions): NgoAdminClient {
  if (isBrowser()) {
    throw new Error(
      'ngo-kit: createAdminClient() refuses to run in a browser: its secret key would be readable by anyone who opens the page. ' +
        'Call staff operations from your server, and use createClient() with the publishable key in pages.',
    );
  }
  const { http, outbox } = createCore(options, options.secretKey);
  return {
    events: new AdminEventsResource(http),
    members: new AdminMembersResource(http),
    suggestions: new AdminSuggestionsResource(http),
    surveys: new AdminSurveysResource(http),
    announcements: new AdminAnnouncementsResource(http),
    donors: new AdminDonorsResource(http),
    metrics: new AdminMetricsResource(http),
    staffSessions: new AdminStaffSessionsResource(http),
    outbox,
  };
}
