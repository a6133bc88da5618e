import { catalog } from '../i18n/catalog.js';

/**
 * The texts of the registration dialog's frame. They live apart from the
 * registration's own catalog, which comes with the form in its lazily loaded
 * chunk: the frame shows (titled, with its loading or error state) before that.
 */
export interface RegistrationDialogMessages {
  /** The dialog's heading; `{title}` is the event's title. */
  dialogTitle: string;
  /** Names the placeholder shown while the form loads. */
  loadingForm: string;
}

export const registrationDialogMessages = catalog<RegistrationDialogMessages>(
  { dialogTitle: 'Register: {title}', loadingForm: 'Loading the registration form' },
  {
    'zh-CN': async () => (await import('./dialog-messages.zh-hans.js')).registrationDialogZhHans,
    'zh-TW': async () => (await import('./dialog-messages.zh-hant.js')).registrationDialogZhHant,
  },
);
