import type { MemberRole } from '@ngo-kit/sdk/schemas';
import type { Catalog } from '../i18n/catalog.js';
import type { SignupInterest } from './interests.js';

export interface SignupFormMessages {
  /** The form's accessible name. */
  label: string;
  roles: string;
  rolesHint: string;
  roleNames: Record<MemberRole, string>;
  name: string;
  email: string;
  emailHint: string;
  interests: string;
  interestsHint: string;
  interestNames: Record<SignupInterest, string>;
  language: string;
  newsletter: string;
  /** `{policy}`: the policy's name, a link when the page gives its address. */
  consent: string;
  policy: string;
  /** Read after the policy's name when the link opens in a new tab. */
  newTab: string;
  submit: string;
  sentTitle: string;
  /** `{email}`: the address the confirmation went to. */
  sent: string;
  sentHint: string;
  /** Opens the code form for someone who signed up earlier and has the e-mail. */
  haveCode: string;
  codeIntro: string;
  backToSignup: string;
  code: string;
  codeHint: string;
  confirm: string;
  /** The mailed code is unknown or used. */
  codeUnknown: string;
  confirmedTitle: string;
  /** `{name}`: the new member's name, as they typed it. */
  confirmed: string;
  alreadyMember: string;
  signIn: string;
  another: string;
}

export const signupFormMessages: Catalog<SignupFormMessages> = {
  en: {
    label: 'Join us',
    roles: 'I would like to join as',
    rolesHint: 'Choose one or more.',
    roleNames: { member: 'Member', volunteer: 'Volunteer', donor: 'Donor' },
    name: 'Your name',
    email: 'Email',
    emailHint: 'We will send you an email to confirm this address.',
    interests: 'What interests you?',
    interestsHint: 'Optional: choose as many as you like.',
    interestNames: {
      environment: 'Environment',
      education: 'Education',
      'elderly-care': 'Care for older people',
      fundraising: 'Fundraising',
      events: 'Events',
      youth: 'Young people',
      sports: 'Sports',
      crafts: 'Crafts',
      translation: 'Translation',
      photography: 'Photography',
      cooking: 'Cooking',
      'digital-skills': 'Digital skills',
    },
    language: 'Preferred language',
    newsletter: 'Send me the monthly newsletter',
    consent: 'I agree to the {policy}.',
    policy: 'privacy policy',
    newTab: '(opens in a new tab)',
    submit: 'Sign up',
    sentTitle: 'Almost done: please confirm your email address.',
    sent: 'Check your inbox at {email} to confirm.',
    sentHint: 'Nothing there after a few minutes? Look in your spam folder, or sign up again to get a new email.',
    haveCode: 'Signed up already? Enter your confirmation code',
    codeIntro: 'Enter the confirmation code from the email we sent you.',
    backToSignup: 'Back to the signup form',
    code: 'Confirmation code',
    codeHint: 'You can also paste the code from the email here.',
    confirm: 'Confirm',
    codeUnknown: 'This code is unknown or has already been used. Check the email, or sign up again to get a new code.',
    confirmedTitle: 'Your email address is confirmed.',
    confirmed: 'Welcome, {name}! We are glad you are with us.',
    alreadyMember: 'Good news: this email address already belongs to a member, so you are with us already.',
    signIn: 'Sign in to the member portal',
    another: 'Sign up someone else',
  },
  'zh-CN': {
    label: '加入我们',
    roles: '我希望成为',
    rolesHint: '可多选。',
    roleNames: { member: '会员', volunteer: '志愿者', donor: '捐赠人' },
    name: '姓名',
    email: '电子邮箱',
    emailHint: '我们会发送一封邮件，请您确认此邮箱地址。',
    interests: '您对哪些方面感兴趣？',
    interestsHint: '选填，可多选。',
    interestNames: {
      environment: '环境保护',
      education: '教育',
      'elderly-care': '长者关怀',
      fundraising: '筹款',
      events: '活动',
      youth: '青少年',
      sports: '体育运动',
      crafts: '手工',
      translation: '翻译',
      photography: '摄影',
      cooking: '烹饪',
      'digital-skills': '数字技能',
    },
    language: '偏好语言',
    newsletter: '订阅每月通讯',
    consent: '我已阅读并同意{policy}。',
    policy: '隐私政策',
    newTab: '（在新标签页中打开）',
    submit: '注册',
    sentTitle: '还差一步：请确认您的邮箱地址。',
    sent: '请查看 {email} 的收件箱并完成确认。',
    sentHint: '几分钟后仍未收到？请查看垃圾邮件文件夹，或重新注册以获取新邮件。',
    haveCode: '已经注册过？输入确认码',
    codeIntro: '请输入我们发送给您的邮件中的确认码。',
    backToSignup: '返回注册表单',
    code: '确认码',
    codeHint: '您也可以把邮件中的确认码粘贴到这里。',
    confirm: '确认',
    codeUnknown: '此确认码无效或已被使用。请核对邮件，或重新注册以获取新的确认码。',
    confirmedTitle: '您的邮箱地址已确认。',
    confirmed: '欢迎您，{name}！很高兴您加入我们。',
    alreadyMember: '好消息：这个邮箱地址已经是会员了，您早已是我们的一员。',
    signIn: '登录会员中心',
    another: '为其他人注册',
  },
  'zh-TW': {
    label: '加入我們',
    roles: '我希望成為',
    rolesHint: '可複選。',
    roleNames: { member: '會員', volunteer: '志工', donor: '捐款人' },
    name: '姓名',
    email: '電子郵件',
    emailHint: '我們會寄送一封郵件，請您確認此電子郵件地址。',
    interests: '您對哪些方面感興趣？',
    interestsHint: '選填，可複選。',
    interestNames: {
      environment: '環境保護',
      education: '教育',
      'elderly-care': '長者關懷',
      fundraising: '募款',
      events: '活動',
      youth: '青少年',
      sports: '體育運動',
      crafts: '手作',
      translation: '翻譯',
      photography: '攝影',
      cooking: '烹飪',
      'digital-skills': '數位技能',
    },
    language: '偏好語言',
    newsletter: '訂閱每月電子報',
    consent: '我已閱讀並同意{policy}。',
    policy: '隱私權政策',
    newTab: '（在新分頁中開啟）',
    submit: '註冊',
    sentTitle: '還差一步：請確認您的電子郵件地址。',
    sent: '請查看 {email} 的收件匣並完成確認。',
    sentHint: '幾分鐘後仍未收到？請查看垃圾郵件資料夾，或重新註冊以取得新郵件。',
    haveCode: '已經註冊過？輸入確認碼',
    codeIntro: '請輸入我們寄給您的郵件中的確認碼。',
    backToSignup: '返回註冊表單',
    code: '確認碼',
    codeHint: '您也可以將郵件中的確認碼貼到這裡。',
    confirm: '確認',
    codeUnknown: '此確認碼無效或已使用過。請核對郵件，或重新註冊以取得新的確認碼。',
    confirmedTitle: '您的電子郵件地址已確認。',
    confirmed: '歡迎您，{name}！很高興您加入我們。',
    alreadyMember: '好消息：這個電子郵件地址已經是會員了，您早已是我們的一份子。',
    signIn: '登入會員專區',
    another: '為其他人註冊',
  },
};
