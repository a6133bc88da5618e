import type { EventRecord } from '@ngo-kit/mock-server';
import { html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../event-calendar.js';
import { dayOf } from '../event-calendar/calendar-days.js';
import type { NgoEventCalendar } from '../event-calendar/ngo-event-calendar.js';
import '../provider.js';
import { fixtureEvent } from './calendar-fixtures.js';
import { deepActiveElement } from './keyboard.js';
import { startMockApi } from './mock-api.js';
import { mount } from './mount.js';
import { waitUntil } from './wait.js';

/** Helpers of the `<ngo-event-calendar>` tests: mounting one, and reading its grid as a person sees it. */

/** `value`, or a failure that names what is missing. */
function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

export const KEY = 'pk_test_widgets';
export const FIXTURE_API = 'https://fixture.ngo-kit.invalid/';
/** The demo data's story clock. */
export const DEMO_NOW = new Date('2026-11-23T09:00:00Z');
/** The calendar's clock for fixtures: before their events, so that every one is open for registration. */
export const FIXTURE_NOW = new Date('2026-01-01T12:00:00Z');

export interface Setup {
  api?: string;
  fetch?: typeof fetch;
  lang?: string;
  theme?: string;
  month?: string;
  timeZone?: string;
  kind?: string;
  tag?: string;
  series?: string;
  now?: Date;
  /** Width of the box the calendar sits in; wide enough for the grid by default. */
  width?: 'wide' | 'narrow';
}

export async function mountCalendar(setup: Setup): Promise<NgoEventCalendar> {
  const wrapper = await mount<HTMLElement>(html`
    <div lang=${setup.lang ?? 'en'} style=${setup.width === 'narrow' ? 'display: block; width: 320px' : 'display: block; width: 900px'}>
      <ngo-provider api=${setup.api ?? FIXTURE_API} key=${KEY} .fetch=${setup.fetch}>
        <ngo-event-calendar
          month=${ifDefined(setup.month)}
          time-zone=${ifDefined(setup.timeZone)}
          kind=${ifDefined(setup.kind)}
          tag=${ifDefined(setup.tag)}
          series=${ifDefined(setup.series)}
          theme=${ifDefined(setup.theme)}
          .now=${setup.now ?? FIXTURE_NOW}
        ></ngo-event-calendar>
      </ngo-provider>
    </div>
  `);
  return found(wrapper.querySelector('ngo-event-calendar'), 'the calendar');
}

export function root(calendar: NgoEventCalendar): ShadowRoot {
  return found(calendar.shadowRoot, 'the shadow root');
}

export function parts(calendar: NgoEventCalendar, name: string): HTMLElement[] {
  return [...root(calendar).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function state(calendar: NgoEventCalendar): string | undefined {
  return root(calendar).querySelector<HTMLElement>('.calendar')?.dataset['state'];
}

/** Waits for the month to arrive: `loaded` or `empty` unless a state is `wanted`. */
export async function settled(calendar: NgoEventCalendar, wanted?: string) {
  // a change of month shows in the next update
  await calendar.updateComplete;
  const arrived = () => (wanted ? state(calendar) === wanted : state(calendar) === 'loaded' || state(calendar) === 'empty');
  await waitUntil(arrived, `not ${wanted ?? 'loaded'} but ${state(calendar)}`);
  await calendar.updateComplete;
}

/** The cell of a day, `2026-10-25`. */
export function cell(calendar: NgoEventCalendar, date: string): HTMLTableCellElement {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return found(root(calendar).querySelector<HTMLTableCellElement>(`td[data-day="${dayOf(year, month, day)}"]`), `the cell of ${date}`);
}

/** The titles in a day's cell, with the continuation markers: `◂ Title ▸`. */
export function chips(calendar: NgoEventCalendar, date: string): string[] {
  return [...cell(calendar, date).querySelectorAll('[part~="chip"]')].map((chip) =>
    [...chip.querySelectorAll(':scope > span:not(.visually-hidden):not(.time)')]
      .map((span) => span.textContent?.trim())
      .join(' '),
  );
}

/** The day numbers of every cell, row by row. */
export function dayNumbers(calendar: NgoEventCalendar): number[][] {
  return [...root(calendar).querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('[part~="day-number"]')].map((number) => Number(number.textContent)),
  );
}

export function heading(calendar: NgoEventCalendar): string {
  return found(parts(calendar, 'heading')[0]?.textContent, 'the heading').trim();
}

/** The day that has focus, `2026-10-25`, if a day of this calendar has it. */
export function focusedDay(calendar: NgoEventCalendar): string | undefined {
  const focused = deepActiveElement();
  if (!(focused instanceof HTMLTableCellElement) || !root(calendar).contains(focused)) return undefined;
  const at = new Date(Number(focused.dataset['day']) * 86_400_000);
  return at.toISOString().slice(0, 10);
}

/** The dialog of a day's events. */
export function dialog(calendar: NgoEventCalendar): HTMLDialogElement {
  return parts(calendar, 'day-dialog')[0] as HTMLDialogElement;
}

/** An event in Berlin. */
export const berlin = (title: string, startsAt: string, endsAt: string, more: Partial<EventRecord> = {}) =>
  fixtureEvent({ title, startsAt, endsAt, ...more });

export type CalendarState = 'loading' | 'loaded' | 'empty' | 'error' | 'offline';
export type Look = readonly [lang: string, theme: 'light' | 'dark'];
/** Every language and both themes, English in both: contrast depends on the theme, texts and their length on the language. */
export const LOOKS: readonly Look[] = [
  ['en', 'light'],
  ['en', 'dark'],
  ['zh-CN', 'dark'],
  ['zh-TW', 'light'],
];

export /** A `fetch` for a browser without a network. */
const offlineFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

/**
 * Calendars of December 2026 over the demo data, one per look, all in state
 * `wanted`, in a box of the given width; with the box they sit in.
 */
export async function mountInState(
  wanted: CalendarState,
  { width = 'wide', looks = LOOKS }: { width?: 'wide' | 'narrow'; looks?: readonly Look[] } = {},
): Promise<{ box: HTMLElement; calendars: NgoEventCalendar[] }> {
  const api =
    wanted === 'loading'
      ? await startMockApi({ faults: { latencyMs: 20_000 } })
      : wanted === 'empty'
        ? await startMockApi({ seed: 'empty' })
        : wanted === 'error'
          ? await startMockApi({ faults: { failRate: 1 } })
          : await startMockApi();
  const box = await mount<HTMLElement>(html`
    <div style=${width === 'narrow' ? 'display: block; width: 320px' : 'display: block; width: 900px'}>
      <ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${wanted === 'offline' ? offlineFetch : undefined}>
        ${looks.map(
          ([lang, theme]) =>
            html`<ngo-event-calendar
              lang=${lang}
              theme=${theme}
              month="2026-12"
              time-zone="Europe/Berlin"
              .now=${DEMO_NOW}
            ></ngo-event-calendar>`,
        )}
      </ngo-provider>
    </div>
  `);
  const calendars = [...box.querySelectorAll('ngo-event-calendar')];
  await waitUntil(() => calendars.every((calendar) => state(calendar) === wanted), `not all ${wanted}`);
  return { box, calendars };
}
