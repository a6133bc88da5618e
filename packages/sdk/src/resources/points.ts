import { LedgerListParamsEncoder, LedgerPageSchema, PointsBalanceSchema } from '../validators/validators.js';
import type { RequestOptions } from '../http.js';
import { iteratePages } from '../pagination.js';
import type { Page } from '../schemas/common.js';
import type { LedgerEntry, LedgerListParams, PointsBalance } from '../schemas/points.js';
import { Resource } from './resource.js';

/**
 * The signed-in member's volunteer points: `client.points`.
 *
 * @example
 * ```ts
 * const { balance, tier, nextTier } = await client.points.balance();
 * const { items } = await client.points.ledger({ limit: 10 });
 * ```
 */
export class PointsResource extends Resource {
  /** Balance, tier and the distance to the next tier. */
  balance(options: RequestOptions = {}): Promise<PointsBalance> {
    return this.http.send({ method: 'GET', path: 'v1/me/points', response: PointsBalanceSchema, credential: 'member', ...options });
  }

  /** One page of points earned and redeemed, newest first. */
  ledger(params: LedgerListParams = {}, options: RequestOptions = {}): Promise<Page<LedgerEntry>> {
    const query = { schema: LedgerListParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/me/ledger', query, response: LedgerPageSchema, credential: 'member', ...options });
  }

  /** The whole ledger, page after page. */
  iterateLedger(params: LedgerListParams = {}, options: RequestOptions = {}): AsyncGenerator<LedgerEntry, void, undefined> {
    return iteratePages((page, pageOptions) => this.ledger(page, pageOptions), params, options);
  }
}
