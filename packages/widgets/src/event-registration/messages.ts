import type { RegistrationRole } from '@ngo-kit/sdk/schemas';
import type { Catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

export interface EventRegistrationMessages {
  /** Names the form for assistive technology. */
  label: string;
  loading: string;
  notFound: string;
  online: string;
  /** The reader's own clock beside the event's, e.g. "(08:00–11:00 your time)". */
  yourTime: string;
  placesLeft: Plural;
  full: string;
  closedCancelled: string;
  /** `{date}` is when registration closed. */
  closedDeadline: string;
  /** The API refused a registration because registration closed after the form was shown. */
  closedMeanwhile: string;
  name: string;
  email: string;
  emailHint: string;
  phone: string;
  phoneHint: string;
  role: string;
  roles: Record<RegistrationRole, string>;
  /** A question of the event that may be left unanswered; `{prompt}` is the question. */
  optionalQuestion: string;
  /** The empty first choice of a question with options. */
  chooseOne: string;
  consent: string;
  submit: string;
  submitWaitlist: string;
  alreadyRegistered: string;
  confirmed: string;
  /** `{position}` is the place in the waiting list, 1 for the next to move up. */
  waitlisted: string;
  /** `{email}` is where the confirmation went. */
  mailSent: string;
  addToCalendar: string;
  join: string;
  cancel: string;
}

export const eventRegistrationMessages: Catalog<EventRegistrationMessages> = {
  en: {
    label: 'Registration',
    loading: 'Loading the event…',
    notFound: 'This event could not be found. It may have been removed.',
    online: 'Online',
    yourTime: '({time} your time)',
    placesLeft: { one: '{count} place left', other: '{count} places left' },
    full: 'This event is full. You can still register: you will join the waiting list and hear from us when a place frees up.',
    closedCancelled: 'This event has been cancelled, so registration is closed.',
    closedDeadline: 'Registration for this event closed on {date}.',
    closedMeanwhile: 'Registration for this event has closed in the meantime, so this registration could not be taken.',
    name: 'Your name',
    email: 'Email',
    emailHint: 'We send the confirmation and your cancellation link here.',
    phone: 'Phone (optional)',
    phoneHint: 'Only to reach you about this event, e.g. +49 30 1234567.',
    role: 'I am coming as',
    roles: { attendee: 'A participant', volunteer: 'A volunteer, to help out' },
    optionalQuestion: '{prompt} (optional)',
    chooseOne: 'Choose…',
    consent: 'I agree that the organisers keep these details to manage my registration.',
    submit: 'Register',
    submitWaitlist: 'Join the waiting list',
    alreadyRegistered: 'This email address is already registered for this event. The email we sent you has a link to cancel.',
    confirmed: 'You are registered: your place is confirmed.',
    waitlisted: 'You are on the waiting list, number {position}. We will email you if a place frees up.',
    mailSent: 'We have sent the details to {email}.',
    addToCalendar: 'Add to calendar',
    join: 'Join online',
    cancel: 'Cannot come? Cancel your registration',
  },
  'zh-CN': {
    label: '报名',
    loading: '正在加载活动…',
    notFound: '找不到这个活动，可能已被删除。',
    online: '线上',
    yourTime: '（您当地时间 {time}）',
    placesLeft: { other: '尚余 {count} 个名额' },
    full: '本活动名额已满。您仍可报名，我们会将您列入候补名单，有名额空出时会通知您。',
    closedCancelled: '本活动已取消，报名已截止。',
    closedDeadline: '本活动已于 {date} 截止报名。',
    closedMeanwhile: '本活动刚刚截止报名，此次报名未能提交。',
    name: '姓名',
    email: '电子邮箱',
    emailHint: '报名确认和取消链接将发送到此邮箱。',
    phone: '电话（选填）',
    phoneHint: '仅用于就本活动联系您，例如 +86 21 12345678。',
    role: '参加身份',
    roles: { attendee: '参加者', volunteer: '志愿者（协助活动）' },
    optionalQuestion: '{prompt}（选填）',
    chooseOne: '请选择…',
    consent: '我同意主办方保存以上信息，用于处理我的报名。',
    submit: '报名',
    submitWaitlist: '加入候补名单',
    alreadyRegistered: '此电子邮箱已报名本活动。我们发给您的邮件中附有取消报名的链接。',
    confirmed: '报名成功，您的名额已确认。',
    waitlisted: '您已进入候补名单，排在第 {position} 位。有名额空出时我们会发邮件通知您。',
    mailSent: '详细信息已发送至 {email}。',
    addToCalendar: '添加到日历',
    join: '进入线上活动',
    cancel: '无法参加？取消报名',
  },
  'zh-TW': {
    label: '報名',
    loading: '正在載入活動…',
    notFound: '找不到這個活動，可能已被刪除。',
    online: '線上',
    yourTime: '（您當地時間 {time}）',
    placesLeft: { other: '尚餘 {count} 個名額' },
    full: '本活動名額已滿。您仍可報名，我們會將您列入候補名單，有名額釋出時會通知您。',
    closedCancelled: '本活動已取消，報名已截止。',
    closedDeadline: '本活動已於 {date} 截止報名。',
    closedMeanwhile: '本活動剛剛截止報名，這次報名未能送出。',
    name: '姓名',
    email: '電子郵件',
    emailHint: '報名確認信和取消連結會寄到這個信箱。',
    phone: '電話（選填）',
    phoneHint: '僅用於就本活動與您聯絡，例如 +886 2 1234 5678。',
    role: '參加身分',
    roles: { attendee: '參加者', volunteer: '志工（協助活動）' },
    optionalQuestion: '{prompt}（選填）',
    chooseOne: '請選擇…',
    consent: '我同意主辦單位保存以上資料，用於處理我的報名。',
    submit: '報名',
    submitWaitlist: '加入候補名單',
    alreadyRegistered: '這個電子郵件已報名本活動。我們寄給您的信中附有取消報名的連結。',
    confirmed: '報名成功，您的名額已確認。',
    waitlisted: '您已列入候補名單，排在第 {position} 位。有名額釋出時我們會寄信通知您。',
    mailSent: '詳細資訊已寄至 {email}。',
    addToCalendar: '加入行事曆',
    join: '進入線上活動',
    cancel: '無法參加？取消報名',
  },
};
