import * as z from 'zod/mini';
import {
  EmailSchema,
  HoneypotSchema,
  HttpUrlSchema,
  IdSchema,
  LocaleSchema,
  MonthSchema,
  listParamsSchema,
  TimestampSchema,
  TokenSchema,
  pageSchema,
} from './common.js';

/** The body of `POST /v1/newsletter/subscriptions`; a confirmation e-mail follows (double opt-in). */
export const SubscriptionInputSchema = z.strictObject({
  email: EmailSchema,
  locale: LocaleSchema,
  consent: z.literal(true),
  website: HoneypotSchema,
});

export type SubscriptionInput = z.input<typeof SubscriptionInputSchema>;

export const SUBSCRIPTION_STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const;

export const SubscriptionStatusSchema = z.enum(SUBSCRIPTION_STATUSES);

export type SubscriptionStatus = z.infer<typeof SubscriptionStatusSchema>;

/** A subscription; the address is not echoed, so that the answer reveals nothing about who is subscribed. */
export const SubscriptionSchema = z.object({
  id: IdSchema,
  locale: LocaleSchema,
  status: SubscriptionStatusSchema,
  createdAt: TimestampSchema,
});

export type Subscription = z.output<typeof SubscriptionSchema>;

/** The body of `POST /v1/newsletter/confirm`, with the token of the confirmation e-mail. */
export const SubscriptionConfirmInputSchema = z.strictObject({ token: TokenSchema });

export type SubscriptionConfirmInput = z.input<typeof SubscriptionConfirmInputSchema>;

/** The body of `POST /v1/newsletter/unsubscribe`, with the token of the link in every issue. */
export const UnsubscribeInputSchema = z.strictObject({ token: TokenSchema });

export type UnsubscribeInput = z.input<typeof UnsubscribeInputSchema>;

/** One monthly issue of the archive. */
export const NewsletterIssueSchema = z.object({
  id: IdSchema,
  month: MonthSchema,
  title: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  summary: /* @__PURE__ */ z.string().check(z.maxLength(1000)),
  url: HttpUrlSchema,
  publishedAt: TimestampSchema,
  locale: LocaleSchema,
});

export type NewsletterIssue = z.output<typeof NewsletterIssueSchema>;

export const NewsletterIssuePageSchema = pageSchema(NewsletterIssueSchema);

/** Filters of `GET /v1/newsletter/issues`, newest first; an issue is listed once its `publishedAt` has come. */
export const NewsletterIssueListParamsSchema = listParamsSchema({
  locale: z.optional(LocaleSchema),
});

export type NewsletterIssueListParams = z.output<typeof NewsletterIssueListParamsSchema>;
