import { NewsletterIssueListParamsEncoder, NewsletterIssuePageSchema, SubscriptionConfirmInputSchema, SubscriptionInputSchema, SubscriptionSchema, UnsubscribeInputSchema } from '../validators/validators.js';
import type { RequestOptions, WriteOptions } from '../http.js';
import { iteratePages } from '../pagination.js';
import type { Page } from '../schemas/common.js';
import type { NewsletterIssue, NewsletterIssueListParams, Subscription, SubscriptionConfirmInput, SubscriptionInput, UnsubscribeInput } from '../schemas/newsletter.js';
import { Resource } from './resource.js';

/**
 * The monthly newsletter: `client.newsletter`.
 *
 * @example
 * ```ts
 * await client.newsletter.subscribe({ email: 'ada@example.org', locale: 'en', consent: true });
 * const { items } = await client.newsletter.issues({ locale: 'zh-CN' });
 * ```
 */
export class NewsletterResource extends Resource {
  /** Subscribes; a confirmation e-mail follows (double opt-in). */
  subscribe(input: SubscriptionInput, options: WriteOptions = {}): Promise<Subscription> {
    const body = { schema: SubscriptionInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/newsletter/subscriptions', body, response: SubscriptionSchema, ...options });
  }

  /** Confirms a subscription with the token mailed to it. */
  confirm(input: SubscriptionConfirmInput, options: WriteOptions = {}): Promise<Subscription> {
    const body = { schema: SubscriptionConfirmInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/newsletter/confirm', body, response: SubscriptionSchema, ...options });
  }

  /** Unsubscribes with the token of the link in every issue. */
  unsubscribe(input: UnsubscribeInput, options: WriteOptions = {}): Promise<Subscription> {
    const body = { schema: UnsubscribeInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/newsletter/unsubscribe', body, response: SubscriptionSchema, ...options });
  }

  /** One page of the archive, newest first. */
  issues(params: NewsletterIssueListParams = {}, options: RequestOptions = {}): Promise<Page<NewsletterIssue>> {
    const query = { schema: NewsletterIssueListParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/newsletter/issues', query, response: NewsletterIssuePageSchema, ...options });
  }

  /** The whole archive, page after page. */
  iterateIssues(params: NewsletterIssueListParams = {}, options: RequestOptions = {}): AsyncGenerator<NewsletterIssue, void, undefined> {
    return iteratePages((page, pageOptions) => this.issues(page, pageOptions), params, options);
  }
}
