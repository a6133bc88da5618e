import type { MemberRole } from '@ngo-kit/sdk/schemas';
import { catalog } from '../i18n/catalog.js';
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

export const signupFormMessages = catalog<SignupFormMessages>(
  {
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
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).signupFormZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).signupFormZhHant,
  },
);
