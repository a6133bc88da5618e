import { catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

export interface AnnouncementsMessages {
  label: string;
  loading: string;
  empty: string;
  /** Announced when the notices arrive. */
  count: Plural;
  /** The mark of a pinned notice, beside its pin icon. */
  pinned: string;
  /** Before the event an event notice is about; ends with its own separator. */
  event: string;
  /** The link to an event whose title could not be loaded. */
  eventFallback: string;
  showMore: string;
  loadingMore: string;
  /** Announced when "show more" has brought more notices. */
  more: Plural;
  /** Read after a link in a notice that opens in a new tab. */
  newTab: string;
}

export const announcementsMessages = catalog<AnnouncementsMessages>(
  {
    label: 'Announcements',
    loading: 'Loading announcements…',
    empty: 'No announcements right now. Check back soon.',
    count: { one: '{count} announcement', other: '{count} announcements' },
    pinned: 'Pinned',
    event: 'Event: ',
    eventFallback: 'See the event',
    showMore: 'Show more',
    loadingMore: 'Loading more announcements…',
    more: { one: '{count} more announcement', other: '{count} more announcements' },
    newTab: '(opens in a new tab)',
  },
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).announcementsZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).announcementsZhHant,
  },
);
