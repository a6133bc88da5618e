import type { CommunityEvent, EventKind } from '@ngo-kit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isoInZone } from '../shared/event-when.js';
import { placesLeft } from '../event-registration/registration-state.js';

const SCHEMA = 'https://schema.org/';

const ATTENDANCE_MODES: Record<EventKind, string> = {
  offline: `${SCHEMA}OfflineEventAttendanceMode`,
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  hybrid: `${SCHEMA}MixedEventAttendanceMode`,
};

/** What the page knows that the events do not: where they are listed, and who organises them. */
export interface StructuredDataContext {
  /** The page the events are listed on: the online location of an online event, whose join link stays private. */
  pageUrl: string;
  /** The organisation's name, when the page gives one. */
  organizer?: string | undefined;
}

/**
 * The events as schema.org `Event`s in one JSON-LD graph: attendance mode,
 * status, a `Place` with its `PostalAddress` and/or a `VirtualLocation`,
 * start and end with the event's own offset, places, and the organiser when
 * known. The join link is never in it: the API gives it to registrants only.
 */
export function eventsJsonLd(events: readonly CommunityEvent[], context: StructuredDataContext): object {
  return {
    '@context': 'https://schema.org',
    '@graph': events.map((event) => eventJsonLd(event, context)),
  };
}

function eventJsonLd(event: CommunityEvent, context: StructuredDataContext): object {
  const places: object[] = [];
  if (event.location) {
    const { name, address, city, country } = event.location;
    places.push({
      '@type': 'Place',
      name,
      address: {
        '@type': 'PostalAddress',
        ...(address ? { streetAddress: address } : {}),
        ...(city ? { addressLocality: city } : {}),
        ...(country ? { addressCountry: country } : {}),
      },
    });
  }
  if (event.kind !== 'offline') places.push({ '@type': 'VirtualLocation', url: context.pageUrl });
  const left = placesLeft(event);
  return {
    '@type': 'Event',
    '@id': `${context.pageUrl}#${encodeURIComponent(event.id)}`,
    name: event.title,
    ...(event.summary ? { description: event.summary } : {}),
    inLanguage: event.language,
    startDate: isoInZone(event.startsAt, event.timeZone),
    endDate: isoInZone(event.endsAt, event.timeZone),
    eventAttendanceMode: ATTENDANCE_MODES[event.kind],
    eventStatus: `${SCHEMA}${event.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
    location: places.length === 1 ? places[0] : places,
    ...(event.capacity !== null ? { maximumAttendeeCapacity: event.capacity, remainingAttendeeCapacity: left } : {}),
    ...(context.organizer ? { organizer: { '@type': 'Organization', name: context.organizer, url: new URL(context.pageUrl).origin } } : {}),
  };
}

/**
 * JSON for the inside of a `<script>`: every `<` written as `\u003c`, so that
 * no text from the API (a title holding `</script>`, say) can end the script
 * element or open a comment in it. JSON parsers read it back unchanged.
 */
export function scriptJson(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * A widget's JSON-LD in the head of the host document, for search engines:
 * one `<script type="application/ld+json">` per widget, replaced when the
 * data changes and removed when the widget leaves the page. A JSON-LD script
 * is a data block, which the browser never runs, so a strict
 * Content-Security-Policy has nothing to object to.
 */
export class StructuredData implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #script: HTMLScriptElement | undefined;
  #text: string | undefined;
  #data: object | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Puts `data` into the head; `undefined` removes it. */
  set(data: object | undefined): void {
    // the same object again (an update that changed nothing it says): no need to write it out again
    if (data !== undefined && data === this.#data) return;
    this.#data = data;
    const text = data === undefined ? undefined : scriptJson(data);
    if (text === this.#text) return;
    this.#text = text;
    if (this.#host.isConnected) this.#apply();
  }

  hostConnected(): void {
    this.#apply();
  }

  hostDisconnected(): void {
    this.#script?.remove();
  }

  #apply(): void {
    if (this.#text === undefined) {
      this.#script?.remove();
      return;
    }
    const document = this.#host.ownerDocument;
    this.#script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    this.#script.dataset['ngoStructuredData'] = this.#host.localName;
    this.#script.textContent = this.#text;
    if (!this.#script.isConnected) document.head.append(this.#script);
  }
}
