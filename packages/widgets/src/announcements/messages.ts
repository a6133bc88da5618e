import type { Catalog } from '../i18n/catalog.js';
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

export const announcementsMessages: Catalog<AnnouncementsMessages> = {
  en: {
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
  'zh-CN': {
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
  },
  'zh-TW': {
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
  },
};
