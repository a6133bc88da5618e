import type { Locale } from '@ngo-kit/sdk/schemas';
import { sendMail } from '../../mail.js';
import type { StoreData } from '../../store.js';

type NewsletterMail = 'confirm' | 'subscribed' | 'alreadySubscribed';

interface Letter {
  subject: string;
  /** The body, given the link the mail carries. */
  text(link: string): string;
}

/** The newsletter's e-mails in each language of the toolkit. */
const MAIL: Record<Locale, Record<NewsletterMail, Letter>> = {
  en: {
    confirm: {
      subject: 'Confirm your newsletter subscription',
      text: (link) =>
        `Please confirm that you want to receive our monthly newsletter:\n${link}\n\nIf you did not ask for it, ignore this e-mail and nothing will be sent.`,
    },
    subscribed: {
      subject: 'You are subscribed to our newsletter',
      text: (link) => `Thank you! Our monthly newsletter will come to this address.\nTo unsubscribe at any time:\n${link}`,
    },
    alreadySubscribed: {
      subject: 'You are already subscribed to our newsletter',
      text: (link) =>
        `Someone asked to subscribe this address, which already receives our monthly newsletter; nothing changed.\nTo unsubscribe:\n${link}`,
    },
  },
  'zh-CN': {
    confirm: {
      subject: '请确认订阅我们的通讯',
      text: (link) => `请点击以下链接，确认订阅我们的月度通讯：\n${link}\n\n如果这不是您本人的操作，请忽略此邮件，我们不会再给您发送任何内容。`,
    },
    subscribed: {
      subject: '您已成功订阅我们的通讯',
      text: (link) => `谢谢！我们的月度通讯将发送到此邮箱。\n如需随时退订：\n${link}`,
    },
    alreadySubscribed: {
      subject: '您已经订阅了我们的通讯',
      text: (link) => `有人请求用此邮箱订阅通讯，而此邮箱已在接收我们的月度通讯，订阅状态没有变化。\n如需退订：\n${link}`,
    },
  },
  'zh-TW': {
    confirm: {
      subject: '請確認訂閱我們的通訊',
      text: (link) => `請點擊以下連結，確認訂閱我們的每月通訊：\n${link}\n\n如果這不是您本人的操作，請忽略此郵件，我們不會再寄送任何內容給您。`,
    },
    subscribed: {
      subject: '您已成功訂閱我們的通訊',
      text: (link) => `謝謝！我們的每月通訊將寄送到此信箱。\n如需隨時取消訂閱：\n${link}`,
    },
    alreadySubscribed: {
      subject: '您已經訂閱了我們的通訊',
      text: (link) => `有人請求用此信箱訂閱通訊，而此信箱已在接收我們的每月通訊，訂閱狀態沒有變化。\n如需取消訂閱：\n${link}`,
    },
  },
};

export interface NewsletterMailOptions {
  to: string;
  locale: Locale;
  mail: NewsletterMail;
  /** The confirmation token for `confirm`, else the unsubscribe token. */
  token: string;
  /** The origin the mail's link points to. */
  origin: string;
  at: string;
}

/** Records the e-mail a real server would send about a subscription (see `GET /__mock/mail`). */
export function sendNewsletterMail(data: StoreData, options: NewsletterMailOptions): void {
  const { to, locale, mail, token, origin, at } = options;
  const page = mail === 'confirm' ? 'confirm' : 'unsubscribe';
  const link = `${origin}/newsletter/${page}?token=${encodeURIComponent(token)}`;
  const letter = MAIL[locale][mail];
  sendMail(data, {
    to,
    kind: mail === 'confirm' ? 'newsletter_confirmation' : 'newsletter_subscribed',
    subject: letter.subject,
    text: letter.text(link),
    token,
    at,
  });
}
