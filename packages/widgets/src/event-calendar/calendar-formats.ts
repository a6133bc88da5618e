import { DAY_MS, type Day, type YearMonth } from './calendar-days.js';

/** A weekday's names, for a column header. */
export interface WeekdayName {
  short: string;
  long: string;
}

/** 1970-01-05, a Monday. */
const A_MONDAY: Day = 4;

/**
 * The `Intl` formatters of a calendar in one language, made once and kept:
 * a month of 2 000 events would otherwise make thousands of formatters, each
 * costly. Days are formatted at their UTC midnight in UTC, so a day's name
 * never depends on a time zone; times are formatted in the event's zone.
 */
export class CalendarFormats {
  readonly locale: string;
  readonly #weekdayShort: Intl.DateTimeFormat;
  readonly #weekdayLong: Intl.DateTimeFormat;
  readonly #monthYear: Intl.DateTimeFormat;
  readonly #day: Intl.DateTimeFormat;
  readonly #times = new Map<string, Intl.DateTimeFormat>();
  readonly #days = new Map<Day, string>();

  constructor(locale: string) {
    this.locale = locale;
    this.#weekdayShort = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    this.#weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    this.#monthYear = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    this.#day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  }

  /** The seven weekdays in the order of a week that starts on `firstWeekday` (1 Monday ... 7 Sunday). */
  weekdays(firstWeekday: number): WeekdayName[] {
    return Array.from({ length: 7 }, (_, index) => {
      const at = (A_MONDAY + firstWeekday - 1 + index) * DAY_MS;
      return { short: this.#weekdayShort.format(at), long: this.#weekdayLong.format(at) };
    });
  }

  /** "November 2026", "2026年11月". */
  month({ year, month }: YearMonth): string {
    return this.#monthYear.format(Date.UTC(year, month - 1, 1));
  }

  /**
   * "Saturday, December 12, 2026", "2026年12月12日星期六". Kept: every cell's label names its day, at
   * each render of the grid, and the months around share a week with it.
   */
  day(day: Day): string {
    let name = this.#days.get(day);
    if (name === undefined) {
      name = this.#day.format(day * DAY_MS);
      this.#days.set(day, name);
    }
    return name;
  }

  /** "2:00 PM", "14:00": when an event starts, in its own time zone. */
  time(instant: Date, timeZone: string): string {
    return this.timesIn(timeZone).format(instant);
  }

  /** The formatter of times ("2:00 PM", "14:00") in `timeZone`. */
  timesIn(timeZone: string): Intl.DateTimeFormat {
    let format = this.#times.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat(this.locale, { hour: 'numeric', minute: '2-digit', timeZone });
      this.#times.set(timeZone, format);
    }
    return format;
  }
}

const formats = new Map<string, CalendarFormats>();

/** The shared {@link CalendarFormats} of a locale. */
export function calendarFormatsFor(locale: string): CalendarFormats {
  let found = formats.get(locale);
  if (!found) {
    found = new CalendarFormats(locale);
    formats.set(locale, found);
  }
  return found;
}

