import type { EventKind } from '@ngo-kit/sdk';
import type { Catalog } from '../i18n/catalog.js';
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
  online: string;
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

export const eventCalendarMessages: Catalog<EventCalendarMessages> = {
  en: {
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
    online: 'Online',
    kinds: { online: 'Online', offline: 'In person', hybrid: 'In person and online' },
    placesLeft: { one: '{count} place left', other: '{count} places left' },
    full: 'Full – join the waiting list',
    points: { one: '{count} point for taking part', other: '{count} points for taking part' },
    register: 'Register',
    cancelled: 'Cancelled',
    closed: 'Registration closed',
    ended: 'Has taken place',
  },
  'zh-CN': {
    navigation: '切换月份',
    previous: '上个月',
    next: '下个月',
    today: '今天',
    keyboardHint: '用方向键在日期间移动，用 Page Up 和 Page Down 切换月份，按 Enter 查看当天的活动。',
    loading: '正在加载活动…',
    empty: '{month}暂无活动，可以看看其他月份。',
    count: { other: '{month}共有 {count} 个活动' },
    dayLabel: '{date}，{events}',
    noEvents: '没有活动',
    dayCount: { other: '{count} 个活动' },
    more: { other: '还有 {count} 个' },
    showAll: { other: '查看当天全部 {count} 个活动' },
    continued: '（接续前一天）',
    continues: '（延续到第二天）',
    dayOfEvent: '第 {day} 天，共 {days} 天',
    agenda: '{month}的活动',
    online: '线上',
    kinds: { online: '线上', offline: '线下', hybrid: '线上线下同步' },
    placesLeft: { other: '剩余 {count} 个名额' },
    full: '名额已满，可加入候补名单',
    points: { other: '参加可获得 {count} 志愿积分' },
    register: '报名',
    cancelled: '已取消',
    closed: '报名已截止',
    ended: '已结束',
  },
  'zh-TW': {
    navigation: '切換月份',
    previous: '上個月',
    next: '下個月',
    today: '今天',
    keyboardHint: '用方向鍵在日期間移動，用 Page Up 和 Page Down 切換月份，按 Enter 查看當天的活動。',
    loading: '正在載入活動…',
    empty: '{month}暫無活動，可以看看其他月份。',
    count: { other: '{month}共有 {count} 個活動' },
    dayLabel: '{date}，{events}',
    noEvents: '沒有活動',
    dayCount: { other: '{count} 個活動' },
    more: { other: '還有 {count} 個' },
    showAll: { other: '查看當天全部 {count} 個活動' },
    continued: '（接續前一天）',
    continues: '（延續到隔天）',
    dayOfEvent: '第 {day} 天，共 {days} 天',
    agenda: '{month}的活動',
    online: '線上',
    kinds: { online: '線上', offline: '實體', hybrid: '實體與線上同步' },
    placesLeft: { other: '剩餘 {count} 個名額' },
    full: '名額已滿，可加入候補名單',
    points: { other: '參加可獲得 {count} 志工點數' },
    register: '報名',
    cancelled: '已取消',
    closed: '報名已截止',
    ended: '已結束',
  },
};
