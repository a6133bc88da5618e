interface WeekInfo {
  /** 1 is Monday, 7 is Sunday. */
  firstDay: number;
}

/** `getWeekInfo()` is the standard; Chromium shipped a `weekInfo` getter first. Neither is in TypeScript's ES2023 lib. */
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/**
 * Regions whose weeks do not start on Monday, after CLDR's week data: the
 * fallback for browsers without `Intl.Locale#getWeekInfo`. Every other region
 * starts on Monday, as most of Europe and mainland China do.
 */
const SUNDAY_REGIONS = new Set(
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(' '),
);
const SATURDAY_REGIONS = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

const firstDays = new Map<string, number>();

/**
 * The first day of the week in `locale` (1 Monday ... 7 Sunday): Sunday for
 * `en` (the United States) and `zh-TW`, Monday for `en-GB`, `de` and `zh-CN`.
 * A locale's `-u-fw-` extension (`en-US-u-fw-mon`) is honoured where the
 * browser knows week data.
 */
export function firstDayOfWeek(locale: string): number {
  let firstDay = firstDays.get(locale);
  if (firstDay === undefined) {
    const intlLocale = new Intl.Locale(locale) as LocaleWithWeekInfo;
    const info = typeof intlLocale.getWeekInfo === 'function' ? intlLocale.getWeekInfo() : intlLocale.weekInfo;
    firstDay = info?.firstDay ?? firstDayOfRegion(intlLocale.maximize().region);
    firstDays.set(locale, firstDay);
  }
  return firstDay;
}

/** The fallback of {@link firstDayOfWeek}, from the region alone. */
export function firstDayOfRegion(region: string | undefined): number {
  if (region === undefined) return 1;
  if (SUNDAY_REGIONS.has(region)) return 7;
  if (SATURDAY_REGIONS.has(region)) return 6;
  return region === 'MV' ? 5 : 1;
}
