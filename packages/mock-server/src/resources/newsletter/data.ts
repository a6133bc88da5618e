import type * as z from 'zod/mini';
import type { NewsletterIssueSchema, SubscriptionSchema } from '@ngo-kit/sdk/schemas';

/** A subscription as stored, with the address and the secrets of its two links. */
export type SubscriptionRecord = z.input<typeof SubscriptionSchema> & {
  email: string;
  confirmationToken: string;
  unsubscribeToken: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
};

export type NewsletterIssueRecord = z.input<typeof NewsletterIssueSchema>;

export interface NewsletterData {
  subscriptions: SubscriptionRecord[];
  newsletterIssues: NewsletterIssueRecord[];
}
