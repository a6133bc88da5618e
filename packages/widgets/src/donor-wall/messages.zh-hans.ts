import type { DonorWallMessages } from './messages.js';

/** Simplified Chinese for `donorWallMessages`: a module of its own, loaded when a widget speaks it. */
export const donorWallZhHans: DonorWallMessages = {
  label: '我们的捐赠者',
  loading: '正在加载捐赠者名单…',
  empty: '这一时期暂时没有可以展示的捐赠者。',
  count: { other: '衷心感谢 {count} 位捐赠者' },
  anonymous: '一位本机构的朋友',
  tiers: { benefactor: '主要捐助人', patron: '赞助人', friend: '爱心伙伴', supporter: '支持者' },
  tier: { benefactor: '主要捐助人', patron: '赞助人', friend: '爱心伙伴', supporter: '支持者' },
  quarter: '{year}年第{quarter}季度',
};
