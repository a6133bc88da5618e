import type { CommunityEvent, EventKind, NgoBaseClient } from '@ngo-kit/sdk';
import { html, noChange, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { loadOnce } from '../shared/load-once.js';
import { whenIdle } from '../shared/when-idle.js';
import { errorKind } from '../shared/error-kind.js';
import { TaskStatus } from '../shared/load-task.js';
import { NgoElement } from '../shared/ngo-element.js';
import { errorView, liveRegion, loadingView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import {
  addMonths,
  addMonthsToDay,
  browserTimeZone,
  dayAt,
  formatYearMonth,
  isTimeZone,
  monthOfDay,
  parseYearMonth,
  partsOf,
  sameMonth,
  type Day,
  type YearMonth,
} from './calendar-days.js';
import { calendarFormatsFor, type CalendarFormats } from './calendar-formats.js';
import type * as dayEvents from './day-events.js';
import type { DayEventsAttached, DayEventsContext } from './day-events.js';
import { eventsByDay, type DayEntry } from './events-by-day.js';
import { eventCalendarMessages, type EventCalendarMessages } from './messages.js';
import { commonTimeZone, loadMonthEvents, type MonthQuery } from './month-events.js';
import { cellCount, monthGrid, startOfWeek, type MonthGrid } from './month-grid.js';
import { NgoMonthChangeEvent } from './month-change-event.js';
import { eventCalendarStyles } from './ngo-event-calendar.styles.js';
import { firstDayOfWeek } from './week-start.js';

/** A day cell shows this many lines of events; a day with more shows one line fewer and "+N more". */
const LINES_PER_DAY = 3;

const NO_ENTRIES: readonly DayEntry[] = [];

type State = 'loading' | 'loaded' | 'empty' | 'error' | 'offline';

/** The events of the grid's days, grouped once per load, time zone and grid. */
interface Grouping {
  events: readonly CommunityEvent[];
  timeZone: string;
  first: Day;
  cells: number;
  byDay: Map<Day, DayEntry[]>;
}

/**
 * The organisation's events as a month calendar: a grid of days with the
 * events of each, navigable by keyboard as the WAI-ARIA grid pattern has it,
 * and a list of the month's days with events when the widget is narrow. Days
 * are those of the organisation's time zone; times are shown in each event's
 * own. A day's events open in a dialog, each with a Register button that
 * opens the registration dialog.
 *
 * @tagname ngo-event-calendar
 * @summary A month calendar of events with keyboard navigation, an agenda when narrow, and registration.
 *
 * @fires {NgoMonthChangeEvent} ngo-month-change - The reader went to another month; `detail.month` is `YYYY-MM`.
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart header - The month's name and the buttons.
 * @csspart heading - The month's name ("November 2026").
 * @csspart navigation - The group of the previous, today and next buttons.
 * @csspart previous - The previous-month button.
 * @csspart today - The today button.
 * @csspart next - The next-month button.
 * @csspart summary - The line under the heading: how many events the month has, or that it has none.
 * @csspart grid - The month grid (a table).
 * @csspart weekday - A weekday's column header.
 * @csspart day - A day cell; also `day-outside` for days of the months around, `day-today` for today.
 * @csspart day-number - The day of the month in a cell.
 * @csspart chip - An event in a day cell.
 * @csspart more - The "+N more" line of a day with more events than fit.
 * @csspart show-all - The agenda's button that opens a busy day's events in the dialog.
 * @csspart agenda - The list of days with events of the narrow layout.
 * @csspart agenda-date - A day's heading in the agenda.
 * @csspart day-dialog - The dialog with one day's events.
 * @csspart close - The dialog's close button.
 * @csspart event - An event in the dialog or the agenda.
 * @csspart event-title - Its title.
 * @csspart event-when - Its time, in the event's own time zone.
 * @csspart event-meta - Its kind and place.
 * @csspart event-places - Places left or "full", and the points for taking part.
 * @csspart event-status - "Cancelled", "Registration closed" or "Has taken place", instead of the button.
 * @csspart register - An event's Register button.
 * @csspart registration-dialog - The registration dialog, with `<ngo-event-registration>` inside.
 * @csspart registration-close - The registration dialog's close button.
 * @csspart skeleton - The placeholders shown while the events load.
 * @csspart status - The empty note and the error box (also `status-empty`, `status-error`).
 * @csspart retry - The button that loads the month again after an error.
 *
 * @cssprop --ngo-event-calendar-background - Background of the calendar; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-event-calendar-padding - Space around the calendar's content; defaults to `--ngo-space-m`.
 * @cssprop --ngo-event-calendar-day-height - Height of a day cell; `6.75em` by default.
 * @cssprop --ngo-event-calendar-event-background - Background of an event in a day cell; defaults to `--ngo-color-surface-muted`.
 * @cssprop --ngo-event-calendar-today-color - The mark of today; defaults to `--ngo-color-primary`.
 *
 * @example
 * ```html
 * <ngo-event-calendar api="https://api.example.org" key="pk_live_123" time-zone="Europe/Berlin"></ngo-event-calendar>
 * ```
 */
export class NgoEventCalendar extends NgoElement {
  static override properties: PropertyDeclarations = {
    month: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
    kind: { type: String },
    tag: { type: String },
    series: { type: String },
    now: { attribute: 'now', converter: { fromAttribute: (value: string | null) => (value ? new Date(value) : undefined) } },
  };

  static override styles = [NgoElement.styles, stateStyles, eventCalendarStyles];

  /** The month shown, `YYYY-MM`; the month of today by default. It follows the reader's navigation. */
  declare month: string | undefined;
  /**
   * The IANA time zone whose days the calendar shows, e.g. `Europe/Berlin`. By default the time zone most
   * of the first loaded events happen in, else the browser's. An unknown zone counts as not set.
   */
  declare timeZone: string | undefined;
  /** Only events of this kind: `online`, `offline` or `hybrid`. */
  declare kind: EventKind | undefined;
  /** Only events with this tag, e.g. `charity-run`. */
  declare tag: string | undefined;
  /** Only events of this series, e.g. `quarterly-exchange`. */
  declare series: string | undefined;
  /**
   * The moment the calendar takes for now: it marks today and tells which events are still open for
   * registration. The real time by default; demos of a fixed moment and tests set it (attribute: an ISO 8601 time).
   */
  declare now: Date | undefined;

  /** The day that has the grid's tab stop, if the reader chose one. */
  #focusDay: Day | undefined;
  /** The day whose events the dialog shows. */
  #dialogDay: Day | undefined;
  #eventsZone: string | undefined;
  /** 1 after going forward, -1 after going back: the month to prefetch. */
  #direction = 1;
  #prefetching = new AbortController();
  /** The months fetched ahead, by {@link monthKey}, until `until` (`performance.now()`). */
  readonly #ahead = new Map<string, Ahead>();
  /**
   * The events of the load under way when they had already been fetched ahead and parsed: the month is
   * rendered with them at once, without a loading state in between (see `renderContent`).
   */
  #arrived: CommunityEvent[] | undefined;
  #focusCellAfterUpdate = false;
  #hadFocus = false;
  #grouping: Grouping | undefined;
  /**
   * Whether the agenda is on screen. Its container query decides; the agenda
   * is filled only while shown, so that a wide calendar does not build a
   * hidden list of every event of the month.
   */
  #agendaShown = false;
  /** Until the observer reports, which takes a rendered frame (a tab in the background gets none), the probe is measured. */
  #agendaReported = false;
  /** What the agenda showed at the last render (see `#agendaUnchanged`). */
  #agendaDeps: unknown[] | undefined;
  /** Watches an empty probe that the agenda's container query shows with it: the probe's size never depends on the agenda's content. */
  readonly #agendaObserver = new ResizeObserver((entries) => {
    this.#agendaReported = true;
    const shown = entries.some((entry) => entry.contentRect.width > 0);
    if (shown === this.#agendaShown) return;
    this.#agendaShown = shown;
    this.requestUpdate();
  });

  readonly #events = this.loadTask({
    args: () => {
      const { year, month } = this.#shownMonth(this.#today());
      return [year, month, this.#firstWeekday(), this.kind || undefined, this.tag || undefined, this.series || undefined] as const;
    },
    load: async ([year, month, firstWeekday, kind, tag, series], { client, signal }) => {
      const query: MonthQuery = { year, month, firstWeekday, kind, tag, series };
      const ahead = this.#takeAhead(query);
      // set before the update that started this load renders: a month that has arrived shows at once
      this.#arrived = ahead?.value;
      const events = await (ahead ? ahead.events.catch(() => loadMonthEvents(client, query, signal)) : loadMonthEvents(client, query, signal));
      this.#eventsZone ??= commonTimeZone(events);
      this.#prefetchAfterPaint(client, query);
      return events;
    },
  });

  /**
   * The views of whole events (the agenda, the day's dialog), once loaded (see {@link loadDayEvents}), with
   * the day's dialog controller and the registration dialog, which opens over the day's dialog (closing it
   * goes back to the day's events); the views are the only ones with Register buttons.
   */
  #dayEvents: (DayEventsAttached & { view: typeof dayEvents }) | undefined;

  /** Loads the month again, e.g. after an error. */
  reload(): void {
    void this.#events.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#prefetching.signal.aborted) this.#prefetching = new AbortController();
    // the registration dialog's form is in the shadow root; its event is composed: named here, not imported, which would bring the form's code in
    this.addEventListener('ngo-registered', this.#onRegistered);
    if (this.hasUpdated) this.#observeAgendaProbe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#prefetching.abort(new DOMException('The calendar left the page', 'AbortError'));
    this.#ahead.clear();
    this.removeEventListener('ngo-registered', this.#onRegistered);
    this.#agendaObserver.disconnect();
    this.#agendaReported = false;
  }

  /**
   * Asks for the month the reader will probably go to next and keeps it parsed, so that going there
   * neither fetches nor parses, and shows it at once when it has arrived. It starts in a task after
   * the frame that paints the month shown (its parsing would otherwise delay that paint), or when the
   * browser is idle if that comes first (a tab in the background paints no frames): not only when
   * idle, which a page that keeps the browser busy (other widgets loading) puts off past a quick click.
   */
  #prefetchAfterPaint(client: NgoBaseClient, query: MonthQuery) {
    const next = { ...query, ...addMonths(query, this.#direction) };
    const key = monthKey(next);
    const { signal } = this.#prefetching;
    let started = false;
    const start = () => {
      if (started || signal.aborted || this.#ahead.has(key)) return;
      started = true;
      const ahead: Ahead = { events: loadMonthEvents(client, next, signal), until: performance.now() + AHEAD_FRESH_MS };
      ahead.events.then(
        (events) => (ahead.value = events),
        () => this.#ahead.delete(key),
      );
      this.#ahead.set(key, ahead);
    };
    requestAnimationFrame(() => setTimeout(start));
    whenIdle(start, 1_000);
  }

  /**
   * The month fetched ahead, if it matches `query` and is fresh; it is used once. The SDK's read
   * cache would answer too, but it keeps the JSON and checks every event again on each read.
   */
  #takeAhead(query: MonthQuery): Ahead | undefined {
    const key = monthKey(query);
    const ahead = this.#ahead.get(key);
    this.#ahead.delete(key);
    return ahead && ahead.until > performance.now() ? ahead : undefined;
  }

  /** A registration changed an event's places: what was fetched ahead may be out of date. */
  readonly #onRegistered = () => this.#ahead.clear();

  get #timeZoneInUse(): string {
    const chosen = this.timeZone?.trim();
    if (chosen && isTimeZone(chosen)) return chosen;
    return this.#eventsZone ?? browserTimeZone();
  }

  #now(): number {
    const now = this.now?.getTime();
    return now === undefined || Number.isNaN(now) ? Date.now() : now;
  }

  #today(): Day {
    return dayAt(this.#now(), this.#timeZoneInUse);
  }

  #shownMonth(today: Day): YearMonth {
    return parseYearMonth(this.month) ?? monthOfDay(today);
  }

  #firstWeekday(): number {
    return firstDayOfWeek(this.locale);
  }

  /** The day with the grid's tab stop: the chosen one in the month shown, else today, else the 1st. */
  #tabStop(grid: MonthGrid, today: Day): Day {
    const within = (day: Day | undefined) => day !== undefined && day >= grid.firstOfMonth && day <= grid.lastOfMonth;
    if (within(this.#focusDay)) return this.#focusDay as Day;
    return within(today) ? today : grid.firstOfMonth;
  }

  #byDay(events: readonly CommunityEvent[], grid: MonthGrid, timeZone: string): Map<Day, DayEntry[]> {
    const cells = cellCount(grid);
    const last = this.#grouping;
    if (last && last.events === events && last.timeZone === timeZone && last.first === grid.first && last.cells === cells) {
      return last.byDay;
    }
    const byDay = eventsByDay(events, grid.first, cells, timeZone);
    this.#grouping = { events, timeZone, first: grid.first, cells, byDay };
    return byDay;
  }

  #goToMonth(target: YearMonth) {
    const shown = this.#shownMonth(this.#today());
    if (sameMonth(target, shown)) return;
    this.#direction = target.year * 12 + target.month > shown.year * 12 + shown.month ? 1 : -1;
    this.month = formatYearMonth(target);
    this.dispatchEvent(new NgoMonthChangeEvent(this.month));
  }

  /** Moves the grid's tab stop to `day`, in another month if need be, and focus with it when `focus`. */
  #moveTo(day: Day, focus: boolean) {
    this.#focusDay = day;
    this.#focusCellAfterUpdate = focus;
    this.#goToMonth(monthOfDay(day));
    this.requestUpdate();
  }

  /** The previous or next month's button: the tab stop moves to the same day of that month. */
  #step(months: number) {
    const today = this.#today();
    const grid = monthGrid(this.#shownMonth(today), this.#firstWeekday());
    this.#moveTo(addMonthsToDay(this.#tabStop(grid, today), months), false);
  }

  readonly #onGridKeydown = (event: KeyboardEvent) => {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-day]');
    if (!cell) return;
    const day = Number(cell.dataset['day']);
    const weekStart = startOfWeek(day, this.#firstWeekday());
    const years = event.shiftKey ? 12 : 1;
    const targets: Record<string, () => Day> = {
      ArrowLeft: () => day - 1,
      ArrowRight: () => day + 1,
      ArrowUp: () => day - 7,
      ArrowDown: () => day + 7,
      Home: () => weekStart,
      End: () => weekStart + 6,
      PageUp: () => addMonthsToDay(day, -years),
      PageDown: () => addMonthsToDay(day, years),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#openDay(day);
      return;
    }
    const target = targets[event.key];
    if (!target || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.#moveTo(target(), true);
  };

  /** The tab stop follows focus, however a day got it (a click, a script). */
  readonly #onGridFocusin = (event: FocusEvent) => {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-day]');
    const day = Number(cell?.dataset['day']);
    if (!cell || day === this.#focusDay || cell.hasAttribute('data-outside')) return;
    this.#focusDay = day;
    // the tab stop already is where focus went (a re-render put it there): nothing to redraw
    if (cell.tabIndex !== 0) this.requestUpdate();
  };

  readonly #onGridClick = (event: MouseEvent) => {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-day]');
    if (!cell) return;
    const day = Number(cell.dataset['day']);
    const shown = this.#shownMonth(this.#today());
    if (sameMonth(monthOfDay(day), shown)) {
      this.#moveTo(day, false);
      this.#openDay(day);
    } else {
      this.#moveTo(day, true);
    }
  };

  /** Opens the dialog of a day's events; a day without events has nothing to open. */
  #openDay(day: Day) {
    if ((this.#grouping?.byDay.get(day)?.length ?? 0) === 0 || this.#state() !== 'loaded') return;
    this.#dialogDay = day;
    this.requestUpdate();
    this.#loadDayEvents().then(
      () => this.#dayEvents?.dayDialog.open(),
      () => undefined,
    );
  }

  #state(): State {
    switch (this.#events.status) {
      case TaskStatus.COMPLETE:
        return 'loaded';
      case TaskStatus.ERROR:
        return errorKind(this.#events.error) === 'network' ? 'offline' : 'error';
      default:
        return this.#arrived ? 'loaded' : 'loading';
    }
  }

  /**
   * The module of the views of whole events, loaded once; a failed load is forgotten, so that the
   * next call tries again.
   */
  readonly #loadDayEvents = loadOnce(async () => {
    const view = await loadDayEvents();
    this.#dayEvents ??= { view, ...view.attach(this) };
    this.requestUpdate();
  });

  readonly #prefetchDayEvents = () => {
    this.#loadDayEvents().catch(() => undefined);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const probe = this.#agendaReported ? null : this.renderRoot.querySelector('.agenda-probe');
    if (probe) this.#agendaShown = probe.getBoundingClientRect().width > 0;
    // the agenda shows once the month's events are in: its views come meanwhile
    if (this.#agendaShown) this.#prefetchDayEvents();
    this.#hadFocus = this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== null;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.#observeAgendaProbe();
    whenIdle(this.#prefetchDayEvents, 1_000);
  }

  #observeAgendaProbe() {
    const probe = this.renderRoot.querySelector('.agenda-probe');
    if (probe) this.#agendaObserver.observe(probe);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    if (this.#focusCellAfterUpdate) {
      this.#focusCellAfterUpdate = false;
      root.querySelector<HTMLElement>(`td[data-day="${this.#focusDay}"]`)?.focus();
    } else if (this.#hadFocus && root.activeElement === null) {
      // What had focus went with the view it was in (a grid replaced by an error, or the other way round)
      (root.querySelector<HTMLElement>('[part~="retry"]') ?? root.querySelector<HTMLElement>('td[tabindex="0"]'))?.focus();
    }
  }

  protected override renderContent() {
    const messages = this.localizer.text(eventCalendarMessages);
    const formats = calendarFormatsFor(this.locale);
    const timeZone = this.#timeZoneInUse;
    const today = this.#today();
    const shown = this.#shownMonth(today);
    const grid = monthGrid(shown, this.#firstWeekday());
    const monthName = formats.month(shown);
    let state = this.#state();
    // a month fetched ahead that has arrived is shown at once, while its load only has to hand it over
    const events = state !== 'loaded' ? undefined : this.#events.status === TaskStatus.COMPLETE ? this.#events.value : this.#arrived;
    const byDay = events ? this.#byDay(events, grid, timeZone) : undefined;
    const count = byDay ? countInMonth(byDay, grid) : 0;
    if (state === 'loaded' && count === 0) state = 'empty';

    const summary =
      state === 'loading'
        ? messages.loading
        : state === 'empty'
          ? this.localizer.fill(messages.empty, { month: monthName })
          : state === 'loaded'
            ? this.localizer.plural(messages.count, count, { month: monthName })
            : '';
    const failed = state === 'error' || state === 'offline';
    // the agenda's part goes with the grid: the next one starts empty, and must be rendered
    if (failed) this.#agendaDeps = undefined;
    return html`
      <div class="calendar" data-state=${state} data-weeks=${grid.weeks}>
        ${liveRegion(state === 'loading' ? '' : summary)}
        <div part="header" class="header">
          <h2 part="heading" class="heading" id="heading" aria-live="polite">${monthName}</h2>
          <div part="navigation" class="navigation" role="group" aria-label=${messages.navigation}>
            <button part="previous" class="button secondary" type="button" @click=${() => this.#step(-1)}>
              <span aria-hidden="true">‹</span> ${messages.previous}
            </button>
            <button part="today" class="button secondary" type="button" @click=${() => this.#moveTo(today, false)}>
              ${messages.today}
            </button>
            <button part="next" class="button secondary" type="button" @click=${() => this.#step(1)}>
              ${messages.next} <span aria-hidden="true">›</span>
            </button>
          </div>
        </div>
        <p part=${state === 'empty' ? 'summary status status-empty' : 'summary'} class="summary">${summary}</p>
        <div class="agenda-probe"></div>
        ${failed
          ? errorView({ error: this.#events.error, localizer: this.localizer, onRetry: () => this.reload() })
          : [
              this.#renderGrid(grid, today, byDay, messages, formats),
              html`<div part="agenda" class="agenda">
                ${this.#agendaUnchanged([this.#agendaShown, this.#dayEvents, byDay, grid.firstOfMonth, today, this.locale, this.now])
                  ? noChange
                  : this.#agendaShown
                    ? this.#renderAgenda(grid, today, byDay, monthName, messages, formats)
                    : nothing}
              </div>`,
            ]}
        ${this.#renderDayDialog(messages, formats)} ${this.#dayEvents?.registration.render()}
      </div>
    `;
  }

  /**
   * Whether what the agenda shows is what it showed at the last render: it is then left as it is
   * (lit's `guard`, without the directive's bytes), so that a re-render for the grid's tab stop does
   * not go through every event of the month again.
   */
  #agendaUnchanged(deps: unknown[]): boolean {
    const last = this.#agendaDeps;
    this.#agendaDeps = deps;
    return last !== undefined && last.length === deps.length && last.every((value, index) => value === deps[index]);
  }

  #renderGrid(
    grid: MonthGrid,
    today: Day,
    byDay: Map<Day, DayEntry[]> | undefined,
    messages: EventCalendarMessages,
    formats: CalendarFormats,
  ): TemplateResult {
    const tabStop = this.#tabStop(grid, today);
    const weeks = Array.from({ length: grid.weeks }, (_, week) => grid.first + week * 7);
    return html`
      <p class="visually-hidden" id="grid-hint">${messages.keyboardHint}</p>
      <table
        part="grid"
        class="grid"
        role="grid"
        aria-labelledby="heading"
        aria-describedby="grid-hint"
        aria-busy=${byDay ? 'false' : 'true'}
        @keydown=${this.#onGridKeydown}
        @click=${this.#onGridClick}
        @focusin=${this.#onGridFocusin}
      >
        <thead>
          <tr>
            ${formats
              .weekdays(grid.firstWeekday)
              .map((name) => html`<th part="weekday" scope="col" abbr=${name.long}>${name.short}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (start) => html`<tr>
              ${[0, 1, 2, 3, 4, 5, 6].map((offset) =>
                this.#renderDay(start + offset, grid, today, tabStop, byDay, messages, formats),
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  #renderDay(
    day: Day,
    grid: MonthGrid,
    today: Day,
    tabStop: Day,
    byDay: Map<Day, DayEntry[]> | undefined,
    messages: EventCalendarMessages,
    formats: CalendarFormats,
  ): TemplateResult {
    const outside = day < grid.firstOfMonth || day > grid.lastOfMonth;
    const entries = byDay?.get(day) ?? NO_ENTRIES;
    const fits = entries.length <= LINES_PER_DAY;
    const shown = fits ? entries : entries.slice(0, LINES_PER_DAY - 1);
    const date = formats.day(day);
    const label = byDay
      ? this.localizer.fill(messages.dayLabel, {
          date,
          events: entries.length > 0 ? this.localizer.plural(messages.dayCount, entries.length) : messages.noEvents,
        })
      : date;
    const part = outside ? 'day day-outside' : day === today ? 'day day-today' : 'day';
    return html`<td
      part=${part}
      data-day=${day}
      tabindex=${day === tabStop ? '0' : '-1'}
      aria-current=${day === today ? 'date' : nothing}
      ?data-outside=${outside}
    >
      <span part="day-number" class="day-number" aria-hidden="true">${partsOf(day).date}</span>
      <span class="visually-hidden">${label}</span>
      ${byDay
        ? shown.map((entry) => this.#renderChip(entry, messages, formats))
        : html`<span part="skeleton" class="placeholder" aria-hidden="true"></span>`}
      ${fits
        ? nothing
        : html`<span part="more" class="more">${this.localizer.plural(messages.more, entries.length - shown.length)}</span>`}
    </td>`;
  }

  /**
   * One template with attribute parts for the lead (the time, or the marker of a day after the first),
   * not a nested template for each: a month of 500 events shows some 80 chips, each rendered anew
   * with the month.
   */
  #renderChip({ event, continued, continues }: DayEntry, messages: EventCalendarMessages, formats: CalendarFormats) {
    const cancelled = event.status === 'cancelled';
    const hidden = `${continued ? messages.continued : ''}${continues ? messages.continues : ''}${cancelled ? messages.cancelled : ''}`;
    return html`<span part="chip" class="chip" ?data-cancelled=${cancelled}
      ><span class=${continued ? 'marker' : 'time'} aria-hidden=${continued ? 'true' : nothing}
        >${continued ? '◂' : formats.time(event.startsAt, event.timeZone)}</span
      >
      <span lang=${event.language}>${event.title}</span>${continues
        ? html`<span class="marker" aria-hidden="true">▸</span>`
        : nothing}${hidden ? html`<span class="visually-hidden">${hidden}</span>` : nothing}</span
    >`;
  }

  #renderAgenda(
    grid: MonthGrid,
    today: Day,
    byDay: Map<Day, DayEntry[]> | undefined,
    monthName: string,
    messages: EventCalendarMessages,
    formats: CalendarFormats,
  ): TemplateResult {
    const label = this.localizer.fill(messages.agenda, { month: monthName });
    const context = this.#dayEventsContext(messages, formats);
    return byDay && context ? context.view.renderAgenda(grid, today, byDay, label, context) : loadingView({ label, rows: 3 });
  }

  /** What the views of whole events need, once they are loaded. */
  #dayEventsContext(
    messages: EventCalendarMessages,
    formats: CalendarFormats,
  ): (DayEventsContext & { view: typeof dayEvents }) | undefined {
    const loaded = this.#dayEvents;
    return (
      loaded && {
        ...loaded,
        localizer: this.localizer,
        messages,
        formats,
        now: new Date(this.#now()),
        openDay: (day) => this.#openDay(day),
      }
    );
  }

  #renderDayDialog(messages: EventCalendarMessages, formats: CalendarFormats): TemplateResult {
    const day = this.#dialogDay;
    const entries = (day !== undefined && this.#grouping?.byDay.get(day)) || NO_ENTRIES;
    const context = this.#dayEventsContext(messages, formats);
    return html`
      <dialog part="day-dialog" class="day-dialog" aria-labelledby="day-title">
        <div class="dialog-header">
          <h2 id="day-title">${day === undefined ? '' : formats.day(day)}</h2>
          ${context?.view.renderDayClose(context)}
        </div>
        ${context?.view.renderDayEvents(entries, context)}
      </dialog>
    `;
  }
}

/**
 * The agenda's and the day dialog's views of whole events: a chunk of its own, which the calendar asks for
 * at its first update when narrow (the agenda shows once the month's events are in, which takes longer),
 * else when the browser is idle, and at the latest when a day opens.
 */
const loadDayEvents = (): Promise<typeof dayEvents> => import('./day-events.js');

/** A month fetched ahead: its events, `value` once they have arrived, and until when they are fresh (`performance.now()`). */
interface Ahead {
  events: Promise<CommunityEvent[]>;
  value?: CommunityEvent[];
  until: number;
}

/** As long as the SDK's read cache keeps an answer fresh by default. */
const AHEAD_FRESH_MS = 30_000;

/** A month and the filters, as a key of the months fetched ahead. */
function monthKey({ year, month, firstWeekday, kind, tag, series }: MonthQuery): string {
  return JSON.stringify([year, month, firstWeekday, kind, tag, series]);
}

/** How many events touch the days of the month itself (not the days of the months around it). */
function countInMonth(byDay: Map<Day, DayEntry[]>, grid: MonthGrid): number {
  const events = new Set<CommunityEvent>();
  for (let day = grid.firstOfMonth; day <= grid.lastOfMonth; day++) {
    for (const entry of byDay.get(day) ?? NO_ENTRIES) events.add(entry.event);
  }
  return events.size;
}
