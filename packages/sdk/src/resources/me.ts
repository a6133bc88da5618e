import { MeSchema, PageParamsEncoder, RegistrationPageSchema } from '../validators/validators.js';
import type * as z from 'zod/mini';
import type { RequestOptions } from '../http.js';
import { iteratePages } from '../pagination.js';
import type { Page, PageParamsSchema } from '../schemas/common.js';
import type { Registration } from '../schemas/events.js';
import type { Me } from '../schemas/members.js';
import { Resource } from './resource.js';

/**
 * Paging of a list that has no filters: `cursor` and `limit`.
 *
 * @example
 * ```ts
 * const params: PageParams = { limit: 10 };
 * const { items, nextCursor } = await client.me.registrations(params);
 * ```
 */
export type PageParams = z.output<typeof PageParamsSchema>;

/**
 * The signed-in member's own data: `client.me` (needs `client.setMemberToken`).
 *
 * @example
 * ```ts
 * client.setMemberToken(session.token);
 * const me = await client.me.retrieve();
 * for await (const registration of client.me.iterateRegistrations()) console.log(registration.eventId);
 * ```
 */
export class MeResource extends Resource {
  /** The member's profile, tier and hours served. */
  retrieve(options: RequestOptions = {}): Promise<Me> {
    return this.http.send({ method: 'GET', path: 'v1/me', response: MeSchema, credential: 'member', ...options });
  }

  /** One page of the member's registrations, soonest event first. */
  registrations(params: PageParams = {}, options: RequestOptions = {}): Promise<Page<Registration>> {
    const query = { schema: PageParamsEncoder, params };
    const response = RegistrationPageSchema;
    return this.http.send({ method: 'GET', path: 'v1/me/registrations', query, response, credential: 'member', ...options });
  }

  /** Every registration of the member, page after page. */
  iterateRegistrations(params: PageParams = {}, options: RequestOptions = {}): AsyncGenerator<Registration, void, undefined> {
    return iteratePages((page, pageOptions) => this.registrations(page, pageOptions), params, options);
  }
}
