import type { Reward } from '@ngo-kit/sdk/schemas';

export interface PointsRedeemedDetail {
  /** The reward redeemed. */
  rewardId: string;
  /** The reward as the catalogue showed it, when the catalogue was loaded. */
  reward: Reward | undefined;
  /** The member's balance after the redemption, as the API answered it. */
  balance: number | undefined;
}

/**
 * A redemption this widget asked for was accepted by the API: now, or later
 * when a redemption kept offline was sent. The points are spent; other
 * badges of the same member on the page show the new balance too.
 *
 * @example
 * ```ts
 * badge.addEventListener('ngo-points-redeemed', (event) => analytics.track('redeemed', event.detail.rewardId));
 * ```
 */
export class NgoPointsRedeemedEvent extends CustomEvent<PointsRedeemedDetail> {
  constructor(detail: PointsRedeemedDetail) {
    super('ngo-points-redeemed', { detail, bubbles: true, composed: true });
  }
}
