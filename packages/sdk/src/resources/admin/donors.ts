import type { RequestOptions, WriteOptions } from '../../http.js';
import { iteratePages } from '../../pagination.js';
import type { Page } from '../../schemas/common.js';
import {
  DonationInputSchema,
  DonationSchema,
  ThankYouLetterPageSchema,
  ThankYouLetterParamsSchema,
  type Donation,
  type DonationInput,
  type ThankYouLetter,
  type ThankYouLetterParams,
} from '../../schemas/donors.js';
import { DonorsResource } from '../donors.js';

/**
 * Donors for staff: the wall, plus donations and thank-you letters: `admin.donors`.
 *
 * @example
 * ```ts
 * await admin.donors.recordDonation({
 *   donorName: 'Lin Wei', email: 'lin@example.org', amount: 5000, currency: 'CNY', date: '2026-11-20',
 *   publicThanks: true, anonymous: false, locale: 'zh-CN',
 * });
 * for await (const letter of admin.donors.iterateLetters({ period: '2026' })) send(letter);
 * ```
 */
export class AdminDonorsResource extends DonorsResource {
  /** Records a donation. */
  recordDonation(input: DonationInput, options: WriteOptions = {}): Promise<Donation> {
    const body = { schema: DonationInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/donations', body, response: DonationSchema, invalidates: ['v1/donors'], ...options });
  }

  /** One page of thank-you letters for the donors of a period, each in the donor's language. */
  letters(params: ThankYouLetterParams, options: RequestOptions = {}): Promise<Page<ThankYouLetter>> {
    const query = { schema: ThankYouLetterParamsSchema, params };
    return this.http.send({ method: 'GET', path: 'v1/donors/letters', query, response: ThankYouLetterPageSchema, ...options });
  }

  /** Every thank-you letter of a period, page after page. */
  iterateLetters(params: ThankYouLetterParams, options: RequestOptions = {}): AsyncGenerator<ThankYouLetter, void, undefined> {
    return iteratePages((page, pageOptions) => this.letters(page, pageOptions), params, options);
  }
}
