import type { DonorWallMessages } from './messages.js';

/** Traditional Chinese for `donorWallMessages`: a module of its own, loaded when a widget speaks it. */
export const donorWallZhHant: DonorWallMessages = {
  label: '我們的捐贈者',
  loading: '正在載入捐贈者名單…',
  empty: '這段期間暫時沒有可以展示的捐贈者。',
  count: { other: '衷心感謝 {count} 位捐贈者' },
  anonymous: '一位本機構的朋友',
  tiers: { benefactor: '主要捐助人', patron: '贊助人', friend: '愛心夥伴', supporter: '支持者' },
  tier: { benefactor: '主要捐助人', patron: '贊助人', friend: '愛心夥伴', supporter: '支持者' },
  quarter: '{year}年第{quarter}季',
};
