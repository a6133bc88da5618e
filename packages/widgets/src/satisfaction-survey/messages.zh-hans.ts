import type { SurveyMessages } from './messages.js';

/** Simplified Chinese for `surveyMessages`: a module of its own, loaded when a widget speaks it. */
export const surveyZhHans: SurveyMessages = {
  label: '满意度调查',
  loading: '正在加载问卷…',
  required: '必答',
  progressOne: '第 {current} 题，共 {total} 题',
  progressAll: { other: '已回答 {answered} 题，共 {count} 题' },
  back: '上一题',
  next: '下一题',
  submit: '提交问卷',
  csat: ['非常不满意', '不满意', '一般', '满意', '非常满意'],
  characters: { other: '已输入 {used} 字，最多 {count} 字' },
  chooseUpTo: { other: '最多可选 {count} 项。' },
  chooseBetween: '请选择 {min} 至 {max} 项。',
  answerRequired: '请回答此题。',
  rateEvery: '请对每一项陈述作出选择。',
  chooseAtMost: { other: '最多只能选 {count} 项。' },
  summary: { other: '有 {count} 道题需要您留意。' },
  thanks: '谢谢您！您的回答已提交。',
  answered: '您已于{date}填写过本问卷，谢谢！',
  answeredBefore: '您已填写过本问卷，谢谢！',
  closed: '本问卷已于{date}截止，感谢您的关注。',
  upcoming: '本问卷将于{date}开放，届时欢迎参与。',
  notFound: '找不到这份问卷，它可能已被删除。',
  noneOpen: '目前没有进行中的问卷，感谢您的关注！',
};
