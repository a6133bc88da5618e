import type { Messages } from './messages.js';

export const zhHant: Messages = {
  eventList: {
    label: '近期活動',
    loading: '正在載入活動…',
    empty: '目前沒有即將舉行的活動，敬請關注。',
    retry: '重試',
    online: '線上',
    kinds: { online: '線上', offline: '實體', hybrid: '實體與線上同步' },
    errors: {
      network: '無法連線至活動服務。請檢查網路後重試。',
      refused: '活動服務拒絕了本網站的金鑰。',
      server: '活動載入失敗，請重試。',
      config: '此元件尚未設定：需要活動服務的網址和金鑰。',
    },
  },
};
