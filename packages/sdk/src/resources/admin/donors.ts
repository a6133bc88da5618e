import { DonationInputSchema, DonationSchema, ThankYouLetterPageSchema, ThankYouLetterParamsEncoder } from '../../validators/validators.js';
import type { RequestOptions, WriteOptions } from '../../http.js';
import { iteratePages } from '../../pagination.js';
import type { Page } from '../../schemas/common.js';
import type { Donation, DonationInput, ThankYouLetter, ThankYouLetterParams, ThankYouLettersParams } from '../../schemas/donors.js';
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
 * const letters = await admin.donors.thankYouLetters({ period: '2026-Q4', language: 'zh-CN' });
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
    const query = { schema: ThankYouLetterParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/donors/letters', query, response: ThankYouLetterPageSchema, ...options });
  }

  /**
   * Every thank-you letter of a period, one per donor who gave in it, each in
   * the donor's language (or only those in `language`), all pages gathered.
   * The HTML of a letter escapes everything it quotes, the donor's name above all.
   */
  async thankYouLetters(params: ThankYouLettersParams, options: RequestOptions = {}): Promise<ThankYouLetter[]> {
    const letters: ThankYouLetter[] = [];
    for await (const letter of this.iterateLetters({ ...params, limit: 100 }, options)) letters.push(letter);
    return letters;
  }

  /** Every thank-you letter of a period, page after page. */
  iterateLetters(params: ThankYouLetterParams, options: RequestOptions = {}): AsyncGenerator<ThankYouLetter, void, undefined> {
    return iteratePages((page, pageOptions) => this.letters(page, pageOptions), params, options);
  }
}
