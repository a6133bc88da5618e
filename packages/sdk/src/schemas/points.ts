import * as z from 'zod/mini';
import { IdSchema, PageParamsSchema, TimestampSchema, pageSchema } from './common.js';

export const POINTS_TIERS = ['bronze', 'silver', 'gold', 'platinum'] as const;

/** A volunteer's standing, from the points earned in total (redeeming does not lower it). */
export const PointsTierSchema = z.enum(POINTS_TIERS);

export type PointsTier = z.infer<typeof PointsTierSchema>;

/** The points earned in total from which each tier starts; server and widgets share it. */
export const POINTS_TIER_THRESHOLDS = {
  bronze: 0,
  silver: 200,
  gold: 500,
  platinum: 1000,
} as const satisfies Record<PointsTier, number>;

/** The tier above a member's and how many more points earned reach it. */
export const NextTierSchema = z.object({
  tier: PointsTierSchema,
  pointsNeeded: z.int().check(z.minimum(1)),
});

export type NextTier = z.output<typeof NextTierSchema>;

/** A member's points, `GET /v1/me/points`. */
export const PointsBalanceSchema = z.object({
  /** Points that can be spent now. */
  balance: z.int().check(z.minimum(0)),
  /** Points earned since joining; the tier follows it. */
  earnedTotal: z.int().check(z.minimum(0)),
  tier: PointsTierSchema,
  /** `null` at the top tier. */
  nextTier: z.nullable(NextTierSchema),
});

export type PointsBalance = z.output<typeof PointsBalanceSchema>;

const EntryBase = {
  id: IdSchema,
  /** A sentence for the member, e.g. "Charity run 2026". */
  reason: z.string().check(z.maxLength(300)),
  /** The balance once this entry applied. */
  balanceAfter: z.int().check(z.minimum(0)),
  at: TimestampSchema,
};

/**
 * One change to a member's balance. `amount` is signed: what the entry added to
 * the balance, negative when points were spent or taken back.
 */
export const LedgerEntrySchema = z.discriminatedUnion('source', [
  z.object({
    ...EntryBase,
    kind: z.literal('earned'),
    source: z.literal('attendance'),
    amount: z.int().check(z.minimum(1)),
    eventId: IdSchema,
  }),
  z.object({
    ...EntryBase,
    kind: z.literal('earned'),
    source: z.literal('volunteer_hours'),
    amount: z.int().check(z.minimum(1)),
    hours: z.number().check(z.positive()),
    /** The event served at, or `null` for work outside events. */
    eventId: z.nullable(IdSchema),
  }),
  z.object({
    ...EntryBase,
    kind: z.literal('earned'),
    /** A correction by staff; the only entry that may be negative without a reward. */
    source: z.literal('adjustment'),
    amount: z.int(),
  }),
  z.object({
    ...EntryBase,
    kind: z.literal('redeemed'),
    source: z.literal('reward'),
    amount: z.int().check(z.maximum(-1)),
    rewardId: IdSchema,
    redemptionId: IdSchema,
  }),
]);

export type LedgerEntry = z.output<typeof LedgerEntrySchema>;

export const LedgerPageSchema = pageSchema(LedgerEntrySchema);

/** Paging of `GET /v1/me/ledger`, newest first. */
export const LedgerListParamsSchema = z.extend(PageParamsSchema, {});

export type LedgerListParams = z.output<typeof LedgerListParamsSchema>;
