import * as z from 'zod/mini';
import { EmailSchema, IdSchema, LocaleSchema, listParamsSchema, PeriodSchema, TimestampSchema, pageSchema } from './common.js';

export const DONOR_TIERS = ['supporter', 'friend', 'patron', 'benefactor'] as const;

/** A band of the amount given in a period, so the wall thanks without showing sums. */
export const DonorTierSchema = z.enum(DONOR_TIERS);

export type DonorTier = z.infer<typeof DonorTierSchema>;

/** The least a donor gives in a period, per tier above `supporter`, in minor units of one currency. */
export type DonorTierThresholds = Readonly<Record<Exclude<DonorTier, 'supporter'>, number>>;

/**
 * Where each tier of the wall begins, per currency, for the total a donor gave
 * in the period in that currency (minor units: `5_000` EUR is 50.00 €). Any
 * gift makes a `supporter`. Sums in different currencies are never added up:
 * a donor's tier is the highest reached in any one currency. A currency not
 * listed makes a `supporter` whatever the sum; an organisation that takes
 * another currency adds its row.
 *
 * | currency | friend | patron | benefactor |
 * | --- | --- | --- | --- |
 * | EUR, USD, GBP | 50 | 250 | 1,000 |
 * | CNY, HKD | 400 | 2,000 | 8,000 |
 * | TWD | 1,500 | 8,000 | 30,000 |
 */
export const DONOR_TIER_THRESHOLDS: Readonly<Record<string, DonorTierThresholds>> = {
  EUR: { friend: 5_000, patron: 25_000, benefactor: 100_000 },
  USD: { friend: 5_000, patron: 25_000, benefactor: 100_000 },
  GBP: { friend: 5_000, patron: 25_000, benefactor: 100_000 },
  CNY: { friend: 40_000, patron: 200_000, benefactor: 800_000 },
  HKD: { friend: 40_000, patron: 200_000, benefactor: 800_000 },
  TWD: { friend: 150_000, patron: 800_000, benefactor: 3_000_000 },
};

/** A sum in one currency, in its minor unit (cents, fen). */
export const MoneySchema = z.object({
  amount: /* @__PURE__ */ z.int().check(z.minimum(1)),
  /** ISO 4217, e.g. `EUR`, `CNY`. */
  currency: /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{3}$/)),
});

export type Money = z.output<typeof MoneySchema>;

/**
 * One donor on the public wall of a period: only donors whose latest donation
 * of the period consents to public thanks appear (consent can be withdrawn
 * with the next gift). Never an address; an amount only as `amounts`.
 */
export const DonorWallEntrySchema = z.object({
  /** `null` when the donor asked to be counted but not named. */
  displayName: z.nullable(z.string()),
  anonymous: z.boolean(),
  /** From the donor's totals in the period, by `DONOR_TIER_THRESHOLDS`. */
  tier: DonorTierSchema,
  period: PeriodSchema,
  /**
   * What the donor gave in the period, per currency. Optional and absent
   * unless the donor agreed to have the sum shown and the organisation's
   * backend publishes sums; the reference API (and the mock server) never
   * sends it, and an anonymous entry never has it.
   */
  amounts: z.optional(z.array(MoneySchema)),
});

export type DonorWallEntry = z.output<typeof DonorWallEntrySchema>;

export const DonorWallPageSchema = pageSchema(DonorWallEntrySchema);

/** Filters of `GET /v1/donors/wall`, highest tier first. */
export const DonorWallParamsSchema = listParamsSchema({
  /** A year or a quarter, by the donations' dates; default: the current year (UTC). */
  period: z.optional(PeriodSchema),
});

export type DonorWallParams = z.output<typeof DonorWallParamsSchema>;

/** The body of the staff `POST /v1/donations`. */
export const DonationInputSchema = z.strictObject({
  donorName: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  email: EmailSchema,
  /** In the currency's minor unit (cents, fen) so that no sum is a float. */
  amount: /* @__PURE__ */ z.int().check(z.minimum(1)),
  /** ISO 4217, e.g. `EUR`, `CNY`. */
  currency: /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{3}$/)),
  date: z.iso.date(),
  /** Consent to appear on the public wall. */
  publicThanks: z.boolean(),
  /** On the wall, counted but not named. */
  anonymous: z.boolean(),
  /** The language of the thank-you letter. */
  locale: LocaleSchema,
});

export type DonationInput = z.input<typeof DonationInputSchema>;

/** A recorded donation. */
export const DonationSchema = z.object({
  id: IdSchema,
  donorId: IdSchema,
  amount: /* @__PURE__ */ z.int().check(z.minimum(1)),
  currency: z.string(),
  date: z.iso.date(),
  publicThanks: z.boolean(),
  anonymous: z.boolean(),
  locale: LocaleSchema,
  createdAt: TimestampSchema,
});

export type Donation = z.output<typeof DonationSchema>;

/** A thank-you letter for one donor and period, ready to send as text and HTML. */
export const ThankYouLetterSchema = z.object({
  donorId: IdSchema,
  locale: LocaleSchema,
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  period: PeriodSchema,
});

export type ThankYouLetter = z.output<typeof ThankYouLetterSchema>;

export const ThankYouLetterPageSchema = pageSchema(ThankYouLetterSchema);

/** Query of the staff `GET /v1/donors/letters`: the period is required. */
export const ThankYouLetterParamsSchema = listParamsSchema({
  period: PeriodSchema,
  /** Only the letters in this language, i.e. to the donors who chose it; default every language. */
  language: z.optional(LocaleSchema),
});

export type ThankYouLetterParams = z.output<typeof ThankYouLetterParamsSchema>;

/** What `admin.donors.thankYouLetters` takes: every page of the period's letters, in one language or all. */
export type ThankYouLettersParams = Omit<ThankYouLetterParams, 'cursor' | 'limit'>;
