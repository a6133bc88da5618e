import type { CommunityEvent } from '@ngo-kit/sdk';

/** When an event happens, as a person reads it; see {@link eventWhen}. */
export interface EventWhen {
  /** The date range in the event's own time zone, with the zone's name: "Sat, 12 Dec, 14:00 – 17:00 CET". */
  local: string;
  /** The same range on the reader's clock, or `undefined` when the reader's clock shows the same times. */
  viewer: string | undefined;
}

type Formats = { range: Intl.DateTimeFormat; rangeWithYear: Intl.DateTimeFormat; times: Intl.DateTimeFormat; zone: Intl.DateTimeFormat };

const formats = new Map<string, Formats>();

/**
 * A short date with the weekday where the language has one that reads well:
 * "Sat, Dec 12, 2:00 – 5:00 PM". ICU's Chinese patterns for those fields are
 * numeric ("12/12周六"), so Chinese gets its full date style instead:
 * "2026年12月12日星期六 14:00–17:00".
 */
function rangeOptions(locale: string, withYear: boolean): Intl.DateTimeFormatOptions {
  if (/^zh\b/i.test(locale)) return { dateStyle: 'full', timeStyle: 'short' };
  const year = withYear ? ({ year: 'numeric' } as const) : {};
  return { weekday: 'short', day: 'numeric', month: 'short', ...year, hour: 'numeric', minute: '2-digit' };
}

function formatsFor(locale: string, timeZone: string): Formats {
  const id = `${locale}\n${timeZone}`;
  let found = formats.get(id);
  if (!found) {
    found = {
      range: new Intl.DateTimeFormat(locale, { ...rangeOptions(locale, false), timeZone }),
      rangeWithYear: new Intl.DateTimeFormat(locale, { ...rangeOptions(locale, true), timeZone }),
      times: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }),
      zone: new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }),
    };
    formats.set(id, found);
  }
  return found;
}

const zoneNames = new WeakMap<Intl.DateTimeFormat, Map<number, string | undefined>>();

/**
 * The zone's short name at `date` ("CET", "GMT+1"), kept per formatter and
 * offset from UTC: a name changes only with the offset (daylight saving time),
 * and asking `Intl` for it costs ten times more than formatting a date.
 */
function zoneNameAt(zone: Intl.DateTimeFormat, date: Date, timeZone: string): string | undefined {
  let names = zoneNames.get(zone);
  if (!names) zoneNames.set(zone, (names = new Map()));
  const offset = offsetMinutes(date, timeZone);
  if (!names.has(offset)) names.set(offset, zone.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value);
  return names.get(offset);
}

/** The reader's IANA time zone, as the browser knows it. */
export function viewerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A zone's formatter made once and kept: making an `Intl.DateTimeFormat` costs
 * far more than using one, and a list of 2 000 events asks for these
 * thousands of times.
 */
function cachedFormat(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions, locale = 'en-US') {
  let format = cache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(timeZone, format);
  }
  return format;
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();
const calendarDays = new Map<string, Intl.DateTimeFormat>();

/** Minutes a zone's clock is ahead of UTC at `date`. */
export function offsetMinutes(date: Date, timeZone: string): number {
  const parts = cachedFormat(wallClocks, timeZone, {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(date);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'));
  return Math.round((wall - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
}

function calendarDay(date: Date, timeZone: string): string {
  return cachedFormat(calendarDays, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-CA').format(date);
}

/**
 * An event's dates for people: in the event's own time zone, the one that
 * counts for being there, and also on the reader's clock when that clock
 * shows other times (an online event seen from another continent). The
 * reader's range leaves out the date when it falls on the same day as the
 * event's own. The year is said when it is not the current one.
 *
 * @example
 * ```ts
 * eventWhen('en-GB', event, 'America/New_York');
 * // { local: 'Sat 12 Dec, 14:00–17:00 CET', viewer: '08:00–11:00' }
 * ```
 */
export function eventWhen(
  locale: string,
  event: Pick<CommunityEvent, 'startsAt' | 'endsAt' | 'timeZone'>,
  readerZone: string = viewerTimeZone(),
): EventWhen {
  const { startsAt, endsAt, timeZone } = event;
  const own = formatsFor(locale, timeZone);
  const zoneName = zoneNameAt(own.zone, startsAt, timeZone);
  // a date of another year says which: "Sat, Feb 20, 2027"
  const thisYear = startsAt.getFullYear() === new Date().getFullYear();
  const range = (thisYear ? own.range : own.rangeWithYear).formatRange(startsAt, endsAt);
  const local = zoneName ? `${range} ${zoneName}` : range;
  const sameClock =
    readerZone === timeZone ||
    (offsetMinutes(startsAt, timeZone) === offsetMinutes(startsAt, readerZone) &&
      offsetMinutes(endsAt, timeZone) === offsetMinutes(endsAt, readerZone));
  if (sameClock) return { local, viewer: undefined };
  const reader = formatsFor(locale, readerZone);
  const sameDays =
    calendarDay(startsAt, readerZone) === calendarDay(startsAt, timeZone) &&
    calendarDay(endsAt, readerZone) === calendarDay(startsAt, readerZone);
  const viewer = (sameDays ? reader.times : thisYear ? reader.range : reader.rangeWithYear).formatRange(startsAt, endsAt);
  return { local, viewer };
}

/**
 * `date` as ISO 8601 on the wall clock of `timeZone`, with that zone's offset:
 * `2026-12-12T14:00:00+01:00`. Search engines read an event's time this way.
 */
export function isoInZone(date: Date, timeZone: string): string {
  const offset = offsetMinutes(date, timeZone);
  const wall = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${wall}${sign}${hours}:${minutes}`;
}
