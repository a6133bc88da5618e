import type { Catalog } from '../i18n/catalog.js';

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

export const registrationDialogMessages: Catalog<RegistrationDialogMessages> = {
  en: { dialogTitle: 'Register: {title}', loadingForm: 'Loading the registration form' },
  'zh-CN': { dialogTitle: '报名：{title}', loadingForm: '正在加载报名表' },
  'zh-TW': { dialogTitle: '報名：{title}', loadingForm: '正在載入報名表' },
};
