import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { Task } from '@lit/task';
import { isNgoApiError, isNgoNetworkError, type CommunityEvent } from '@ngo-kit/sdk';
import { messagesFor, resolveLocale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { clientFor, resolveConfig } from '../shared/config.js';
import { formatDateRange } from '../shared/format.js';
import { eventListStyles } from './ngo-event-list.styles.js';

/** How many placeholder rows hold the list's place while it loads. */
const SKELETON_ROWS = 3;

/**
 * The organisation's upcoming events, soonest first.
 *
 * @tagname ngo-event-list
 * @summary Lists upcoming events with their dates in the event's own time zone, kind and place.
 *
 * @csspart list - The list of events.
 * @csspart item - One event.
 * @csspart title - An event's title.
 * @csspart when - An event's date range.
 * @csspart meta - An event's kind and place.
 * @csspart status - The box that shows the loading, empty and error states.
 * @csspart retry - The button that loads the events again after an error.
 *
 * @cssprop --ngo-color-primary - Colour of buttons.
 * @cssprop --ngo-color-on-primary - Text on buttons.
 * @cssprop --ngo-color-text - Text colour; inherits the page's by default.
 * @cssprop --ngo-color-text-muted - Secondary text.
 * @cssprop --ngo-color-heading - Event titles.
 * @cssprop --ngo-color-surface - Background of an event.
 * @cssprop --ngo-color-surface-muted - Background of placeholders and notices.
 * @cssprop --ngo-color-border - Border of an event.
 * @cssprop --ngo-radius - Corner radius.
 * @cssprop --ngo-space-s - Small spacing.
 * @cssprop --ngo-space-m - Medium spacing; also the gap between events.
 * @cssprop --ngo-space-l - Large spacing.
 * @cssprop --ngo-focus-ring - Outline of the focused control.
 *
 * @example
 * ```html
 * <ngo-event-list api="https://api.example.org" key="pk_live_123" limit="5"></ngo-event-list>
 * ```
 */
export class NgoEventList extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { type: String },
    key: { type: String },
    limit: { type: Number },
  };

  static override styles = eventListStyles;

  /** Address of the community-ops API; defaults to the page's `configure({ api })`. */
  declare api: string | undefined;
  /** The organisation's publishable key (`pk_...`); defaults to the page's `configure({ key })`. */
  declare key: string | undefined;
  /** How many events to show at most. */
  declare limit: number;

  readonly #events = new Task(this, {
    task: async ([api, key, limit], { signal }) => {
      const client = clientFor(resolveConfig({ api, key }));
      const page = await client.events.list({ limit }, { signal });
      return page.items;
    },
    args: () => [this.api, this.key, this.limit] as const,
  });

  constructor() {
    super();
    this.limit = 10;
  }

  /** Loads the events again, e.g. after an error. */
  reload(): void {
    void this.#events.run();
  }

  protected override render() {
    const locale = resolveLocale(this);
    const messages = messagesFor(locale).eventList;
    return this.#events.render({
      initial: () => this.#renderLoading(messages),
      pending: () => this.#renderLoading(messages),
      complete: (events) => this.#renderEvents(events, messages, locale),
      error: (error) => this.#renderError(error, messages),
    });
  }

  #renderLoading(messages: Messages['eventList']) {
    const rows = Math.max(1, Math.min(this.limit, SKELETON_ROWS));
    return html`
      <div role="status" aria-live="polite" class="visually-hidden">${messages.loading}</div>
      <ul part="list" aria-label=${messages.label} aria-busy="true">
        ${Array.from({ length: rows }, () => html`<li class="event skeleton" aria-hidden="true"></li>`)}
      </ul>
    `;
  }

  #renderEvents(events: CommunityEvent[], messages: Messages['eventList'], locale: string) {
    if (events.length === 0) {
      return html`<div part="status" class="status" role="status"><p>${messages.empty}</p></div>`;
    }
    return html`
      <ul part="list" aria-label=${messages.label}>
        ${events.map((event) => this.#renderEvent(event, messages, locale))}
      </ul>
    `;
  }

  #renderEvent(event: CommunityEvent, messages: Messages['eventList'], locale: string) {
    const place = event.location
      ? [event.location.name, event.location.city].filter(Boolean).join(', ')
      : messages.online;
    return html`
      <li part="item" class="event">
        <h3 part="title" class="title" lang=${event.language}>${event.title}</h3>
        <p part="when" class="when">
          <time datetime=${event.startsAt.toISOString()}>
            ${formatDateRange(event.startsAt, event.endsAt, event.timeZone, locale)}
          </time>
        </p>
        <p part="meta" class="meta">
          <span class="kind">${messages.kinds[event.kind]}</span>
          ${event.kind === 'online' ? nothing : html` · <span lang=${event.language}>${place}</span>`}
        </p>
      </li>
    `;
  }

  #renderError(error: unknown, messages: Messages['eventList']) {
    return html`
      <div part="status" class="status" role="alert">
        <p>${this.#describe(error, messages)}</p>
        <button part="retry" type="button" @click=${() => this.reload()}>${messages.retry}</button>
      </div>
    `;
  }

  #describe(error: unknown, messages: Messages['eventList']): string {
    if (isNgoNetworkError(error)) return messages.errors.network;
    if (isNgoApiError(error) && (error.status === 401 || error.status === 403)) return messages.errors.refused;
    if (error instanceof Error && error.name === 'NgoConfigError') return messages.errors.config;
    return messages.errors.server;
  }
}
