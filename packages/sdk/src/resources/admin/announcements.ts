import { AnnouncementInputSchema, AnnouncementSchema } from '../../validators/validators.js';
import type { WriteOptions } from '../../http.js';
import type { Announcement, AnnouncementInput } from '../../schemas/announcements.js';
import { AnnouncementsResource } from '../announcements.js';

/**
 * Notices for staff: everything of `client.announcements`, plus publishing: `admin.announcements`.
 *
 * @example
 * ```ts
 * await admin.announcements.create({ title: 'Charity run', bodyHtml: '<p>Sign up now.</p>', kind: 'platform', locale: 'en' });
 * ```
 */
export class AdminAnnouncementsResource extends AnnouncementsResource {
  /** Publishes a notice, now or at `publishedAt`. */
  create(input: AnnouncementInput, options: WriteOptions = {}): Promise<Announcement> {
    const body = { schema: AnnouncementInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/announcements', body, response: AnnouncementSchema, ...options });
  }
}
