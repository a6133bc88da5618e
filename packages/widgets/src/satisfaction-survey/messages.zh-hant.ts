import type { SurveyMessages } from './messages.js';

/** Traditional Chinese for `surveyMessages`: a module of its own, loaded when a widget speaks it. */
export const surveyZhHant: SurveyMessages = {
  label: '滿意度調查',
  loading: '正在載入問卷…',
  required: '必答',
  progressOne: '第 {current} 題，共 {total} 題',
  progressAll: { other: '已回答 {answered} 題，共 {count} 題' },
  back: '上一題',
  next: '下一題',
  submit: '送出問卷',
  csat: ['非常不滿意', '不滿意', '普通', '滿意', '非常滿意'],
  characters: { other: '已輸入 {used} 字，最多 {count} 字' },
  chooseUpTo: { other: '最多可選 {count} 項。' },
  chooseBetween: '請選擇 {min} 至 {max} 項。',
  answerRequired: '請回答此題。',
  rateEvery: '請對每一項陳述作出選擇。',
  chooseAtMost: { other: '最多只能選 {count} 項。' },
  summary: { other: '有 {count} 題需要您留意。' },
  thanks: '謝謝您！您的回答已送出。',
  answered: '您已於{date}填寫過本問卷，謝謝！',
  answeredBefore: '您已填寫過本問卷，謝謝！',
  closed: '本問卷已於{date}截止，感謝您的關注。',
  upcoming: '本問卷將於{date}開放，屆時歡迎參與。',
  notFound: '找不到這份問卷，可能已被刪除。',
  noneOpen: '目前沒有進行中的問卷，感謝您的關注！',
};
