import { catalog } from '../i18n/catalog.js';
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

export const surveyMessages = catalog<SurveyMessages>(
  {
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
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).surveyZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).surveyZhHant,
  },
);
