import type { Locale } from '@ngo-kit/sdk/schemas';
import { escapeMarkup } from '../../escape.js';
import type { CertificateRecord } from './data.js';

/** The words of a certificate in one language; the layout is the same in all. */
interface CertificateWording {
  title: string;
  intro: string;
  /** The two lines under the name. */
  service(hours: string, hoursCount: number, period: string): [string, string];
  thanks: string;
  footer(date: string, id: string): string;
  period(year: string, quarter: number | null): string;
}

const ORDINAL_QUARTERS_EN = ['first', 'second', 'third', 'fourth'];
const QUARTERS_ZH = ['一', '二', '三', '四'];

const WORDING: Record<Locale, CertificateWording> = {
  en: {
    title: 'Certificate of Volunteer Service',
    intro: 'This certifies that',
    service: (hours, count, period) => [`served ${hours} ${count === 1 ? 'hour' : 'hours'} as a volunteer`, `in ${period}.`],
    thanks: 'Thank you for the time and care you gave our community.',
    footer: (date, id) => `Issued on ${date} · No. ${id}`,
    period: (year, quarter) => (quarter === null ? year : `the ${ORDINAL_QUARTERS_EN[quarter - 1]} quarter of ${year}`),
  },
  'zh-CN': {
    title: '志愿服务证书',
    intro: '兹证明',
    service: (hours, _count, period) => [`于${period}`, `累计志愿服务 ${hours} 小时。`],
    thanks: '感谢您为社区付出的时间与爱心。',
    footer: (date, id) => `颁发日期：${date} · 编号 ${id}`,
    period: (year, quarter) => (quarter === null ? `${year}年` : `${year}年第${QUARTERS_ZH[quarter - 1]}季度`),
  },
  'zh-TW': {
    title: '志願服務證書',
    intro: '茲證明',
    service: (hours, _count, period) => [`於${period}`, `累計志願服務 ${hours} 小時。`],
    thanks: '感謝您為社區付出的時間與愛心。',
    footer: (date, id) => `頒發日期：${date} · 編號 ${id}`,
    period: (year, quarter) => (quarter === null ? `${year}年` : `${year}年第${QUARTERS_ZH[quarter - 1]}季`),
  },
};

/** A4 landscape at 4 units per millimetre. */
const WIDTH = 1188;
const HEIGHT = 840;
/** The widest a line may be, inside the frame. */
const LINE_WIDTH = 900;
const NAME_SIZE = 56;
const MIN_NAME_SIZE = 20;
const FONTS = "Georgia, 'Times New Roman', 'Noto Serif SC', 'Noto Serif TC', 'Songti SC', 'PMingLiU', serif";

/**
 * A printable certificate, well-formed XML: every text it prints, the
 * member's name first, is escaped, so a name is only ever text.
 */
export function certificateSvg(certificate: CertificateRecord, locale: Locale): string {
  const words = WORDING[locale];
  const quarter = /-Q([1-4])$/.exec(certificate.period)?.[1];
  const period = words.period(certificate.period.slice(0, 4), quarter === undefined ? null : Number(quarter));
  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(certificate.hoursServed);
  const [service, when] = words.service(hours, certificate.hoursServed, period);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(certificate.issuedAt));
  const name = certificate.memberName;
  const nameSize = Math.max(MIN_NAME_SIZE, Math.min(NAME_SIZE, Math.floor(LINE_WIDTH / estimatedEms(name))));
  // Too long even at the smallest size: squeeze it into the line rather than run off the page.
  const squeeze = estimatedEms(name) * nameSize > LINE_WIDTH ? ` textLength="${LINE_WIDTH}" lengthAdjust="spacingAndGlyphs"` : '';
  const description = [words.intro, name, service, when].join(' ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="297mm" height="210mm" role="img" aria-labelledby="certificate-title certificate-desc" xml:lang="${locale}" lang="${locale}">`,
    `<title id="certificate-title">${escapeMarkup(words.title)}</title>`,
    `<desc id="certificate-desc">${escapeMarkup(description)}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fffdf7"/>`,
    `<rect x="30" y="30" width="${WIDTH - 60}" height="${HEIGHT - 60}" fill="none" stroke="#8a6d3b" stroke-width="6"/>`,
    `<rect x="48" y="48" width="${WIDTH - 96}" height="${HEIGHT - 96}" fill="none" stroke="#8a6d3b" stroke-width="1.5"/>`,
    `<g font-family="${escapeMarkup(FONTS)}" text-anchor="middle" fill="#2b2118">`,
    line(200, 52, words.title, ' font-weight="bold" fill="#5b3a12"'),
    line(300, 26, words.intro),
    line(400, nameSize, name, ` font-weight="bold"${squeeze}`),
    `<line x1="${(WIDTH - LINE_WIDTH) / 2}" y1="425" x2="${(WIDTH + LINE_WIDTH) / 2}" y2="425" stroke="#8a6d3b" stroke-width="1"/>`,
    line(490, 28, service),
    line(540, 28, when),
    line(620, 22, words.thanks, ' font-style="italic"'),
    line(740, 16, words.footer(date, certificate.id), ' fill="#6b5a45"'),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

function line(y: number, size: number, text: string, attributes = ''): string {
  return `<text x="${WIDTH / 2}" y="${y}" font-size="${size}"${attributes}>${escapeMarkup(text)}</text>`;
}

/** East Asian wide characters take about one em; others about 0.6. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

function estimatedEms(text: string): number {
  return [...text].reduce((ems, character) => ems + (WIDE.test(character) ? 1 : 0.6), 0);
}
