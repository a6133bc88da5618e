import type { EventKind } from '@ngo-kit/sdk';
import { catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

export interface EventListMessages {
  label: string;
  loading: string;
  empty: string;
  /** Announced when the events arrive. */
  count: Plural;
  online: string;
  kinds: Record<EventKind, string>;
  /** The reader's own clock beside the event's, e.g. "(08:00–11:00 your time)". */
  yourTime: string;
  placesLeft: Plural;
  full: string;
  /** Volunteer points earned by taking part. */
  points: Plural;
  register: string;
  addToCalendar: string;
  closed: string;
  cancelled: string;
  filters: {
    /** Names the group of filter controls. */
    label: string;
    kind: string;
    anyKind: string;
    topic: string;
    anyTopic: string;
    /** A recurring series among the topics; `{name}` is the series. */
    series: string;
  };
}

export const eventListMessages = catalog<EventListMessages>(
  {
    label: 'Upcoming events',
    loading: 'Loading events…',
    empty: 'No upcoming events right now. Check back soon.',
    count: { one: '{count} upcoming event', other: '{count} upcoming events' },
    online: 'Online',
    kinds: { online: 'Online', offline: 'In person', hybrid: 'In person and online' },
    yourTime: '({time} your time)',
    placesLeft: { one: '{count} place left', other: '{count} places left' },
    full: 'Full - join the waiting list',
    points: { one: 'Earn {count} point by taking part', other: 'Earn {count} points by taking part' },
    register: 'Register',
    addToCalendar: 'Add to calendar',
    closed: 'Registration closed',
    cancelled: 'Cancelled',
    filters: {
      label: 'Filter events',
      kind: 'Kind',
      anyKind: 'All kinds',
      topic: 'Topic',
      anyTopic: 'All topics',
      series: 'Series: {name}',
    },
  },
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).eventListZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).eventListZhHant,
  },
);
