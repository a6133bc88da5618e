import { EVENT_KINDS, EventsResource, type CommunityEvent, type EventKind, type EventListParams } from '@ngo-kit/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LazyRegistrationDialog } from '../event-registration/lazy-registration-dialog.js';
import { closedReason, isFull, placesLeft } from '../event-registration/registration-state.js';
import { calendarFileName, calendarFileUrl } from '../shared/calendar-files.js';
import { eventWhen, viewerTimeZone } from '../shared/event-when.js';
import { formStyles } from '../shared/form/form.styles.js';
import { TaskStatus } from '../shared/load-task.js';
import { NgoElement } from '../shared/ngo-element.js';
import { emptyView, errorView, liveRegion, loadingView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { eventListMessages, type EventListMessages } from './messages.js';
import { eventListStyles } from './ngo-event-list.styles.js';
import { eventsJsonLd, StructuredData } from './structured-data.js';

/**
 * At most this many placeholder rows hold the list's place while it loads:
 * a typical page of upcoming events, so that the list usually arrives
 * without moving what follows it. The styles have a rule per count.
 */
const MAX_RESERVED_ROWS = 5;

/** How many events the filter controls look at to offer their topics. */
const TOPIC_SAMPLE = 100;

/** A moment from an attribute (`2027-01-01` or an ISO timestamp); `undefined` when it is not one. */
function moment(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function eventKind(value: string | undefined): EventKind | undefined {
  return EVENT_KINDS.find((kind) => kind === value);
}

/** A slug such as `charity-run` as words: `charity run`. */
function words(slug: string): string {
  return slug.replace(/-/g, ' ');
}

/**
 * The organisation's upcoming events, soonest first, filtered by date range,
 * kind, tag and series. Each event shows its dates in its own time zone (and
 * on the reader's clock when that differs), where it happens or that it is
 * online, places left or that it is full (with the waiting list still open),
 * the volunteer points it earns, a **Register** button that opens the shared
 * registration dialog, and **Add to calendar** with the event's `.ics`. The
 * list also puts schema.org `Event` JSON-LD into the page's head for search
 * engines.
 *
 * @tagname ngo-event-list
 * @summary Lists upcoming events with filters, registration, calendar files and structured data for search engines.
 *
 * @fires ngo-registered - {NgoRegisteredEvent} Someone registered through the list's dialog; `detail` is the `Registration`.
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart filters - The filter controls (with the `filters` attribute).
 * @csspart filter - One filter: its label and select.
 * @csspart list - The list of events.
 * @csspart item - One event.
 * @csspart title - An event's title.
 * @csspart when - An event's date range, in its own time zone and, when it differs, on the reader's clock.
 * @csspart relative - How soon an event starts, e.g. "in 3 weeks".
 * @csspart meta - An event's kind and place.
 * @csspart availability - Places left, "full - join the waiting list", or that registration is closed.
 * @csspart points - The volunteer points earned by taking part.
 * @csspart actions - The Register button and the Add to calendar link of an event.
 * @csspart register - The button that opens the registration dialog.
 * @csspart add-to-calendar - The link that downloads the event's `.ics`.
 * @csspart registration-dialog - The registration dialog.
 * @csspart registration-close - The dialog's close button.
 * @csspart skeleton - The placeholder rows shown while the events load.
 * @csspart status - The box of the empty and error states (also `status-empty`, `status-error`).
 * @csspart retry - The button that loads the events again after an error.
 *
 * @cssprop --ngo-event-list-gap - Space between events; defaults to `--ngo-space-m`.
 * @cssprop --ngo-event-list-item-background - Background of an event; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-event-list-item-min-height - Height of an event and of a placeholder row; `11em` by default.
 *
 * @example
 * ```html
 * <ngo-event-list api="https://api.example.org" key="pk_live_123" limit="5" kind="offline" filters></ngo-event-list>
 * ```
 */
export class NgoEventList extends NgoElement {
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    from: { type: String },
    to: { type: String },
    tag: { type: String },
    kind: { type: String },
    series: { type: String },
    filters: { type: Boolean },
    organizer: { type: String },
    noStructuredData: { type: Boolean, attribute: 'no-structured-data' },
  };

  static override styles = [NgoElement.styles, stateStyles, formStyles, eventListStyles];

  /** How many events to show at most. */
  declare limit: number;
  /** Events that end at or after this moment (`2027-01-01` or an ISO timestamp); default: now. */
  declare from: string | undefined;
  /** Events that start before this moment (`2027-07-01` or an ISO timestamp). */
  declare to: string | undefined;
  /** Only events with this tag, e.g. `charity-run`. */
  declare tag: string | undefined;
  /** Only `online`, `offline` or `hybrid` events. */
  declare kind: string | undefined;
  /** Only events of this series, e.g. `quarterly-exchange`. */
  declare series: string | undefined;
  /** Shows filter controls for kind and topic (tag or series), which change the attributes above. */
  declare filters: boolean;
  /** The organisation's name, given to search engines as the events' organiser. */
  declare organizer: string | undefined;
  /** Leaves the schema.org JSON-LD out of the page. */
  declare noStructuredData: boolean;

  readonly #events = this.loadTask({
    args: () => [this.limit, this.from, this.to, this.kind, this.tag, this.series] as const,
    load: async ([limit, from, to, kind, tag, series], { client, signal }) => {
      const params: EventListParams = {
        limit,
        from: moment(from),
        to: moment(to),
        kind: eventKind(kind),
        tag: tag || undefined,
        series: series || undefined,
      };
      // Lists on one page share their client, whose identical reads at the same moment make one request.
      const page = await client.use(EventsResource).list(params, { signal });
      return page.items;
    },
  });

  /** The tags and series the topic filter offers: those of the events in the date range, whatever is chosen. */
  readonly #topics = this.loadTask({
    args: () => [this.filters, this.from, this.to] as const,
    load: async ([filters, from, to], { client, signal }) => {
      if (!filters) return { tags: [], series: [] };
      const page = await client.use(EventsResource).list({ limit: TOPIC_SAMPLE, from: moment(from), to: moment(to) }, { signal });
      const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
      return {
        tags: sorted(page.items.flatMap((event) => event.tags)),
        series: sorted(page.items.flatMap((event) => (event.series ? [event.series] : []))),
      };
    },
  });

  readonly #registration = new LazyRegistrationDialog(this);
  readonly #structuredData = new StructuredData(this);

  constructor() {
    super();
    this.limit = 10;
    this.filters = false;
    this.noStructuredData = false;
  }

  /** Loads the events again, e.g. after an error. */
  reload(): void {
    void this.#events.run();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#structuredData.set(this.#jsonLd());
  }

  #jsonLd(): object | undefined {
    if (this.noStructuredData || this.#events.status !== TaskStatus.COMPLETE) return undefined;
    const events = this.#events.value ?? [];
    if (events.length === 0) return undefined;
    const pageUrl = this.ownerDocument.location.href.replace(/#.*$/, '');
    // made again only when what it says changed, not on every update (a dialog opening, say)
    const last = this.#lastJsonLd;
    if (last?.events === events && last.pageUrl === pageUrl && last.organizer === this.organizer) return last.data;
    const data = eventsJsonLd(events, { pageUrl, organizer: this.organizer });
    this.#lastJsonLd = { events, pageUrl, organizer: this.organizer, data };
    return data;
  }

  #lastJsonLd: { events: readonly CommunityEvent[]; pageUrl: string; organizer: string | undefined; data: object } | undefined;

  protected override renderContent() {
    const messages = this.localizer.text(eventListMessages);
    const rows = Math.max(1, Math.min(this.limit, MAX_RESERVED_ROWS));
    return html`
      ${this.filters ? this.#renderFilters(messages) : nothing}
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
      ${this.#registration.render()}
    `;
  }

  #renderFilters(messages: EventListMessages) {
    const { filters } = messages;
    const topics = this.#topics.value ?? { tags: [], series: [] };
    const chosenTopic = this.series ? `series:${this.series}` : this.tag ? `tag:${this.tag}` : '';
    const topicChoices: [string, string][] = [
      ...topics.series.map((name): [string, string] => [`series:${name}`, this.localizer.fill(filters.series, { name: words(name) })]),
      ...topics.tags.map((name): [string, string] => [`tag:${name}`, words(name)]),
    ];
    // a topic chosen by attribute stays choosable even when no event in the range has it
    if (chosenTopic && !topicChoices.some(([value]) => value === chosenTopic)) {
      topicChoices.unshift([chosenTopic, words(this.series ?? this.tag ?? '')]);
    }
    const kind = eventKind(this.kind) ?? '';
    return html`
      <div part="filters" class="filters" role="group" aria-label=${filters.label}>
        <div part="filter" class="field">
          <label part="label" for="filter-kind">${filters.kind}</label>
          <select part="input" id="filter-kind" name="kind" @change=${this.#chooseKind}>
            <option value="" ?selected=${kind === ''}>${filters.anyKind}</option>
            ${EVENT_KINDS.map((value) => html`<option value=${value} ?selected=${kind === value}>${messages.kinds[value]}</option>`)}
          </select>
        </div>
        <div part="filter" class="field">
          <label part="label" for="filter-topic">${filters.topic}</label>
          <select part="input" id="filter-topic" name="topic" @change=${this.#chooseTopic}>
            <option value="" ?selected=${chosenTopic === ''}>${filters.anyTopic}</option>
            ${topicChoices.map(([value, label]) => html`<option value=${value} ?selected=${chosenTopic === value}>${label}</option>`)}
          </select>
        </div>
      </div>
    `;
  }

  readonly #chooseKind = (event: Event) => {
    this.kind = (event.target as HTMLSelectElement).value || undefined;
  };

  readonly #chooseTopic = (event: Event) => {
    const [type, ...rest] = (event.target as HTMLSelectElement).value.split(':');
    const name = rest.join(':') || undefined;
    this.tag = type === 'tag' ? name : undefined;
    this.series = type === 'series' ? name : undefined;
  };

  #renderEvents(events: CommunityEvent[]) {
    const messages = this.localizer.text(eventListMessages);
    if (events.length === 0) return [liveRegion(messages.empty), emptyView(messages.empty)];
    // asked once per render, not once per event: each asking makes an `Intl.DateTimeFormat`
    const readerZone = viewerTimeZone();
    return [
      liveRegion(this.localizer.plural(messages.count, events.length)),
      html`
        <ul part="list" class="list" aria-label=${messages.label}>
          ${events.map((event, index) => this.#renderEvent(event, index, messages, readerZone))}
        </ul>
      `,
    ];
  }

  #renderEvent(event: CommunityEvent, index: number, messages: EventListMessages, readerZone: string) {
    const place = event.location
      ? [event.location.name, event.location.city].filter(Boolean).join(', ')
      : messages.online;
    const when = eventWhen(this.locale, event, readerZone);
    const titleId = `event-${index}-title`;
    const closed = closedReason(event);
    return html`
      <li part="item" class="event" data-status=${event.status ?? 'scheduled'}>
        <h3 part="title" class="title" id=${titleId} lang=${event.language}>${event.title}</h3>
        <p part="when" class="when">
          <time datetime=${event.startsAt.toISOString()}>${when.local}</time>
          ${when.viewer
            ? html`<span class="viewer-time">${this.localizer.fill(messages.yourTime, { time: when.viewer })}</span>`
            : nothing}
          <span part="relative" class="relative">${this.localizer.relativeTime(event.startsAt)}</span>
        </p>
        <p part="meta" class="meta">
          <span class="kind">${messages.kinds[event.kind]}</span>
          ${event.kind === 'online' ? nothing : html` · <span lang=${event.language}>${place}</span>`}
        </p>
        <p class="facts">
          ${this.#renderAvailability(event, closed, messages)}
          ${event.points ? html`<span part="points" class="points">${this.localizer.plural(messages.points, event.points)}</span>` : nothing}
        </p>
        <div part="actions" class="actions">
          ${closed
            ? nothing
            : html`<button
                part="register"
                class="button"
                type="button"
                aria-describedby=${titleId}
                @click=${(click: Event) => this.#registration.open(event, click.currentTarget as HTMLElement)}
                @pointerenter=${this.#registration.prefetch}
                @focus=${this.#registration.prefetch}
              >
                ${messages.register}
              </button>`}
          <a
            part="add-to-calendar"
            class="calendar-link"
            href=${calendarFileUrl(event)}
            download=${calendarFileName(event)}
            aria-describedby=${titleId}
            >${messages.addToCalendar}</a
          >
        </div>
      </li>
    `;
  }

  #renderAvailability(event: CommunityEvent, closed: ReturnType<typeof closedReason>, messages: EventListMessages) {
    if (closed) {
      return html`<span part="availability" class="availability closed">${closed === 'cancelled' ? messages.cancelled : messages.closed}</span>`;
    }
    if (isFull(event)) return html`<span part="availability" class="availability full">${messages.full}</span>`;
    const left = placesLeft(event);
    if (left === undefined) return nothing;
    return html`<span part="availability" class="availability">${this.localizer.plural(messages.placesLeft, left)}</span>`;
  }
}
