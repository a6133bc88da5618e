import { DonorWallPageSchema, DonorWallParamsEncoder } from '../validators/validators.js';
import type { RequestOptions } from '../http.js';
import { iteratePages } from '../pagination.js';
import type { Page } from '../schemas/common.js';
import type { DonorWallEntry, DonorWallParams } from '../schemas/donors.js';
import { Resource } from './resource.js';

/**
 * The public recognition wall: `client.donors`.
 *
 * @example
 * ```ts
 * const { items } = await client.donors.wall({ period: '2026' });
 * ```
 */
export class DonorsResource extends Resource {
  /** One page of donors who agreed to be thanked in public. */
  wall(params: DonorWallParams = {}, options: RequestOptions = {}): Promise<Page<DonorWallEntry>> {
    const query = { schema: DonorWallParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/donors/wall', query, response: DonorWallPageSchema, ...options });
  }

  /** The whole wall, page after page. */
  iterateWall(params: DonorWallParams = {}, options: RequestOptions = {}): AsyncGenerator<DonorWallEntry, void, undefined> {
    return iteratePages((page, pageOptions) => this.wall(page, pageOptions), params, options);
  }
}
