import type { PointsBadgeMessages } from './messages.js';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day in the reader's language and time zone, e.g. "Oct 10, 2026" or "2026年10月10日". */
export function formatDay(date: Date, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    dayFormats.set(locale, format);
  }
  return format.format(date);
}

/**
 * A reporting period (`2026` or `2026-Q3`) as people say it: "Q3 2026",
 * "2026年第3季度". Anything else is shown as it came.
 */
export function periodLabel(period: string, messages: PointsBadgeMessages['certificates']): string {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(period);
  if (!match) return period;
  const [, year = '', quarter] = match;
  const template = quarter === undefined ? messages.year : messages.quarter;
  return template.replace('{year}', year).replace('{quarter}', quarter ?? '');
}
