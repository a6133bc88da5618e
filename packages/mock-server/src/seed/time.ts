/** The time zones the demo organisation meets in: Berlin, and Shanghai for its Chinese-language events. */
export type SeedTimeZone = 'Europe/Berlin' | 'Asia/Shanghai';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * The "now" of the demo story, 2026-11-23T09:00:00Z: every record is dated at
 * or before it, except what is planned (events, scheduled notices, deadlines,
 * session expiries). Events after it are upcoming.
 */
export const SEED_NOW = Date.UTC(2026, 10, 23, 9);

/** The seed year, 2026, as UTC instants: its first moment and the first moment after it. */
export const YEAR_START = Date.UTC(2026, 0, 1);
export const YEAR_END = Date.UTC(2027, 0, 1);

/** Milliseconds of a UTC wall-clock time, e.g. `utc('2026-03-01', '09:30')`. */
export function utc(date: string, time = '00:00'): number {
  return Date.parse(`${date}T${time}:00Z`);
}

/** An ISO 8601 timestamp in UTC without milliseconds, e.g. `2026-03-01T09:30:00Z`. */
export function iso(ms: number): string {
  const day = Math.floor(ms / DAY);
  const second = Math.floor((ms - day * DAY) / 1000);
  return `${dateOfDay(day)}T${TWO_DIGITS[Math.floor(second / 3600)]}:${TWO_DIGITS[Math.floor(second / 60) % 60]}:${TWO_DIGITS[second % 60]}Z`;
}

/** `00` to `59`: the seed formats thousands of timestamps, and this keeps that cheap even before the engine optimises it. */
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

const datesOfDays = new Map<number, string>();

function dateOfDay(day: number): string {
  let date = datesOfDays.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 10);
    datesOfDays.set(day, date);
  }
  return date;
}

/**
 * Orders ISO dates and UTC timestamps of the same form, as text: plain
 * comparison, since `localeCompare` costs a collator and the seed sorts a lot.
 */
export function byTime(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The UTC calendar date, e.g. `2026-03-01`. */
export function isoDate(ms: number): string {
  return dateOfDay(Math.floor(ms / DAY));
}

/** A wall-clock time in a zone, as an instant and as an ISO timestamp with the zone's offset then. */
export interface ZonedTime {
  ms: number;
  iso: string;
}

/**
 * The instant of a local time in one of the seed's zones. Computed by rule
 * rather than through `Intl`, so that the seed does not depend on the time-zone
 * data of the engine it runs in.
 */
export function zoned(date: string, time: string, zone: SeedTimeZone): ZonedTime {
  const local = utc(date, time);
  const offsetHours = zone === 'Asia/Shanghai' ? 8 : isBerlinSummerTime(local - HOUR) ? 2 : 1;
  const sign = offsetHours >= 0 ? '+' : '-';
  return {
    ms: local - offsetHours * HOUR,
    iso: `${date}T${time}:00${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`,
  };
}

/** EU summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function isBerlinSummerTime(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAt1Utc(year, 2) && ms < lastSundayAt1Utc(year, 9);
}

function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * DAY;
}
