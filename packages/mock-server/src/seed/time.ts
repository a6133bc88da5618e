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
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}Z`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
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
  return new Date(ms).toISOString().slice(0, 10);
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
