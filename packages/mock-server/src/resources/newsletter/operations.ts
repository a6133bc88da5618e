import type * as z from 'zod/mini';
import type { SubscriptionSchema } from '@ngo-kit/sdk/schemas';
import type { Operation, Operations } from '../../operation.js';
import { pageResponse } from '../../pagination.js';
import { json, problem } from '../../problems.js';
import { nextId } from '../../store.js';
import type { NewsletterIssueRecord, SubscriptionRecord } from './data.js';
import { sendNewsletterMail } from './mail.js';

/**
 * Starts a double opt-in: a pending subscription and a confirmation e-mail.
 * The answer is the same whatever the address's history, so that nobody
 * learns from it who is subscribed: a new pending subscription replaces an
 * unconfirmed one (the older link stops working), a fresh one follows an
 * unsubscription, and for an address already confirmed nothing is stored, the
 * owner is told by e-mail, and the answer looks like any other.
 */
const subscribeNewsletter: Operation<'subscribeNewsletter'> = ({ body, store, now, origin, secret }) =>
  store.write((data) => {
    const at = now.toISOString();
    const current = data.subscriptions.find(
      (subscription) => sameAddress(subscription.email, body.email) && subscription.status !== 'unsubscribed',
    );
    if (current?.status === 'confirmed') {
      sendNewsletterMail(data, {
        to: current.email,
        locale: current.locale,
        mail: 'alreadySubscribed',
        token: current.unsubscribeToken,
        origin,
        at,
      });
      const lookalike = { id: nextId(data, 'nls'), locale: body.locale, status: 'pending', createdAt: at } as const;
      return json(lookalike satisfies z.input<typeof SubscriptionSchema>, { status: 201 });
    }
    if (current) data.subscriptions.splice(data.subscriptions.indexOf(current), 1);
    const subscription: SubscriptionRecord = {
      id: nextId(data, 'nls'),
      email: body.email,
      locale: body.locale,
      status: 'pending',
      createdAt: at,
      confirmationToken: secret('nct'),
      unsubscribeToken: secret('nut'),
      confirmedAt: null,
      unsubscribedAt: null,
    };
    data.subscriptions.push(subscription);
    sendNewsletterMail(data, {
      to: subscription.email,
      locale: subscription.locale,
      mail: 'confirm',
      token: subscription.confirmationToken,
      origin,
      at,
    });
    return json(presentSubscription(subscription), { status: 201 });
  });

/** Confirms with the mailed token; confirming twice is harmless. A link of an unsubscribed address no longer works. */
const confirmNewsletter: Operation<'confirmNewsletter'> = ({ body, store, now, origin }) =>
  store.write((data) => {
    const subscription = data.subscriptions.find(
      (candidate) => candidate.confirmationToken === body.token && candidate.status !== 'unsubscribed',
    );
    if (!subscription) {
      return problem('not_found', { message: 'This confirmation link is unknown or no longer valid; subscribe again.' });
    }
    if (subscription.status === 'pending') {
      subscription.status = 'confirmed';
      subscription.confirmedAt = now.toISOString();
      sendNewsletterMail(data, {
        to: subscription.email,
        locale: subscription.locale,
        mail: 'subscribed',
        token: subscription.unsubscribeToken,
        origin,
        at: subscription.confirmedAt,
      });
    }
    return json(presentSubscription(subscription));
  });

/** Unsubscribes with the token of the link in every e-mail; unsubscribing twice is harmless. */
const unsubscribeNewsletter: Operation<'unsubscribeNewsletter'> = ({ body, store, now }) =>
  store.write((data) => {
    const subscription = data.subscriptions.find((candidate) => candidate.unsubscribeToken === body.token);
    if (!subscription) return problem('not_found', { message: 'This unsubscribe link is unknown.' });
    if (subscription.status !== 'unsubscribed') {
      subscription.status = 'unsubscribed';
      subscription.unsubscribedAt = now.toISOString();
    }
    return json(presentSubscription(subscription));
  });

/** The archive, newest first; an issue scheduled after now is not listed yet. */
const listNewsletterIssues: Operation<'listNewsletterIssues'> = ({ query, store, now }) => {
  const issues = store
    .read()
    .newsletterIssues.filter(
      (issue) => Date.parse(issue.publishedAt) <= now.getTime() && (!query.locale || issue.locale === query.locale),
    )
    .sort(byNewest);
  return pageResponse(issues, query);
};

export const newsletterOperations = {
  subscribeNewsletter,
  confirmNewsletter,
  unsubscribeNewsletter,
  listNewsletterIssues,
} satisfies Partial<Operations>;

function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function byNewest(a: NewsletterIssueRecord, b: NewsletterIssueRecord): number {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || b.id.localeCompare(a.id);
}

function presentSubscription(subscription: SubscriptionRecord): z.input<typeof SubscriptionSchema> {
  const { id, locale, status, createdAt } = subscription;
  return { id, locale, status, createdAt };
}
