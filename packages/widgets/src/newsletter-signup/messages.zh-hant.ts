import type { NewsletterSignupMessages } from './messages.js';

/** Traditional Chinese for `newsletterSignupMessages`: a module of its own, loaded when a widget speaks it. */
export const newsletterSignupZhHant: NewsletterSignupMessages = {
  label: '訂閱我們的每月電子報',
  email: '電子郵件',
  language: '語言',
  consent: '我希望收到每月電子報，並同意{policy}。',
  policy: '隱私權政策',
  newTab: '（在新分頁中開啟）',
  submit: '訂閱',
  sentTitle: '還差一步：請確認您的訂閱。',
  sent: '請查看 {email} 的收件匣並完成確認。',
  sentHint: '如果此信箱已在接收我們的電子報，我們會寄信通知您，訂閱狀態不會有任何變動。',
  another: '訂閱其他信箱',
  archive: '過往電子報',
  archiveLoading: '正在載入過往電子報…',
  archiveEmpty: '目前還沒有已發布的電子報。',
  archiveCount: { other: '共 {count} 期過往電子報' },
};
