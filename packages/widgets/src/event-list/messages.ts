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

export const eventListMessages: Catalog<EventListMessages> = {
  en: {
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
  'zh-CN': {
    label: '近期活动',
    loading: '正在加载活动…',
    empty: '目前没有即将举行的活动，敬请关注。',
    count: { other: '{count} 个近期活动' },
    online: '线上',
    kinds: { online: '线上', offline: '线下', hybrid: '线上线下同步' },
    yourTime: '（您当地时间 {time}）',
    placesLeft: { other: '尚余 {count} 个名额' },
    full: '名额已满，可加入候补名单',
    points: { other: '参加可获得 {count} 积分' },
    register: '报名',
    addToCalendar: '添加到日历',
    closed: '报名已截止',
    cancelled: '已取消',
    filters: {
      label: '筛选活动',
      kind: '活动形式',
      anyKind: '全部形式',
      topic: '主题',
      anyTopic: '全部主题',
      series: '系列：{name}',
    },
  },
  'zh-TW': {
    label: '近期活動',
    loading: '正在載入活動…',
    empty: '目前沒有即將舉行的活動，敬請關注。',
    count: { other: '{count} 個近期活動' },
    online: '線上',
    kinds: { online: '線上', offline: '實體', hybrid: '實體與線上同步' },
    yourTime: '（您當地時間 {time}）',
    placesLeft: { other: '尚餘 {count} 個名額' },
    full: '名額已滿，可加入候補名單',
    points: { other: '參加可獲得 {count} 點積分' },
    register: '報名',
    addToCalendar: '加入行事曆',
    closed: '報名已截止',
    cancelled: '已取消',
    filters: {
      label: '篩選活動',
      kind: '活動形式',
      anyKind: '全部形式',
      topic: '主題',
      anyTopic: '全部主題',
      series: '系列：{name}',
    },
  },
};
