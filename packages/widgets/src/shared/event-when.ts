import type { CommunityEvent } from '@ngo-kit/sdk';

/** When an event happens, as a person reads it; see {@link eventWhen}. */
export interface EventWhen {
  /** The date range in the event's own time zone, with the zone's name: "Sat, 12 Dec, 14:00 – 17:00 CET". */
  local: string;
  /** The same range on the reader's clock, or `undefined` when the reader's clock shows the same times. */
  viewer: string | undefined;
}

type Formats = { range: Intl.DateTimeFormat; times: Intl.DateTimeFormat; zone: Intl.DateTimeFormat };

const formats = new Map<string, Formats>();

function formatsFor(locale: string, timeZone: string): Formats {
  const id = `${locale}\n${timeZone}`;
  let found = formats.get(id);
  if (!found) {
    found = {
      range: new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
      }),
      times: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }),
      zone: new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }),
    };
    formats.set(id, found);
  }
  return found;
}

/** The reader's IANA time zone, as the browser knows it. */
export function viewerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Minutes a zone's clock is ahead of UTC at `date`. */
function offsetMinutes(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
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
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * An event's dates for people: in the event's own time zone, the one that
 * counts for being there, and also on the reader's clock when that clock
 * shows other times (an online event seen from another continent). The
 * reader's range leaves out the date when it falls on the same day as the
 * event's own.
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
  const zoneName = own.zone.formatToParts(startsAt).find((part) => part.type === 'timeZoneName')?.value;
  const range = own.range.formatRange(startsAt, endsAt);
  const local = zoneName ? `${range} ${zoneName}` : range;
  const sameClock =
    offsetMinutes(startsAt, timeZone) === offsetMinutes(startsAt, readerZone) &&
    offsetMinutes(endsAt, timeZone) === offsetMinutes(endsAt, readerZone);
  if (sameClock) return { local, viewer: undefined };
  const reader = formatsFor(locale, readerZone);
  const sameDays =
    calendarDay(startsAt, readerZone) === calendarDay(startsAt, timeZone) &&
    calendarDay(endsAt, readerZone) === calendarDay(startsAt, readerZone);
  const viewer = (sameDays ? reader.times : reader.range).formatRange(startsAt, endsAt);
  return { local, viewer };
}
