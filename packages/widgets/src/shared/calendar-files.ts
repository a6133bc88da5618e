import { eventToICalendar, type CalendarEvent } from '@ngo-kit/sdk';

const urls = new WeakMap<CalendarEvent, string>();

/**
 * The "Add to calendar" link of an event: its iCalendar file, made in the
 * browser with the SDK's `eventToICalendar`, as a `data:` URL to offer with
 * a `download` name. It works without the API's key (which a plain link to
 * the API's `.ics` could not send) and without another request. A `data:`
 * URL rather than a Blob URL: making a Blob and its URL is a round trip to
 * the browser's own process each, more than a millisecond per event on a
 * busy machine, which made a list of 500 events take seconds; a string costs
 * microseconds, and there is nothing to release when the widget leaves.
 * Give `joinUrl` only to someone who registered: it goes into the file.
 *
 * @example
 * ```ts
 * html`<a href=${calendarFileUrl(event)} download=${calendarFileName(event)}>Add to calendar</a>`;
 * ```
 */
export function calendarFileUrl(event: CalendarEvent): string {
  // kept per event object: a new file each render would carry a new DTSTAMP, so a new href to set on every link
  let url = urls.get(event);
  if (url === undefined) {
    url = `data:text/calendar;charset=utf-8,${encodeURIComponent(wellFormed(eventToICalendar(event)))}`;
    urls.set(event, url);
  }
  return url;
}

/**
 * `text` with each lone surrogate (half of a UTF-16 pair, which API text may
 * hold: a title cut in the middle of an emoji) made U+FFFD, as a Blob or
 * TextEncoder would: `encodeURIComponent` throws on it, and the whole list
 * with it.
 */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The name a downloaded `.ics` gets: the event's id, which every file system accepts. */
export function calendarFileName(event: Pick<CalendarEvent, 'id'>): string {
  return `${event.id.replace(/[^A-Za-z0-9_-]/g, '_')}.ics`;
}
