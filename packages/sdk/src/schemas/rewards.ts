import * as z from 'zod/mini';
import { IdSchema, listParamsSchema, TimestampSchema, pageSchema } from './common.js';

export const REWARD_KINDS = ['prize', 'certificate'] as const;

export const RewardKindSchema = z.enum(REWARD_KINDS);

export type RewardKind = z.infer<typeof RewardKindSchema>;

/** An item of the rewards catalogue that points can buy. */
export const RewardSchema = z.object({
  id: IdSchema,
  title: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(120)),
  description: /* @__PURE__ */ z.string().check(z.maxLength(2000)),
  /** Points spent to redeem it once. */
  cost: /* @__PURE__ */ z.int().check(z.minimum(1)),
  /** Items left; `null` when not limited. */
  stock: z.nullable(/* @__PURE__ */ z.int().check(z.minimum(0))),
  kind: RewardKindSchema,
});

export type Reward = z.output<typeof RewardSchema>;

export const RewardPageSchema = pageSchema(RewardSchema);

/** Filters of `GET /v1/rewards`. */
export const RewardListParamsSchema = listParamsSchema({
  kind: z.optional(RewardKindSchema),
});

export type RewardListParams = z.output<typeof RewardListParamsSchema>;

export const REDEMPTION_STATUSES = ['pending', 'fulfilled', 'cancelled'] as const;

/** `pending` until a prize is handed over; a certificate is `fulfilled` at once. */
export const RedemptionStatusSchema = z.enum(REDEMPTION_STATUSES);

export type RedemptionStatus = z.infer<typeof RedemptionStatusSchema>;

/** The answer of `POST /v1/rewards/{id}/redemptions`: points are spent atomically, once per idempotency key. */
export const RedemptionSchema = z.object({
  id: IdSchema,
  rewardId: IdSchema,
  status: RedemptionStatusSchema,
  pointsSpent: /* @__PURE__ */ z.int().check(z.minimum(1)),
  balanceAfter: /* @__PURE__ */ z.int().check(z.minimum(0)),
  at: TimestampSchema,
});

export type Redemption = z.output<typeof RedemptionSchema>;
