import type { EventListMessages } from './messages.js';

/** Simplified Chinese for `eventListMessages`: a module of its own, loaded when a widget speaks it. */
export const eventListZhHans: EventListMessages = {
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
};
