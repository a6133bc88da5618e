import { POINTS_TIER_THRESHOLDS, POINTS_TIERS, type NextTier, type PointsTier } from '../schemas/points.js';

/**
 * The tier of a member who has earned `earnedTotal` points since joining. The
 * tier follows points earned, not the balance, so redeeming never demotes.
 *
 * @example
 * ```ts
 * tierFor(0); // 'bronze'
 * tierFor(500); // 'gold'
 * ```
 */
export function tierFor(earnedTotal: number): PointsTier {
  assertEarnedTotal(earnedTotal);
  let reached: PointsTier = POINTS_TIERS[0];
  for (const tier of POINTS_TIERS) {
    if (earnedTotal >= POINTS_TIER_THRESHOLDS[tier]) reached = tier;
  }
  return reached;
}

/**
 * The tier after the one `earnedTotal` reaches, and the distance to it;
 * `null` at the top tier. Widgets draw the progress bar from it.
 *
 * @example
 * ```ts
 * nextTierOf(150); // { tier: 'silver', pointsNeeded: 50 }
 * nextTierOf(1000); // null
 * ```
 */
export function nextTierOf(earnedTotal: number): NextTier | null {
  assertEarnedTotal(earnedTotal);
  const next = POINTS_TIERS.find((tier) => POINTS_TIER_THRESHOLDS[tier] > earnedTotal);
  return next === undefined ? null : { tier: next, pointsNeeded: Math.ceil(POINTS_TIER_THRESHOLDS[next] - earnedTotal) };
}

/** A negative or non-finite total is a bug in the caller's sum, not a tier. */
function assertEarnedTotal(earnedTotal: number): void {
  if (!Number.isFinite(earnedTotal) || earnedTotal < 0) {
    throw new RangeError(`Points earned must be a finite number of at least 0, not ${earnedTotal}.`);
  }
}
