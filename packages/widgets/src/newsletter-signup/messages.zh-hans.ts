import type { NewsletterSignupMessages } from './messages.js';

/** Simplified Chinese for `newsletterSignupMessages`: a module of its own, loaded when a widget speaks it. */
export const newsletterSignupZhHans: NewsletterSignupMessages = {
  label: '订阅我们的月度通讯',
  email: '电子邮箱',
  language: '语言',
  consent: '我希望收到月度通讯，并同意{policy}。',
  policy: '隐私政策',
  newTab: '（在新标签页中打开）',
  submit: '订阅',
  sentTitle: '还差一步：请确认您的订阅。',
  sent: '请查看 {email} 的收件箱并完成确认。',
  sentHint: '如果此邮箱已在接收我们的通讯，我们会发邮件告诉您，订阅状态不会有任何变化。',
  another: '订阅其他邮箱',
  archive: '往期通讯',
  archiveLoading: '正在加载往期通讯…',
  archiveEmpty: '暂时还没有已发布的通讯。',
  archiveCount: { other: '共 {count} 期往期通讯' },
};
