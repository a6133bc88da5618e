import type { EventKind } from '@ngo-kit/sdk';
import type { Catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

export interface EventListMessages {
  label: string;
  loading: string;
  empty: string;
  /** Announced when the events arrive. */
  count: Plural;
  online: string;
  kinds: Record<EventKind, string>;
}

export const eventListMessages: Catalog<EventListMessages> = {
  en: {
    label: 'Upcoming events',
    loading: 'Loading events…',
    empty: 'No upcoming events right now. Check back soon.',
    count: { one: '{count} upcoming event', other: '{count} upcoming events' },
    online: 'Online',
    kinds: { online: 'Online', offline: 'In person', hybrid: 'In person and online' },
  },
  'zh-CN': {
    label: '近期活动',
    loading: '正在加载活动…',
    empty: '目前没有即将举行的活动，敬请关注。',
    count: { other: '{count} 个近期活动' },
    online: '线上',
    kinds: { online: '线上', offline: '线下', hybrid: '线上线下同步' },
  },
  'zh-TW': {
    label: '近期活動',
    loading: '正在載入活動…',
    empty: '目前沒有即將舉行的活動，敬請關注。',
    count: { other: '{count} 個近期活動' },
    online: '線上',
    kinds: { online: '線上', offline: '實體', hybrid: '實體與線上同步' },
  },
};
