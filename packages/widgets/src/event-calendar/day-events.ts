import type { CommunityEvent } from '@ngo-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { DialogController, RegistrationDialog } from '../event-registration/registration-dialog.js';
import { closedReason, placesLeft } from '../event-registration/registration-state.js';
import { dateRange } from '../i18n/date-range.js';
import { addStyles } from '../shared/add-styles.js';
import type { Localizer } from '../i18n/localizer.js';
import type { NgoElement } from '../shared/ngo-element.js';
import type { Day } from './calendar-days.js';
import type { CalendarFormats } from './calendar-formats.js';
import type { DayEntry } from './events-by-day.js';
import type { EventCalendarMessages } from './messages.js';
import type { MonthGrid } from './month-grid.js';
import { dayEventsStyles } from './day-events.styles.js';


/** The agenda shows this many events of a day at most; a busier day offers all of them in its dialog. */
const AGENDA_PER_DAY = 5;

/** The dialogs of a calendar: made by {@link attach} when this module loads. */
export interface DayEventsAttached {
  /** The day's dialog (`dialog.day-dialog`, which the calendar renders). */
  dayDialog: DialogController;
  /** The registration dialog; the calendar renders it. */
  registration: RegistrationDialog;
}

/** What the calendar gives the views of this module. */
export interface DayEventsContext extends DayEventsAttached {
  localizer: Localizer;
  messages: EventCalendarMessages;
  formats: CalendarFormats;
  /** The moment the calendar takes for now. */
  now: Date;
  /** Opens the dialog of a day's events. */
  openDay: (day: Day) => void;
}

/**
 * Puts this module's styles into the calendar's shadow root (before anything of it renders: nothing shows
 * without them) and makes the calendar's dialogs.
 */
export function attach(host: NgoElement): DayEventsAttached {
  addStyles(host, dayEventsStyles);
  return {
    dayDialog: new DialogController(host, { dialog: () => host.renderRoot.querySelector<HTMLDialogElement>('dialog.day-dialog') }),
    registration: new RegistrationDialog(host),
  };
}

/** The day's dialog's close button. */
export function renderDayClose({ dayDialog, localizer }: DayEventsContext): TemplateResult {
  return html`<button part="close" class="button secondary" type="button" @click=${() => dayDialog.close()}>
    ${localizer.messages.dialog.close}
  </button>`;
}

/** The day's dialog's list of events. */
export function renderDayEvents(entries: readonly DayEntry[], context: DayEventsContext): TemplateResult {
  return html`<ul class="events">
    ${renderEvents(entries, 3, context)}
  </ul>`;
}

/*
 * The calendar's views of whole events, with their places and Register
 * buttons: the agenda of the narrow layout and the day's dialog, with the
 * registration dialog and the dialog controller. They are not in the
 * calendar's first file: a wide calendar shows neither before someone opens a
 * day, and a narrow one shows its agenda only once the month's events are in,
 * which takes longer than this module. The calendar asks for it at its first
 * update when narrow, else when the browser is idle; a Register button is
 * never on screen before the registration dialog is there.
 */

/** Every change of a UTC offset happens at a whole quarter hour of UTC, so one quarter hour has one zone name. */
const QUARTER_HOUR_MS = 900_000;

/** Per language: the formatters of zone names, the names by zone and quarter hour, and what goes between two times. */
const ranges = new Map<CalendarFormats, { zones: Map<string, Intl.DateTimeFormat>; names: Map<string, string>; separator: string }>();

/**
 * "2:00 PM – 5:00 PM GMT+1": an event of one day, in its own time zone,
 * which it names. Made of two `format` calls and a cached zone name, not
 * `formatRange`, which costs some fifty times more: an agenda of 2 000
 * events would spend most of its time there.
 */
export function timeRange(formats: CalendarFormats, start: Date, end: Date, timeZone: string): string {
  const times = formats.timesIn(timeZone);
  let range = ranges.get(formats);
  if (!range) {
    range = { zones: new Map(), names: new Map(), separator: separator(formats) };
    ranges.set(formats, range);
  }
  // the zone's short name at the start, "GMT+1" or "CEST": it changes with daylight saving time
  const key = `${timeZone} ${Math.floor(start.getTime() / QUARTER_HOUR_MS)}`;
  let name = range.names.get(key);
  if (name === undefined) {
    let zone = range.zones.get(timeZone);
    if (!zone) {
      zone = new Intl.DateTimeFormat(formats.locale, { timeZone, timeZoneName: 'short' });
      range.zones.set(timeZone, zone);
    }
    name = zone.formatToParts(start).find((part) => part.type === 'timeZoneName')?.value ?? '';
    range.names.set(key, name);
  }
  return `${times.format(start)}${range.separator}${times.format(end)} ${name}`;
}

