import type { EventListMessages } from './messages.js';

/** Traditional Chinese for `eventListMessages`: a module of its own, loaded when a widget speaks it. */
export const eventListZhHant: EventListMessages = {
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
};
