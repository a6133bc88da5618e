import type { Messages } from './messages.js';

export const zhHans: Messages = {
  states: {
    loading: '正在加载…',
    retry: '重试',
    sendNow: '立即发送',
    offline: '您目前处于离线状态。您提交的内容已保存在本设备上，网络恢复后将自动发送。',
    slow: '发送时间比平时长。您提交的内容已保存在本设备上，我们会继续尝试发送。',
    sent: '谢谢，已发送。',
    errors: {
      network: '无法连接服务。请检查网络后重试。',
      timeout: '服务响应超时，请重试。',
      config: '此组件尚未设置：需要服务的地址和密钥。',
      refused: '服务拒绝了本网站的密钥。',
      not_found: '找不到相关内容，可能已被删除。',
      conflict: '由于内容已发生变化，操作未能完成。',
      invalid: '部分信息未被接受，请检查后重试。',
      rate_limited: '请求过于频繁，请{when}再试。',
      server: '服务器出现问题，内容未能加载，请重试。',
    },
    notSent: '服务器出现问题，内容未能发送。您填写的内容已保留，请重试。',
    soon: '稍后',
  },
  dialog: {
    close: '关闭',
  },
};
