/**
 * A calendar day, counted in days since 1970-01-01. Calendar arithmetic (the
 * next day, the same day next month) is integer arithmetic on these numbers,
 * so it knows nothing of time zones or daylight saving: a day is never
 * "24 hours later". Converting a day to instants is {@link startOfDay}'s job.
 */
export type Day = number;

export const DAY_MS = 86_400_000;

/** A month of the calendar, `month` 1 to 12. */
export interface YearMonth {
  year: number;
  month: number;
}

/** The day of a year, month (1 to 12) and day of the month; months and dates out of range roll over. */
export function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

/** The year, month (1 to 12) and day of the month of `day`. */
export function partsOf(day: Day): YearMonth & { date: number } {
  const at = new Date(day * DAY_MS);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, date: at.getUTCDate() };
}

/** ISO weekday of `day`: 1 is Monday, 7 is Sunday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The month `months` after `of` (before, when negative). */
export function addMonths(of: YearMonth, months: number): YearMonth {
  const index = of.year * 12 + of.month - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The same day of the month `months` later, or the month's last day when it is shorter (31 January + 1 month: 28 or 29 February). */
export function addMonthsToDay(day: Day, months: number): Day {
  const { year, month, date } = partsOf(day);
  const target = addMonths({ year, month }, months);
  return dayOf(target.year, target.month, Math.min(date, daysInMonth(target)));
}

export function daysInMonth({ year, month }: YearMonth): number {
  return dayOf(year, month + 1, 1) - dayOf(year, month, 1);
}

/** `2026-11` for November 2026: the form of the `month` attribute. */
export function formatYearMonth({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month of a `YYYY-MM` text, or `undefined` when it is not one. */
export function parseYearMonth(text: string | null | undefined): YearMonth | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : undefined;
}

export function monthOfDay(day: Day): YearMonth {
  const { year, month } = partsOf(day);
  return { year, month };
}

export function sameMonth(a: YearMonth, b: YearMonth): boolean {
  return a.year === b.year && a.month === b.month;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds (Berlin in winter: 3 600 000). */
export function offsetAt(instant: number, timeZone: string): number {
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of offsetFormat(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(fields.year ?? 1970, (fields.month ?? 1) - 1, fields.day, fields.hour, fields.minute, fields.second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The day `timeZone`'s calendar shows at `instant`. */
export function dayAt(instant: number, timeZone: string): Day {
  return Math.floor((instant + offsetAt(instant, timeZone)) / DAY_MS);
}

/** `timeZone`'s offset at the UTC midnight that begins `day`, kept: each is asked for by the day before and the day after. */
const midnightOffsets = new Map<string, number>();

function offsetAtMidnight(day: Day, timeZone: string): number {
  const key = `${timeZone} ${day}`;
  let offset = midnightOffsets.get(key);
  if (offset === undefined) {
    offset = offsetAt(day * DAY_MS, timeZone);
    midnightOffsets.set(key, offset);
  }
  return offset;
}

/** The days' first instants found so far: a grid asks for 43 of them, each three or four `Intl` calls, and the next month's grid for a week of the same. */
const dayStarts = new Map<string, number>();

/**
 * The first instant of `day` in `timeZone`. Where midnight happens twice (the
 * clocks go back at midnight) it is the first; where midnight is skipped (the
 * clocks go forward at midnight, as in Cairo or Havana) it is the moment the
 * clocks jump, when the day begins at 01:00. The offsets a day before and a
 * day after cover both sides of a change, as in Temporal's own algorithm.
 */
export function startOfDay(day: Day, timeZone: string): number {
  const key = `${timeZone} ${day}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = computeStartOfDay(day, timeZone);
    dayStarts.set(key, start);
  }
  return start;
}

function computeStartOfDay(day: Day, timeZone: string): number {
  const wall = day * DAY_MS;
  const before = offsetAtMidnight(day - 1, timeZone);
  const after = offsetAtMidnight(day + 1, timeZone);
  // The same offset a day before and a day after: no change between them (changes are months apart,
  // never two within two days), so the day begins at its midnight, with that offset. One `Intl` call
  // a day for a grid of days, not four.
  if (before === after) return wall - before;
  const exact = [wall - before, wall - after].filter((instant) => instant + offsetAt(instant, timeZone) === wall);
  if (exact.length > 0) return Math.min(...exact);
  return wall - before;
}

/** The time zone the browser runs in. */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const knownZones = new Map<string, boolean>();

/** True for an IANA time zone this browser knows, such as `Europe/Berlin`. */
export function isTimeZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(name, known);
  }
  return known;
}
