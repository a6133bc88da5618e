import type { FormMessages } from './messages.js';

export const formZhHans: FormMessages = {
  required: '请填写此项。',
  tooShort: { other: '请至少输入 {count} 个字符。' },
  tooLong: { other: '最多可输入 {count} 个字符。' },
  tooSmall: '请输入不小于 {min} 的数字。',
  tooBig: '请输入不大于 {max} 的数字。',
  email: '请输入电子邮件地址，例如 name@example.org。',
  url: '请输入以 https:// 开头的网址。',
  mustAccept: '请勾选此项以继续。',
  choose: '请选择一个选项。',
  chooseAtLeast: { other: '请至少选择 {count} 项。' },
  invalid: '此项无效，请检查。',
  summary: { other: '有 {count} 个字段需要修改。' },
  sending: '正在发送…',
  honeypot: '请勿填写此栏',
};
