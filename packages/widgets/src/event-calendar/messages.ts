import type { EventKind } from '@ngo-kit/sdk';
import { catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

export interface EventCalendarMessages {
  /** Names the group of the month buttons. */
  navigation: string;
  previous: string;
  next: string;
  today: string;
  /** Said to screen readers when they reach the grid. */
  keyboardHint: string;
  loading: string;
  /** `{month}`: "November 2026". */
  empty: string;
  /** The events of the month; `{month}` as in `empty`. */
  count: Plural;
  /** A day's name for screen readers: `{date}` the full date, `{events}` its `dayCount` or `noEvents`. */
  dayLabel: string;
  noEvents: string;
  dayCount: Plural;
  /** A day with more events than fit in its cell. */
  more: Plural;
  /** Opens every event of a busy day, from the agenda. */
  showAll: Plural;
  /** Read after an event on a day after its first. */
  continued: string;
  /** Read after an event on a day before its last. */
  continues: string;
  /** Which day of an event of several days. */
  dayOfEvent: string;
  /** Names the agenda list of the narrow layout; `{month}` as in `empty`. */
  agenda: string;
  kinds: Record<EventKind, string>;
  placesLeft: Plural;
  full: string;
  /** Volunteer points for taking part. */
  points: Plural;
  register: string;
  cancelled: string;
  closed: string;
  ended: string;
}

export const eventCalendarMessages = catalog<EventCalendarMessages>(
  {
    navigation: 'Choose a month',
    previous: 'Previous month',
    next: 'Next month',
    today: 'Today',
    keyboardHint:
      'Arrow keys move between days, Page Up and Page Down between months, Enter shows the events of a day.',
    loading: 'Loading events…',
    empty: 'No events in {month}. Other months may have some.',
    count: { one: '{count} event in {month}', other: '{count} events in {month}' },
    dayLabel: '{date}, {events}',
    noEvents: 'no events',
    dayCount: { one: '{count} event', other: '{count} events' },
    more: { one: '+{count} more', other: '+{count} more' },
    showAll: { one: 'Show the {count} event of this day', other: 'Show all {count} events of this day' },
    continued: '(continued from the day before)',
    continues: '(continues the next day)',
    dayOfEvent: 'Day {day} of {days}',
    agenda: 'Events in {month}',
    kinds: { online: 'Online', offline: 'In person', hybrid: 'In person and online' },
    placesLeft: { one: '{count} place left', other: '{count} places left' },
    full: 'Full – join the waiting list',
    points: { one: '{count} point for taking part', other: '{count} points for taking part' },
    register: 'Register',
    cancelled: 'Cancelled',
    closed: 'Registration closed',
    ended: 'Has taken place',
  },
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).eventCalendarZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).eventCalendarZhHant,
  },
);
