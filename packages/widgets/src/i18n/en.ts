import type { Messages } from './messages.js';

export const en: Messages = {
  eventList: {
    label: 'Upcoming events',
    loading: 'Loading events…',
    empty: 'No upcoming events right now. Check back soon.',
    retry: 'Try again',
    online: 'Online',
    kinds: { online: 'Online', offline: 'In person', hybrid: 'In person and online' },
    errors: {
      network: 'We could not reach the events service. Check your connection and try again.',
      refused: 'The events service refused this website’s key.',
      server: 'The events could not be loaded. Please try again.',
      config: 'This widget is not set up yet: it needs the address and key of the events service.',
    },
  },
};
