import type { AnnouncementsMessages } from './messages.js';

/** Traditional Chinese for `announcementsMessages`: a module of its own, loaded when a widget speaks it. */
export const announcementsZhHant: AnnouncementsMessages = {
  label: '公告',
  loading: '正在載入公告…',
  empty: '目前沒有公告，敬請關注。',
  count: { other: '共 {count} 則公告' },
  pinned: '置頂',
  event: '相關活動：',
  eventFallback: '查看活動詳情',
  showMore: '顯示更多',
  loadingMore: '正在載入更多公告…',
  more: { other: '又載入了 {count} 則公告' },
  newTab: '（在新分頁中開啟）',
};
