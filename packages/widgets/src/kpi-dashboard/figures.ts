/**
 * How the dashboard writes its numbers in one language: every figure the
 * cards, the chart and its table show goes through the same formatter, so
 * that the table holds exactly the numbers the chart draws.
 */
export interface Figures {
  /** A KPI figure with one decimal, e.g. `23.3%`, `-5.0%`; growth may pass 100 %. */
  percent(fraction: number): string;
  /** A target, in whole percent: `20%`. */
  target(fraction: number): string;
  /** A net promoter score with its sign and one decimal: `+23.3`. */
  nps(score: number): string;
  /** A month on the chart's axis: `Jan`, `1月`. */
  monthShort(month: string): string;
  /** A month in the table and the summaries: `January 2026`, `2026年1月`. */
  monthLong(month: string): string;
  /** An event's day: `Dec 12, 2026`. */
  day(at: Date): string;
}

const cache = new Map<string, Figures>();

/** The shared {@link Figures} of a locale: `Intl` formatters are costly to make and every render needs them. */
export function figuresFor(locale: string): Figures {
  let figures = cache.get(locale);
  if (!figures) {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const target = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const nps = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    // months are the API's calendar months, in UTC: formatting them in the reader's zone could name the one before
    const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    figures = {
      percent: (fraction) => percent.format(fraction),
      target: (fraction) => target.format(fraction),
      nps: (score) => nps.format(score),
      monthShort: (month) => monthShort.format(firstOf(month)),
      monthLong: (month) => monthLong.format(firstOf(month)),
      day: (at) => day.format(at),
    };
    cache.set(locale, figures);
  }
  return figures;
}

/** `2026-03` as midnight UTC on 1 March 2026. */
function firstOf(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}
