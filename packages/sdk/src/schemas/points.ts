import * as z from 'zod/mini';
import { isNonZero } from './rules.js';
import { IdSchema, listParamsSchema, TimestampSchema, pageSchema } from './common.js';

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
  pointsNeeded: /* @__PURE__ */ z.int().check(z.minimum(1)),
});

export type NextTier = z.output<typeof NextTierSchema>;

/** A member's points, `GET /v1/me/points`. */
export const PointsBalanceSchema = z.object({
  /** Points that can be spent now. */
  balance: /* @__PURE__ */ z.int().check(z.minimum(0)),
  /** Points earned since joining; the tier follows it. */
  earnedTotal: /* @__PURE__ */ z.int().check(z.minimum(0)),
  tier: PointsTierSchema,
  /** `null` at the top tier. */
  nextTier: z.nullable(NextTierSchema),
});

export type PointsBalance = z.output<typeof PointsBalanceSchema>;

const EntryBase = {
  id: IdSchema,
  /** A sentence for the member, e.g. "Charity run 2026". */
  reason: /* @__PURE__ */ z.string().check(z.maxLength(300)),
  /** The balance once this entry applied. */
  balanceAfter: /* @__PURE__ */ z.int().check(z.minimum(0)),
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
    amount: /* @__PURE__ */ z.int().check(z.minimum(1)),
    eventId: IdSchema,
  }),
  z.object({
    ...EntryBase,
    kind: z.literal('earned'),
    source: z.literal('volunteer_hours'),
    amount: /* @__PURE__ */ z.int().check(z.minimum(1)),
    hours: /* @__PURE__ */ z.number().check(z.positive()),
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
    amount: /* @__PURE__ */ z.int().check(z.maximum(-1)),
    rewardId: IdSchema,
    redemptionId: IdSchema,
  }),
]);

export type LedgerEntry = z.output<typeof LedgerEntrySchema>;

export const LedgerPageSchema = pageSchema(LedgerEntrySchema);

/** Paging of `GET /v1/me/ledger`, newest first. */
export const LedgerListParamsSchema = listParamsSchema({});

export type LedgerListParams = z.output<typeof LedgerListParamsSchema>;

/** Points a volunteer earns per hour served, rounded to a whole number per entry. */
export const POINTS_PER_VOLUNTEER_HOUR = 10;

const ReasonSchema = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300));

/**
 * The body of the staff `POST /v1/members/{id}/ledger`. `volunteer_hours`
 * awards `round(hours × POINTS_PER_VOLUNTEER_HOUR)` points and counts towards
 * certificates; `adjustment` corrects a balance by a signed amount and is
 * refused (422) if it would take the balance below zero.
 */
export const LedgerEntryInputSchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('volunteer_hours'),
    /** In quarter hours, at most a day per entry. */
    hours: /* @__PURE__ */ z.number().check(z.minimum(0.25), z.maximum(24), z.multipleOf(0.25)),
    /** The event served at; omitted for work outside events. */
    eventId: z.optional(IdSchema),
    reason: ReasonSchema,
  }),
  z.strictObject({
    source: z.literal('adjustment'),
    /** Added to the balance: negative takes points back. */
    amount: /* @__PURE__ */ z.int().check(
      z.minimum(-100_000),
      z.maximum(100_000),
      z.refine(isNonZero, { message: 'An adjustment changes the balance: not 0' }),
    ),
    reason: ReasonSchema,
  }),
]);

export type LedgerEntryInput = z.input<typeof LedgerEntryInputSchema>;
