import type { Catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

/** The five points of a CSAT question, from 1 (very dissatisfied) to 5 (very satisfied). */
type CsatLabels = readonly [string, string, string, string, string];

export interface SurveyMessages {
  /** Names the placeholder while the survey loads. */
  label: string;
  loading: string;
  /** Marks a question that must be answered; part of its name for screen readers. */
  required: string;
  /** Paging one question at a time: `{current}` and `{total}`. */
  progressOne: string;
  /** All questions at once: `{answered}` of `{count}` questions. */
  progressAll: Plural;
  back: string;
  next: string;
  submit: string;
  csat: CsatLabels;
  /** Under a free-text answer: `{used}` characters of `{count}` allowed. */
  characters: Plural;
  /** The hint of a multiple-choice question: at most `{count}`. */
  chooseUpTo: Plural;
  /** The hint of a multiple-choice question: from `{min}` to `{max}`. */
  chooseBetween: string;
  answerRequired: string;
  rateEvery: string;
  chooseAtMost: Plural;
  /** Announced when questions need attention. */
  summary: Plural;
  thanks: string;
  /** `{date}`: the day the response was sent, e.g. "Nov 3". */
  answered: string;
  /** When the API refused a second response and this browser did not keep the day of the first. */
  answeredBefore: string;
  /** `{date}`: the day the survey closed. */
  closed: string;
  /** `{date}`: the day the survey opens. */
  upcoming: string;
  notFound: string;
  noneOpen: string;
}

export const surveyMessages: Catalog<SurveyMessages> = {
  en: {
    label: 'Satisfaction survey',
    loading: 'Loading the survey…',
    required: 'required',
    progressOne: 'Question {current} of {total}',
    progressAll: { one: '{answered} of {count} question answered', other: '{answered} of {count} questions answered' },
    back: 'Back',
    next: 'Next',
    submit: 'Send my answers',
    csat: ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'],
    characters: { one: '{used} of {count} character', other: '{used} of {count} characters' },
    chooseUpTo: { one: 'Choose up to {count} option.', other: 'Choose up to {count} options.' },
    chooseBetween: 'Choose {min} to {max} options.',
    answerRequired: 'Please answer this question.',
    rateEvery: 'Please answer for every statement.',
    chooseAtMost: { one: 'Choose at most {count} option.', other: 'Choose at most {count} options.' },
    summary: { one: '{count} question needs your attention.', other: '{count} questions need your attention.' },
    thanks: 'Thank you! Your answers have been sent.',
    answered: 'You already answered this survey on {date}. Thank you!',
    answeredBefore: 'You have already answered this survey. Thank you!',
    closed: 'This survey closed on {date}. Thank you for your interest.',
    upcoming: 'This survey opens on {date}. Please come back then.',
    notFound: 'This survey could not be found. It may have been removed.',
    noneOpen: 'There is no survey open right now. Thank you for your interest!',
  },
  'zh-CN': {
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
  },
  'zh-TW': {
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
  },
};
