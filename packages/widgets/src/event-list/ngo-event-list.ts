import { EventsResource, type CommunityEvent } from '@ngo-kit/sdk';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { NgoElement } from '../shared/ngo-element.js';
import { emptyView, errorView, liveRegion, loadingView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { eventListMessages } from './messages.js';
import { eventListStyles } from './ngo-event-list.styles.js';

/**
 * At most this many placeholder rows hold the list's place while it loads:
 * a typical page of upcoming events, so that the list usually arrives
 * without moving what follows it. The styles have a rule per count.
 */
const MAX_RESERVED_ROWS = 5;

/**
 * The organisation's upcoming events, soonest first.
 *
 * @tagname ngo-event-list
 * @summary Lists upcoming events with their dates in the event's own time zone, kind and place.
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart list - The list of events.
 * @csspart item - One event.
 * @csspart title - An event's title.
 * @csspart when - An event's date range.
 * @csspart relative - How soon an event starts, e.g. "in 3 weeks".
 * @csspart meta - An event's kind and place.
 * @csspart skeleton - The placeholder rows shown while the events load.
 * @csspart status - The box of the empty and error states (also `status-empty`, `status-error`).
 * @csspart retry - The button that loads the events again after an error.
 *
 * @cssprop --ngo-event-list-gap - Space between events; defaults to `--ngo-space-m`.
 * @cssprop --ngo-event-list-item-background - Background of an event; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-event-list-item-min-height - Height of an event and of a placeholder row; `6.5em` by default.
 *
 * @example
 * ```html
 * <ngo-event-list api="https://api.example.org" key="pk_live_123" limit="5"></ngo-event-list>
 * ```
 */
export class NgoEventList extends NgoElement {
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
  };

  static override styles = [NgoElement.styles, stateStyles, eventListStyles];

  /** How many events to show at most. */
  declare limit: number;

  readonly #events = this.loadTask({
    args: () => [this.limit] as const,
    load: async ([limit], { client, signal }) => {
      // Lists on one page share their client, whose identical reads at the same moment make one request.
      const page = await client.use(EventsResource).list({ limit }, { signal });
      return page.items;
    },
  });

  constructor() {
    super();
    this.limit = 10;
  }

  /** Loads the events again, e.g. after an error. */
  reload(): void {
    void this.#events.run();
  }

  protected override renderContent() {
    const messages = this.localizer.text(eventListMessages);
    const rows = Math.max(1, Math.min(this.limit, MAX_RESERVED_ROWS));
    return html`
      <div class="events" data-rows=${rows}>
        ${this.#events.render({
          initial: () => [liveRegion(messages.loading), loadingView({ label: messages.label, rows })],
          pending: () => [liveRegion(messages.loading), loadingView({ label: messages.label, rows })],
          complete: (events) => this.#renderEvents(events),
          error: (error) => [
            liveRegion(''),
            errorView({ error, localizer: this.localizer, onRetry: () => this.reload() }),
          ],
        })}
      </div>
    `;
  }

  #renderEvents(events: CommunityEvent[]) {
    const messages = this.localizer.text(eventListMessages);
    if (events.length === 0) return [liveRegion(messages.empty), emptyView(messages.empty)];
    return [
      liveRegion(this.localizer.plural(messages.count, events.length)),
      html`
        <ul part="list" class="list" aria-label=${messages.label}>
          ${events.map((event) => this.#renderEvent(event))}
        </ul>
      `,
    ];
  }

  #renderEvent(event: CommunityEvent) {
    const messages = this.localizer.text(eventListMessages);
    const place = event.location
      ? [event.location.name, event.location.city].filter(Boolean).join(', ')
      : messages.online;
    return html`
      <li part="item" class="event">
        <h3 part="title" class="title" lang=${event.language}>${event.title}</h3>
        <p part="when" class="when">
          <time datetime=${event.startsAt.toISOString()}>
            ${this.localizer.dateRange(event.startsAt, event.endsAt, event.timeZone)}
          </time>
          <span part="relative" class="relative">${this.localizer.relativeTime(event.startsAt)}</span>
        </p>
        <p part="meta" class="meta">
          <span class="kind">${messages.kinds[event.kind]}</span>
          ${event.kind === 'online' ? nothing : html` · <span lang=${event.language}>${place}</span>`}
        </p>
      </li>
    `;
  }
}
