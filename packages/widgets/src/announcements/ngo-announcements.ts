import type { Announcement, AnnouncementEvent } from '@ngo-kit/sdk/schemas';
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cardListStyles } from '../shared/card-list.styles.js';
import { NgoElement } from '../shared/ngo-element.js';
import { reservedRowStyles } from '../shared/reserved-rows.styles.js';
import { describeError, emptyView, errorView, liveRegion, loadingView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { announcementsMessages } from './messages.js';
import { announcementsStyles } from './ngo-announcements.styles.js';
import { loadNoticePage, pinnedFirst, type NoticePage } from './notice-pages.js';
import { safeHref, sanitizeHtml } from './sanitize.js';

/** At most this many placeholder rows hold the list's place while it loads (see `reservedRowStyles`). */
const MAX_RESERVED_ROWS = 5;

/** The API's largest page. */
const MAX_LIMIT = 100;

const PIN_ICON = svg`<path d="M9.8 1.2l5 5-1.4 1.4-.9-.9-2.8 2.8.4 3.6-1.4 1.4-3-3-3.6 3.6-.8-.8 3.6-3.6-3-3 1.4-1.4 3.6.4 2.8-2.8-.9-.9z" />`;

/** Pages brought by "show more", after the first page they continue. */
interface MorePages {
  after: NoticePage;
  pages: NoticePage[];
  loading: boolean;
  /** How many notices the last "show more" brought, for screen readers. */
  added?: number;
  error?: unknown;
}

const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

/** A notice's date and time in full, in the reader's time zone, e.g. "November 16, 2026 at 9:00 AM". */
function absoluteDate(date: Date, locale: string): string {
  let format = absoluteFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    absoluteFormats.set(locale, format);
  }
  return format.format(date);
}

/**
 * The organisation's latest notices, pinned ones first: platform notices and
 * notices about an event, which name (and with `event-url`, link to) their
 * event. The staff-written rich text of each notice is rebuilt from an
 * allowlist (see `sanitizeHtml`) before it is shown; nothing else of it ever
 * reaches the page.
 *
 * @tagname ngo-announcements
 * @summary Lists the latest notices, pinned first, with their rich text made safe, relative dates and links to their events.
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart list - The list of notices.
 * @csspart item - One notice (also `item-pinned` for a pinned one).
 * @csspart pinned - The "Pinned" mark of a pinned notice, an icon and a word.
 * @csspart title - A notice's title.
 * @csspart meta - The line with the notice's date.
 * @csspart time - How long ago the notice was published; its `title` and `datetime` give the full date.
 * @csspart event - The line that names the event a notice is about.
 * @csspart event-link - The link to that event, when `event-url` is set.
 * @csspart body - The notice's rich text.
 * @csspart show-more - The button that loads more notices.
 * @csspart more-error - What went wrong when more notices could not be loaded.
 * @csspart skeleton - The placeholder rows shown while the notices load.
 * @csspart status - The box of the empty and error states (also `status-empty`, `status-error`).
 * @csspart retry - The button that loads the notices again after an error.
 *
 * @cssprop --ngo-announcements-gap - Space between notices; defaults to `--ngo-space-m`.
 * @cssprop --ngo-announcements-item-background - Background of a notice; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-announcements-pinned-background - Background of a pinned notice; defaults to `--ngo-color-surface-muted`.
 * @cssprop --ngo-announcements-item-min-height - Least height of a notice and height of a placeholder row; `8em` by default.
 *
 * @example
 * ```html
 * <ngo-announcements api="https://api.example.org" key="pk_live_123" limit="5" event-url="/events/{id}"></ngo-announcements>
 * ```
 */
