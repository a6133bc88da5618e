import type { FieldErrors, SurveyAnswer } from '@ngo-kit/sdk/schemas';
import type { SurveyRecord } from './data.js';

/** One question of a stored survey. */
export type SurveyQuestionRecord = SurveyRecord['questions'][number];

/** Question id to answer, as the contract carries them. */
export type Answers = Record<string, SurveyAnswer>;

/**
 * Checks each answer against its question: the question exists, the answer
 * has its type, chosen options and rated statements exist, selections and
 * text fit the question's limits. The request schema already checked the
 * values on their own (scores in range, strings short enough for any question).
 * Field errors are keyed `answers.<questionId>`.
 */
export function answerErrors(survey: SurveyRecord, answers: Answers): FieldErrors {
  const errors: FieldErrors = {};
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = survey.questions.find((candidate) => candidate.id === questionId);
    const message = question ? mismatch(question, answer) : 'This survey has no such question.';
    if (message !== undefined) errors[`answers.${questionId}`] = [message];
  }
  return errors;
}

/**
 * What stops a response from being submitted: a required question without an
 * answer, a required Likert grid with statements left unrated, or fewer
 * selections than a multiple-choice question asks for. Drafts skip this.
 */
export function completionErrors(survey: SurveyRecord, answers: Answers): FieldErrors {
  const errors: FieldErrors = {};
  for (const question of survey.questions) {
    const message = incompleteness(question, answers[question.id]);
    if (message !== undefined) errors[`answers.${question.id}`] = [message];
  }
  return errors;
}

/** Whether an answer says something: an empty text or an empty selection does not. */
export function isAnswered(answer: SurveyAnswer | undefined): answer is SurveyAnswer {
  if (answer === undefined) return false;
  switch (answer.type) {
    case 'free_text':
      return answer.value !== '';
    case 'multiple_choice':
      return answer.value.length > 0;
    case 'likert':
      return Object.keys(answer.value).length > 0;
    default:
      return true;
  }
}

function mismatch(question: SurveyQuestionRecord, answer: SurveyAnswer): string | undefined {
  const wrongType = `This question takes a ${question.type} answer, not ${answer.type}.`;
  switch (question.type) {
    case 'nps':
    case 'csat':
      return answer.type === question.type ? undefined : wrongType;
    case 'likert': {
      if (answer.type !== 'likert') return wrongType;
      const unknown = Object.keys(answer.value).filter((id) => !question.statements.some((statement) => statement.id === id));
      return unknown.length > 0 ? `No such statement: ${unknown.join(', ')}.` : undefined;
    }
    case 'single_choice': {
      if (answer.type !== 'single_choice') return wrongType;
      return question.options.some((option) => option.id === answer.value) ? undefined : `No such option: ${answer.value}.`;
    }
    case 'multiple_choice': {
      if (answer.type !== 'multiple_choice') return wrongType;
      const unknown = answer.value.filter((id) => !question.options.some((option) => option.id === id));
      if (unknown.length > 0) return `No such option: ${unknown.join(', ')}.`;
      if (new Set(answer.value).size !== answer.value.length) return 'Choose each option at most once.';
      if (answer.value.length > question.maxSelections) return `Choose at most ${question.maxSelections}.`;
      return undefined;
    }
    case 'free_text': {
      if (answer.type !== 'free_text') return wrongType;
      // UTF-16 units, as the maxlength of the widget's textarea counts them
      const { length } = answer.value;
      return length > question.maxLength ? `Write at most ${question.maxLength} characters (this has ${length}).` : undefined;
    }
  }
}

function incompleteness(question: SurveyQuestionRecord, answer: SurveyAnswer | undefined): string | undefined {
  if (!isAnswered(answer)) return question.required ? 'This question is required.' : undefined;
  if (question.type === 'likert' && answer.type === 'likert' && question.required) {
    const rated = question.statements.filter((statement) => answer.value[statement.id] !== undefined).length;
    if (rated < question.statements.length) return 'Rate every statement.';
  }
  if (question.type === 'multiple_choice' && answer.type === 'multiple_choice' && answer.value.length < question.minSelections) {
    return `Choose at least ${question.minSelections}.`;
  }
  return undefined;
}
