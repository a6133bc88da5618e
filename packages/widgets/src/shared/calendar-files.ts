import { eventToICalendar, type CalendarEvent } from '@ngo-kit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * "Add to calendar" links of a widget: each event's iCalendar file made in
 * the browser with the SDK's `eventToICalendar` and offered as a Blob URL
 * with a `download` name. A Blob URL works without the API's key (which a
 * plain link to the API's `.ics` could not send) and without another
 * request. The URLs are released when the widget leaves the page.
 *
 * @example
 * ```ts
 * readonly #calendarFiles = new CalendarFiles(this);
 * // in render: <a href=${this.#calendarFiles.url(event)} download=${calendarFileName(event)}>Add to calendar</a>
 * ```
 */
export class CalendarFiles implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #urls = new Map<string, string>();
  #released = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The Blob URL of `event`'s `.ics`; the same URL while the event is the
   * same. Give `joinUrl` only to someone who registered: it goes into the file.
   */
  url(event: CalendarEvent): string {
    const ics = eventToICalendar(event);
    // the stamp changes with every call: it must not make every render a new file
    const id = ics.replace(/^DTSTAMP:.*$/m, '');
    let url = this.#urls.get(id);
    if (url === undefined) {
      url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      this.#urls.set(id, url);
    }
    return url;
  }

  hostConnected(): void {
    // links rendered before the widget left point at released files: render them anew
    if (this.#released) this.#host.requestUpdate();
    this.#released = false;
  }

  hostDisconnected(): void {
    for (const url of this.#urls.values()) URL.revokeObjectURL(url);
    this.#urls.clear();
    this.#released = true;
  }
}

/** The name a downloaded `.ics` gets: the event's id, which every file system accepts. */
export function calendarFileName(event: Pick<CalendarEvent, 'id'>): string {
  return `${event.id.replace(/[^A-Za-z0-9_-]/g, '_')}.ics`;
}
