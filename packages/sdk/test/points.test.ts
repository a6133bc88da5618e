import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { nextTierOf, POINTS_TIER_THRESHOLDS, tierFor } from '@ngo-kit/sdk';
import { PointsBalanceSchema } from '@ngo-kit/sdk/schemas';

describe('tierFor', () => {
  it('changes tier exactly at each threshold', () => {
    const cases: [number, string][] = [
      [0, 'bronze'],
      [1, 'bronze'],
      [199, 'bronze'],
      [200, 'silver'],
      [499, 'silver'],
      [500, 'gold'],
      [999, 'gold'],
      [1000, 'platinum'],
      [1_000_000, 'platinum'],
    ];
    for (const [earned, tier] of cases) assert.equal(tierFor(earned), tier, `${earned} points`);
  });

  it('starts every tier at the threshold the schemas publish', () => {
    for (const [tier, threshold] of Object.entries(POINTS_TIER_THRESHOLDS)) assert.equal(tierFor(threshold), tier);
  });

  it('refuses a total that no ledger can sum to', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) assert.throws(() => tierFor(bad), RangeError);
  });
});

describe('nextTierOf', () => {
  it('tells the next tier and the points still needed, never 0', () => {
    assert.deepEqual(nextTierOf(0), { tier: 'silver', pointsNeeded: 200 });
    assert.deepEqual(nextTierOf(199), { tier: 'silver', pointsNeeded: 1 });
    assert.deepEqual(nextTierOf(200), { tier: 'gold', pointsNeeded: 300 });
    assert.deepEqual(nextTierOf(499), { tier: 'gold', pointsNeeded: 1 });
    assert.deepEqual(nextTierOf(500), { tier: 'platinum', pointsNeeded: 500 });
    assert.deepEqual(nextTierOf(999), { tier: 'platinum', pointsNeeded: 1 });
  });

  it('is null at the top tier', () => {
    assert.equal(nextTierOf(1000), null);
    assert.equal(nextTierOf(5000), null);
  });

  it('fits the balance schema for every total around the thresholds', () => {
    for (const earned of [0, 199, 200, 201, 499, 500, 999, 1000, 1001]) {
      const balance = { balance: 0, earnedTotal: earned, tier: tierFor(earned), nextTier: nextTierOf(earned) };
      assert.equal(z.safeParse(PointsBalanceSchema, balance).success, true, `${earned} points`);
    }
  });

  it('refuses a negative total', () => {
    assert.throws(() => nextTierOf(-5), RangeError);
  });
});
