import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../event-calendar.js';
import type { NgoEventCalendar } from './ngo-event-calendar.js';

type EventCalendarArgs = Partial<
  Pick<NgoEventCalendar, 'month' | 'timeZone' | 'kind' | 'tag' | 'series' | 'lang' | 'theme'>
> & {
  /** Width of the box the calendar sits in: the agenda replaces the grid below about 32em. */
  width: string;
};

/** The demo data's story clock, so that "today" and "registration closed" read as the demo tells them. */
const DEMO_NOW = new Date('2026-11-23T09:00:00Z');

/**
 * The data comes from the mock server running in the page, through the
 * `<ngo-provider>` every story is wrapped in; the toolbar switches language,
 * theme and what the mock API does (slow, failing, empty, offline). The
 * stories open on December 2026 of the demo data: the winter exchange
 * meeting, a cancelled workshop, a closed registration and a sale in Shanghai.
 */
const meta = {
  title: 'Widgets/Event calendar',
  component: 'ngo-event-calendar',
  args: { month: '2026-12', width: '56rem' },
  argTypes: {
    month: { control: 'text' },
    timeZone: { control: 'select', options: [undefined, 'Europe/Berlin', 'Asia/Shanghai', 'America/New_York'] },
    kind: { control: 'select', options: [undefined, 'online', 'offline', 'hybrid'] },
    tag: { control: 'text' },
    series: { control: 'select', options: [undefined, 'quarterly-exchange'] },
    lang: { control: 'select', options: [undefined, 'en', 'en-GB', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
    width: { control: 'text' },
  },
  render: ({ month, timeZone, kind, tag, series, lang, theme, width }) => html`
    <div style="max-width: ${width}">
      <ngo-event-calendar
        month=${ifDefined(month)}
        time-zone=${ifDefined(timeZone)}
        kind=${ifDefined(kind)}
        tag=${ifDefined(tag)}
        series=${ifDefined(series)}
        lang=${ifDefined(lang)}
        theme=${ifDefined(theme)}
        .now=${DEMO_NOW}
      ></ngo-event-calendar>
    </div>
  `,
} satisfies Meta<EventCalendarArgs>;

export default meta;

type Story = StoryObj<EventCalendarArgs>;

export const Default: Story = {};

/** November 2026 holds the demo's "today" (23 November) and the full winter clothing drive: "Full – join the waiting list". */
export const TodayAndAFullEvent: Story = {
  args: { month: '2026-11' },
};

/** The same month as a list of days with events: the widget's own width decides, not the window's. */
export const Narrow: Story = {
  args: { width: '20rem' },
};

/** Only the quarterly exchange meetings. */
export const OneSeries: Story = {
  args: { month: '2026-12', series: 'quarterly-exchange' },
};

/** Only online events. */
export const OnlineOnly: Story = {
  args: { month: '2026-11', kind: 'online' },
};

/** Days of Shanghai: the Berlin evening events move to the next morning's day. */
export const ShanghaiDays: Story = {
  args: { timeZone: 'Asia/Shanghai' },
};

/** The week starts on Monday in British English, on Sunday in American English. */
export const WeekFromMonday: Story = {
  args: { lang: 'en-GB' },
};

/** The answer takes two seconds: the month's grid shows first, navigable, with placeholders in its days. */
export const Loading: Story = {
  globals: { scenario: 'slow' },
};

/** No events: the grid stays, and a note says so. */
export const Empty: Story = {
  globals: { scenario: 'empty' },
};

/** Every request fails with a 500, after the SDK's retries: the error and Try again, with the months still reachable. */
export const ServerError: Story = {
  globals: { scenario: 'failing' },
};

/** No network: the error says so, and the month loads by itself when the browser is back online. */
export const Offline: Story = {
  globals: { scenario: 'offline' },
};

export const Chinese: Story = {
  globals: { locale: 'zh-CN' },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
