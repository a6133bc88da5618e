import type { Messages } from './messages.js';

export const zhHant: Messages = {
  states: {
    loading: '正在載入…',
    retry: '重試',
    sendNow: '立即傳送',
    offline: '您目前處於離線狀態。您提交的內容已保存在本裝置上，網路恢復後將自動傳送。',
    slow: '傳送時間比平常長。您提交的內容已保存在本裝置上，我們會持續嘗試傳送。',
    sent: '謝謝，已傳送。',
    errors: {
      network: '無法連線至服務。請檢查網路後重試。',
      timeout: '服務回應逾時，請重試。',
      config: '此元件尚未設定：需要服務的網址和金鑰。',
      refused: '服務拒絕了本網站的金鑰。',
      not_found: '找不到相關內容，可能已被刪除。',
      conflict: '由於內容已有變動，操作未能完成。',
      invalid: '部分資料未被接受，請檢查後重試。',
      rate_limited: '請求過於頻繁，請{when}再試。',
      server: '伺服器發生問題，內容未能載入，請重試。',
    },
    notSent: '伺服器發生問題，內容未能傳送。您填寫的內容已保留，請重試。',
    soon: '稍後',
  },
  dialog: {
    close: '關閉',
  },
};
