import type { RegistrationDialogMessages } from './dialog-messages.js';

/** Simplified Chinese for `registrationDialogMessages`: a module of its own, loaded when a widget speaks it. */
export const registrationDialogZhHans: RegistrationDialogMessages = { dialogTitle: '报名：{title}', loadingForm: '正在加载报名表' };
