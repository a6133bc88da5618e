import type * as z from 'zod/mini';
import type { Locale, ThankYouLetterSchema } from '@ngo-kit/sdk/schemas';
import { escapeMarkup } from '../../escape.js';
import type { DonorRecord } from './data.js';

type ThankYouLetter = z.input<typeof ThankYouLetterSchema>;

interface LetterText {
  /** `2026`, or the quarter of `2026-Q3`, as a phrase of the language. */
  period(year: string, quarter: number | undefined): string;
  subject(period: string): string;
  /** Paragraphs; a line break inside one is kept. */
  body(name: string, period: string, totals: string): string[];
}

const CHINESE_QUARTERS = ['一', '二', '三', '四'];
const ENGLISH_QUARTERS = ['first', 'second', 'third', 'fourth'];

/** The thank-you letter in each language of the toolkit. */
const LETTERS: Record<Locale, LetterText> = {
  en: {
    period: (year, quarter) => (quarter === undefined ? year : `the ${ENGLISH_QUARTERS[quarter - 1]} quarter of ${year}`),
    subject: (period) => `Thank you for your support in ${period}`,
    body: (name, period, totals) => [
      `Dear ${name},`,
      `Thank you for your generous support in ${period}. Your gifts came to ${totals}, and every one of them went into the projects of our community.`,
      'With gratitude,\nThe team',
    ],
  },
  'zh-CN': {
    period: (year, quarter) => (quarter === undefined ? `${year}年` : `${year}年第${CHINESE_QUARTERS[quarter - 1]}季度`),
    subject: (period) => `感谢您在${period}的支持`,
    body: (name, period, totals) => [
      `亲爱的${name}：`,
      `感谢您在${period}的慷慨支持。您的捐款共计${totals}，全部用于我们社区的项目。`,
      '衷心感谢！\n全体工作人员',
    ],
  },
  'zh-TW': {
    period: (year, quarter) => (quarter === undefined ? `${year}年` : `${year}年第${CHINESE_QUARTERS[quarter - 1]}季`),
    subject: (period) => `感謝您在${period}的支持`,
    body: (name, period, totals) => [
      `親愛的${name}：`,
      `感謝您在${period}的慷慨支持。您的捐款共計${totals}，全數用於我們社區的計畫。`,
      '衷心感謝！\n全體工作人員',
    ],
  },
};

/**
 * The letter thanking one donor for what they gave in a period, in the
 * donor's language, with the sum of each currency formatted for that
 * language. The HTML escapes everything it quotes, the donor's name above all.
 */
export function thankYouLetter(
  donor: DonorRecord,
  period: string,
  totals: readonly [currency: string, amount: number][],
): ThankYouLetter {
  const locale = donor.locale;
  const letter = LETTERS[locale];
  const [year = period, quarter] = period.split('-Q');
  const when = letter.period(year, quarter === undefined ? undefined : Number(quarter));
  const sums = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    totals.map(([currency, amount]) => formatMoney(locale, currency, amount)),
  );
  const paragraphs = letter.body(donor.name, when, sums);
  const html = paragraphs.map((paragraph) => `<p>${escapeMarkup(paragraph).replaceAll('\n', '<br>')}</p>`).join('\n');
  return {
    donorId: donor.id,
    locale,
    subject: letter.subject(when),
    text: `${paragraphs.join('\n\n')}\n`,
    html: `<div lang="${locale}">\n${html}\n</div>\n`,
    period,
  };
}

/** An amount in minor units, e.g. 12050 EUR as `€120.50` in English. */
function formatMoney(locale: Locale, currency: string, amount: number): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

