import type { CommunityEvent } from '../schemas/events.js';

/**
 * What an iCalendar entry needs of an event: the parsed event of the SDK, plus
 * links that only the caller knows: the page of the event, and the join link of
 * an online or hybrid event (which only a confirmed registrant should get).
 */
export type CalendarEvent = Pick<
  CommunityEvent,
  'id' | 'title' | 'summary' | 'language' | 'startsAt' | 'endsAt' | 'timeZone' | 'kind' | 'location' | 'status'
> & {
  /** The page of the event, written as `URL`. */
  url?: string | undefined;
  /** Written as an RFC 7986 `CONFERENCE` for an online or hybrid event. */
  joinUrl?: string | null | undefined;
};

export interface ICalendarOptions {
  /** The moment the calendar is made, written as `DTSTAMP`. Default: now. */
  stamp?: Date;
}

export interface ICalendarFeedOptions extends ICalendarOptions {
  /** The calendar's name, shown by calendar apps (`NAME`, `X-WR-CALNAME`). */
  name?: string;
  /**
   * The zone calendar apps show the feed in (`X-WR-TIMEZONE`). Default: the
   * events' zone when they all share one, else none.
   */
  timeZone?: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * One event as an iCalendar (RFC 5545) file, for "add to calendar".
 *
 * Times are written in UTC, so they keep their exact instants across daylight
 * saving changes without a `VTIMEZONE`; the event's own zone travels as
 * `X-WR-TIMEZONE`, which calendar apps use to display it.
 *
 * @example
 * ```ts
 * const ics = eventToICalendar(event, { stamp: new Date() });
 * const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
 * ```
 */
export function eventToICalendar(event: CalendarEvent, options: ICalendarOptions = {}): string {
  return eventsToICalendar([event], { ...options, timeZone: event.timeZone });
}

/**
 * Several events as one iCalendar feed, e.g. for a calendar subscription.
 *
 * @example
 * ```ts
 * const feed = eventsToICalendar(page.items, { name: 'Our events' });
 * ```
 */
export function eventsToICalendar(events: readonly CalendarEvent[], options: ICalendarFeedOptions = {}): string {
  const stamp = utc(options.stamp ?? new Date());
  const zones = new Set(events.map((event) => event.timeZone));
  const timeZone = options.timeZone ?? (zones.size === 1 ? [...zones][0] : undefined);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ngo-kit//community-ops API//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name !== undefined) lines.push(`NAME:${text(options.name)}`, `X-WR-CALNAME:${text(options.name)}`);
  if (timeZone !== undefined) lines.push(`X-WR-TIMEZONE:${text(timeZone)}`);
  for (const event of events) lines.push(...vevent(event, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}

function vevent(event: CalendarEvent, stamp: string): string[] {
  // A parameter value with `:`, `;` or `,` would need quoting; a real language tag never has one.
  const language = /^[A-Za-z0-9-]+$/.test(event.language) ? `;LANGUAGE=${event.language}` : '';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${text(event.id)}@ngo-kit`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utc(event.startsAt)}`,
    `DTEND:${utc(event.endsAt)}`,
    `SUMMARY${language}:${text(event.title)}`,
  ];
  if (event.summary !== '') lines.push(`DESCRIPTION${language}:${text(event.summary)}`);
  const { location } = event;
  if (location) {
    const place = [location.name, location.address, location.city, location.country].filter(Boolean).join(', ');
    lines.push(`LOCATION${language}:${text(place)}`);
  }
  lines.push(`STATUS:${event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`);
  if (event.url) lines.push(`URL:${uri(event.url)}`);
  if (event.joinUrl && event.kind !== 'offline') lines.push(`CONFERENCE;VALUE=URI;FEATURE=VIDEO:${uri(event.joinUrl)}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A UTC DATE-TIME such as `20270328T010000Z`. */
function utc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/** A TEXT value: backslash, `;`, `,` and line breaks escaped; other control characters are not allowed and dropped. */
function text(value: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return value.replace(/\r\n|[\r\n\\;,]|[\x00-\x08\x0b-\x1f\x7f]/g, (match) => {
    if (match === '\r\n' || match === '\r' || match === '\n') return '\\n';
    if (match === '\\' || match === ';' || match === ',') return `\\${match}`;
    return '';
  });
}

/** A URI value is not escaped; the URL parser normalises it and removes line breaks that would end the line. */
function uri(value: string): string {
  return new URL(value).href;
}

/**
 * Splits a content line into lines of at most 75 octets of UTF-8, each
 * continuation starting with a space, and never inside a character.
 */
function fold(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      folded += `${CRLF} `;
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}