/** What the language puts between two times of a range: " – " in English, "–" in Chinese, "至" in Taiwan. */
function separator(formats: CalendarFormats): string {
  const parts = formats.timesIn('UTC').formatRangeToParts(Date.UTC(2000, 0, 1, 9), Date.UTC(2000, 0, 1, 10));
  const between = parts.filter((part) => part.source === 'shared' && part.type === 'literal');
  const firstEnd = parts.findIndex((part) => part.source === 'endRange');
  return between.find((part) => parts.indexOf(part) === firstEnd - 1)?.value ?? ' – ';
}

/** The agenda's list of the month's days with events. */
export function renderAgenda(
  grid: MonthGrid,
  today: Day,
  byDay: Map<Day, DayEntry[]>,
  label: string,
  context: DayEventsContext,
): TemplateResult {
  const days: Day[] = [];
  for (let day = grid.firstOfMonth; day <= grid.lastOfMonth; day++) if (byDay.has(day)) days.push(day);
  return html`
    <ol class="agenda-days" aria-label=${label}>
      ${days.map(
        (day) => html`<li class="agenda-day">
          <h3 part="agenda-date" class="agenda-date" aria-current=${day === today ? 'date' : nothing}>
            ${context.formats.day(day)}
          </h3>
          ${renderAgendaDay(day, byDay.get(day) ?? [], context)}
        </li>`,
      )}
    </ol>
  `;
}

function renderAgendaDay(day: Day, entries: readonly DayEntry[], context: DayEventsContext) {
  const fits = entries.length <= AGENDA_PER_DAY;
  const shown = fits ? entries : entries.slice(0, AGENDA_PER_DAY - 1);
  return html`<ul class="events">
      ${renderEvents(shown, 4, context)}
    </ul>
    ${fits
      ? nothing
      : html`<button part="show-all" class="button secondary show-all" type="button" @click=${() => context.openDay(day)}>
          ${context.localizer.plural(context.messages.showAll, entries.length)}
        </button>`}`;
}

/** The items of a list of events; their titles are headings of `level`. */
function renderEvents(entries: readonly DayEntry[], level: 3 | 4, context: DayEventsContext): TemplateResult[] {
  return entries.map((entry) => renderEvent(entry, level, context));
}

function renderEvent({ event, dayNumber, dayCount }: DayEntry, level: 3 | 4, context: DayEventsContext) {
  const { localizer, messages } = context;
  const when =
    dayCount > 1
      ? dateRange(localizer.locale, event.startsAt, event.endsAt, event.timeZone)
      : timeRange(context.formats, event.startsAt, event.endsAt, event.timeZone);
  const place = event.location ? [event.location.name, event.location.city].filter(Boolean).join(', ') : '';
  const title =
    level === 3
      ? html`<h3 part="event-title" class="event-title" lang=${event.language}>${event.title}</h3>`
      : html`<h4 part="event-title" class="event-title" lang=${event.language}>${event.title}</h4>`;
  const left = placesLeft(event);
  const places = left === undefined ? undefined : left > 0 ? localizer.plural(messages.placesLeft, left) : messages.full;
  const points = event.points ? localizer.plural(messages.points, event.points) : undefined;
  return html`<li part="event" class="event" ?data-cancelled=${event.status === 'cancelled'}>
    ${title}
    <p part="event-when" class="event-when">
      <time datetime=${event.startsAt.toISOString()}>${when}</time>${dayCount > 1
        ? html` · ${localizer.fill(messages.dayOfEvent, { day: dayNumber, days: dayCount })}`
        : nothing}
    </p>
    <p part="event-meta" class="event-meta">
      <span class="kind">${messages.kinds[event.kind]}</span>${place
        ? html` · <span lang=${event.language}>${place}</span>`
        : nothing}
    </p>
    ${places || points
      ? html`<p part="event-places" class="event-places">${[places, points].filter(Boolean).join(' · ')}</p>`
      : nothing}
    ${renderRegistration(event, context)}
  </li>`;
}

function renderRegistration(event: CommunityEvent, { messages, now, registration }: DayEventsContext) {
  const closed = closedReason(event, now);
  const status =
    closed === 'cancelled'
      ? messages.cancelled
      : event.endsAt <= now
        ? messages.ended
        : closed === 'deadline'
          ? messages.closed
          : undefined;
  if (status) return html`<p part="event-status" class="event-status">${status}</p>`;
  return html`<button
    part="register"
    class="button"
    type="button"
    @click=${(click: Event) => registration.open(event, click.currentTarget as HTMLElement)}
    @pointerenter=${registration.prefetch}
    @focus=${registration.prefetch}
  >
    ${messages.register}<span class="visually-hidden" lang=${event.language}> ${event.title}</span>
  </button>`;
}
