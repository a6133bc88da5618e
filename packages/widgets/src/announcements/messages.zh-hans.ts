import type { AnnouncementsMessages } from './messages.js';

/** Simplified Chinese for `announcementsMessages`: a module of its own, loaded when a widget speaks it. */
export const announcementsZhHans: AnnouncementsMessages = {
  label: '公告',
  loading: '正在加载公告…',
  empty: '目前没有公告，敬请关注。',
  count: { other: '共 {count} 条公告' },
  pinned: '置顶',
  event: '相关活动：',
  eventFallback: '查看活动详情',
  showMore: '显示更多',
  loadingMore: '正在加载更多公告…',
  more: { other: '又加载了 {count} 条公告' },
  newTab: '（在新标签页中打开）',
};
