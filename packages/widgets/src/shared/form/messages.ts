import { catalog } from '../../i18n/catalog.js';
import type { Plural } from '../../i18n/messages.js';

/**
 * The texts of forms: messages next to fields, and the summary announced when
 * sending fails. A catalog of their own rather than a group of the shared
 * texts, so that a widget without a form in its first download (the
 * calendar, whose registration form loads on demand; the event list) does not
 * carry them: they come with `shared/form`, which imports them.
 */
export interface FormMessages {
  required: string;
  tooShort: Plural;
  tooLong: Plural;
  /** `{min}`: the smallest number allowed. */
  tooSmall: string;
  /** `{max}`: the largest number allowed. */
  tooBig: string;
  email: string;
  url: string;
  mustAccept: string;
  choose: string;
  chooseAtLeast: Plural;
  invalid: string;
  /** Announced through the live region when fields need attention. */
  summary: Plural;
  sending: string;
  /** The label of the field that people never see, for bots to fill in. */
  honeypot: string;
}

/** Read them with `localizer.text(formMessages)`. */
export const formMessages = catalog<FormMessages>(
  {
    required: 'Please fill this in.',
    tooShort: { one: 'Use at least {count} character.', other: 'Use at least {count} characters.' },
    tooLong: { one: 'Use at most {count} character.', other: 'Use at most {count} characters.' },
    tooSmall: 'Enter {min} or more.',
    tooBig: 'Enter {max} or less.',
    email: 'Enter an email address such as name@example.org.',
    url: 'Enter a web address that starts with https://.',
    mustAccept: 'Please tick this box to continue.',
    choose: 'Choose one of the options.',
    chooseAtLeast: { one: 'Choose at least {count} option.', other: 'Choose at least {count} options.' },
    invalid: 'This is not valid. Please check it.',
    summary: { one: '{count} field needs your attention.', other: '{count} fields need your attention.' },
    sending: 'Sending…',
    honeypot: 'Leave this field empty',
  },
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).formZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).formZhHant,
  },
);