export class NgoAnnouncements extends NgoElement {
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    eventUrl: { type: String, attribute: 'event-url' },
  };

  static override styles = [NgoElement.styles, stateStyles, reservedRowStyles, cardListStyles, announcementsStyles];

  /** How many notices to show at first, and how many more each "show more" brings (at most 100). */
  declare limit: number;
  /**
   * Where an event's page is on the organisation's site, with `{id}` for the
   * event's id, e.g. `/events/{id}` or `https://ngo.example/events?id={id}`.
   * Without it an event notice names its event without a link.
   */
  declare eventUrl: string | undefined;

  readonly #first = this.loadTask({
    args: () => [this.#pageSize] as const,
    load: ([limit], { client, signal }) => loadNoticePage(client, { limit }, signal),
  });

  #more: MorePages | undefined;
  #moreAbort: AbortController | undefined;
  /** The notice whose title takes focus after the next update: the first that "show more" brought. */
  #focusAfterUpdate: string | undefined;
  readonly #bodies = new WeakMap<Announcement, { locale: string; body: HTMLElement }>();

  constructor() {
    super();
    this.limit = 5;
  }

  get #pageSize(): number {
    const limit = Math.trunc(Number(this.limit));
    return Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(1, limit)) : 5;
  }

  /** Loads the notices again from the first page, e.g. after an error. */
  reload(): void {
    void this.#first.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#moreAbort?.abort();
    if (this.#more?.loading) this.#more = { ...this.#more, loading: false };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const id = this.#focusAfterUpdate;
    if (id === undefined) return;
    this.#focusAfterUpdate = undefined;
    this.renderRoot.querySelector<HTMLElement>(`[data-notice="${CSS.escape(id)}"] .title`)?.focus();
  }

  protected override renderContent() {
    const messages = this.localizer.text(announcementsMessages);
    const rows = Math.min(this.#pageSize, MAX_RESERVED_ROWS);
    const loading = () => [liveRegion(messages.loading), loadingView({ label: messages.label, rows })];
    return html`
      <div class="notices" data-rows=${rows}>
        ${this.#first.render({
          initial: loading,
          pending: loading,
          complete: (first) => this.#renderNotices(first),
          error: (error) => [liveRegion(''), errorView({ error, localizer: this.localizer, onRetry: () => this.reload() })],
        })}
      </div>
    `;
  }

  #renderNotices(first: NoticePage) {
    const messages = this.localizer.text(announcementsMessages);
    const more = this.#more?.after === first ? this.#more : undefined;
    const pages = [first, ...(more?.pages ?? [])];
    const notices = pinnedFirst(pages.flatMap((page) => page.notices));
    if (notices.length === 0) return [liveRegion(messages.empty), emptyView(messages.empty)];
    const nextCursor = pages.at(-1)?.nextCursor ?? null;
    const said = more?.loading
      ? messages.loadingMore
      : more?.added !== undefined
        ? this.localizer.plural(messages.more, more.added)
        : this.localizer.plural(messages.count, notices.length);
    return [
      liveRegion(said),
      html`
        <ul part="list" class="cards" aria-label=${messages.label}>
          ${repeat(notices, (notice) => notice.id, (notice) => this.#renderNotice(notice))}
        </ul>
      `,
      more?.error === undefined
        ? nothing
        : html`<p part="more-error" class="more-error" role="alert">${describeError(more.error, this.localizer, 'load')}</p>`,
      nextCursor === null
        ? nothing
        : html`
            <button
              part="show-more"
              class="button secondary show-more"
              type="button"
              aria-disabled=${more?.loading ? 'true' : 'false'}
              @click=${() => this.#showMore(first, nextCursor)}
            >
              ${more?.loading ? messages.loadingMore : messages.showMore}
            </button>
          `,
    ];
  }

  #renderNotice(notice: Announcement) {
    const messages = this.localizer.text(announcementsMessages);
    return html`
      <li part=${notice.pinned ? 'item item-pinned' : 'item'} class="card notice" data-notice=${notice.id} ?data-pinned=${notice.pinned}>
        ${notice.pinned
          ? html`<p part="pinned" class="pinned">
              <svg class="pin" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${PIN_ICON}</svg>
              <span>${messages.pinned}</span>
            </p>`
          : nothing}
        <h3 part="title" class="card-title title" lang=${notice.locale} tabindex="-1">${notice.title}</h3>
        <p part="meta" class="meta">
          <time part="time" datetime=${notice.publishedAt.toISOString()} title=${absoluteDate(notice.publishedAt, this.locale)}>
            ${this.localizer.relativeTime(notice.publishedAt)}
          </time>
        </p>
        ${notice.eventId ? this.#renderEvent(notice.eventId, notice.event) : nothing}
        ${this.#bodyOf(notice)}
      </li>
    `;
  }

  /** The event a notice is about: its title, linked to `event-url` when there is one; `event` is null if the API no longer has it. */
  #renderEvent(id: string, event: AnnouncementEvent | null) {
    const messages = this.localizer.text(announcementsMessages);
    const href = this.eventUrl ? safeHref(this.eventUrl.replaceAll('{id}', encodeURIComponent(id)), this.ownerDocument.baseURI) : undefined;
    if (!href && !event) return nothing;
    const title = event ? html`<span lang=${event.language}>${event.title}</span>` : messages.eventFallback;
    return html`<p part="event" class="event">
      ${messages.event}${href ? html`<a part="event-link" href=${href}>${title}</a>` : title}
    </p>`;
  }

  /**
   * The notice's rich text, rebuilt by the sanitiser into elements of this
   * page. Built once per notice and language: the same element is rendered
   * again, so that an update neither rebuilds it nor loses its place.
   */
  #bodyOf(notice: Announcement): HTMLElement {
    const kept = this.#bodies.get(notice);
    if (kept?.locale === this.locale) return kept.body;
    const body = this.ownerDocument.createElement('div');
    body.className = 'body';
    body.setAttribute('part', 'body');
    body.lang = notice.locale;
    body.append(
      sanitizeHtml(notice.bodyHtml, {
        document: this.ownerDocument,
        newTabHint: this.localizer.text(announcementsMessages).newTab,
      }),
    );
    this.#bodies.set(notice, { locale: this.locale, body });
    return body;
  }

  async #showMore(first: NoticePage, cursor: string): Promise<void> {
    const current = this.#more?.after === first ? this.#more : { after: first, pages: [], loading: false };
    if (current.loading) return;
    const controller = new AbortController();
    this.#moreAbort = controller;
    this.#more = { ...current, loading: true, error: undefined };
    this.requestUpdate();
    try {
      const page = await loadNoticePage(this.client, { limit: this.#pageSize, cursor }, controller.signal);
      if (this.#more?.after !== first) return;
      this.#more = { after: first, pages: [...current.pages, page], loading: false, added: page.notices.length };
      this.#focusAfterUpdate = page.notices[0]?.id;
    } catch (error) {
      if (controller.signal.aborted || this.#more?.after !== first) return;
      // the error is announced by its alert
      this.#more = { ...current, loading: false, error };
    }
    this.requestUpdate();
  }
}
