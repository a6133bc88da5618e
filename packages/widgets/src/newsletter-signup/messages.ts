import { catalog } from '../i18n/catalog.js';
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

export const newsletterSignupMessages = catalog<NewsletterSignupMessages>(
  {
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
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).newsletterSignupZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).newsletterSignupZhHant,
  },
);
