import type { RegistrationDialogMessages } from './dialog-messages.js';

/** Traditional Chinese for `registrationDialogMessages`: a module of its own, loaded when a widget speaks it. */
export const registrationDialogZhHant: RegistrationDialogMessages = { dialogTitle: '報名：{title}', loadingForm: '正在載入報名表' };
