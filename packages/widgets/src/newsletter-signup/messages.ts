import type { Catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

export interface NewsletterSignupMessages {
  /** The form's accessible name. */
  label: string;
  email: string;
  language: string;
  /** `{policy}`: the policy's name, a link when the page gives its address. */
  consent: string;
  policy: string;
  /** Read after the policy's name when the link opens in a new tab. */
  newTab: string;
  submit: string;
  sentTitle: string;
  /** `{email}`: the address the confirmation went to. */
  sent: string;
  /** Said to everyone, since the API answers alike whether or not the address is subscribed already. */
  sentHint: string;
  another: string;
  archive: string;
  archiveLoading: string;
  archiveEmpty: string;
  /** Announced when the archive arrives. */
  archiveCount: Plural;
}

export const newsletterSignupMessages: Catalog<NewsletterSignupMessages> = {
  en: {
    label: 'Subscribe to our monthly newsletter',
    email: 'Email',
    language: 'Language',
    consent: 'I would like the monthly newsletter and agree to the {policy}.',
    policy: 'privacy policy',
    newTab: '(opens in a new tab)',
    submit: 'Subscribe',
    sentTitle: 'Almost done: please confirm your subscription.',
    sent: 'Check your inbox at {email} to confirm.',
    sentHint: 'If this address already receives our newsletter, we will let you know by email, and nothing changes.',
    another: 'Subscribe another address',
    archive: 'Past issues',
    archiveLoading: 'Loading past issues…',
    archiveEmpty: 'No issues have been published yet.',
    archiveCount: { one: '{count} past issue', other: '{count} past issues' },
  },
  'zh-CN': {
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
  },
  'zh-TW': {
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
  },
};
