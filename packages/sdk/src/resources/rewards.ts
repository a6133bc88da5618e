import { RedemptionSchema, RewardListParamsEncoder, RewardPageSchema } from '../validators/validators.js';
import type { RequestOptions, WriteOptions } from '../http.js';
import { iteratePages } from '../pagination.js';
import type { Page } from '../schemas/common.js';
import type { Redemption, Reward, RewardListParams } from '../schemas/rewards.js';
import { path } from './path.js';
import { Resource } from './resource.js';

/**
 * The rewards catalogue and redemptions: `client.rewards`.
 *
 * @example
 * ```ts
 * const { items } = await client.rewards.list({ kind: 'prize' });
 * const redemption = await client.rewards.redeem(items[0].id); // needs the member token
 * ```
 */
export class RewardsResource extends Resource {
  /** One page of the catalogue. */
  list(params: RewardListParams = {}, options: RequestOptions = {}): Promise<Page<Reward>> {
    const query = { schema: RewardListParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/rewards', query, response: RewardPageSchema, ...options });
  }

  /** The whole catalogue, page after page. */
  iterate(params: RewardListParams = {}, options: RequestOptions = {}): AsyncGenerator<Reward, void, undefined> {
    return iteratePages((page, pageOptions) => this.list(page, pageOptions), params, options);
  }

  /** Spends the member's points on a reward, atomically and once per idempotency key. */
  redeem(id: string, options: WriteOptions = {}): Promise<Redemption> {
    return this.http.send({
      method: 'POST',
      path: path`v1/rewards/${id}/redemptions`,
      response: RedemptionSchema,
      credential: 'member',
      invalidates: ['v1/me'],
      ...options,
    });
  }
}
