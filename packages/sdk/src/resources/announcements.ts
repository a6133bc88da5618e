import { AnnouncementListParamsEncoder, AnnouncementPageSchema } from '../validators/validators.js';
import type { RequestOptions } from '../http.js';
import { iteratePages } from '../pagination.js';
import type { Announcement, AnnouncementListParams } from '../schemas/announcements.js';
import type { Page } from '../schemas/common.js';
import { Resource } from './resource.js';

/**
 * Platform and event notices: `client.announcements`.
 *
 * @example
 * ```ts
 * const { items } = await client.announcements.list({ limit: 3 });
 * ```
 */
export class AnnouncementsResource extends Resource {
  /** One page of notices, pinned first, then newest. */
  list(params: AnnouncementListParams = {}, options: RequestOptions = {}): Promise<Page<Announcement>> {
    const query = { schema: AnnouncementListParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/announcements', query, response: AnnouncementPageSchema, ...options });
  }

  /** Every notice matching `params`, page after page. */
  iterate(params: AnnouncementListParams = {}, options: RequestOptions = {}): AsyncGenerator<Announcement, void, undefined> {
    return iteratePages((page, pageOptions) => this.list(page, pageOptions), params, options);
  }
}
