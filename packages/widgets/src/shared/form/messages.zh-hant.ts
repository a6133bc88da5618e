import type { FormMessages } from './messages.js';

export const formZhHant: FormMessages = {
  required: '請填寫此欄。',
  tooShort: { other: '請至少輸入 {count} 個字元。' },
  tooLong: { other: '最多可輸入 {count} 個字元。' },
  tooSmall: '請輸入不小於 {min} 的數字。',
  tooBig: '請輸入不大於 {max} 的數字。',
  email: '請輸入電子郵件地址，例如 name@example.org。',
  url: '請輸入以 https:// 開頭的網址。',
  mustAccept: '請勾選此項以繼續。',
  choose: '請選擇一個選項。',
  chooseAtLeast: { other: '請至少選擇 {count} 項。' },
  invalid: '此欄無效，請檢查。',
  summary: { other: '有 {count} 個欄位需要修改。' },
  sending: '正在傳送…',
  honeypot: '請勿填寫此欄',
};
