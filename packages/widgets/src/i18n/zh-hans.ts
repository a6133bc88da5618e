import type { Messages } from './messages.js';

export const zhHans: Messages = {
  eventList: {
    label: '近期活动',
    loading: '正在加载活动…',
    empty: '目前没有即将举行的活动，敬请关注。',
    retry: '重试',
    online: '线上',
    kinds: { online: '线上', offline: '线下', hybrid: '线上线下同步' },
    errors: {
      network: '无法连接活动服务。请检查网络后重试。',
      refused: '活动服务拒绝了本网站的密钥。',
      server: '活动加载失败，请重试。',
      config: '此组件尚未设置：需要活动服务的地址和密钥。',
    },
  },
};
