import type { Survey, SurveyAnswer, SurveyQuestion } from '@ngo-kit/sdk/schemas';
import { isAnswered, isValid, type Answers } from './answers.js';

/**
 * What is wrong with the answer to one question, with the number its
 * message needs: `tooFew` and `tooMany` selections, `tooLong` text.
 */
export type Problem = readonly ['required' | 'rateEvery' | 'invalid'] | readonly ['tooFew' | 'tooMany' | 'tooLong', number];

/**
 * Checks an answer the way the API will: the question's own rules (required,
 * every statement of a required grid, the number of selections, the length
 * of the text), then the SDK's answer schema, so that nothing is sent that
 * the API would refuse.
 */
export function problemOf(question: SurveyQuestion, answer: SurveyAnswer | undefined): Problem | undefined {
  if (!isAnswered(answer)) return question.required ? [question.type === 'likert' ? 'rateEvery' : 'required'] : undefined;
  if (question.type === 'likert' && answer.type === 'likert' && question.required && question.statements.some(({ id }) => !(id in answer.value))) {
    return ['rateEvery'];
  }
  if (question.type === 'multiple_choice') {
    const { length } = answer.value as string[];
    if (length < question.minSelections) return ['tooFew', question.minSelections];
    if (length > question.maxSelections) return ['tooMany', question.maxSelections];
  }
  if (question.type === 'free_text' && (answer.value as string).length > question.maxLength) {
    return ['tooLong', question.maxLength];
  }
  return isValid(answer) ? undefined : ['invalid'];
}

/** The answers to send: those of the survey's questions that say something. */
export function answersToSend(survey: Survey, answers: Answers): Answers {
  return Object.fromEntries(survey.questions.flatMap(({ id }) => (isAnswered(answers[id]) ? [[id, answers[id]]] : [])));
}

/** Every question with a problem, by question id, in the survey's order. */
export function problemsOf(questions: readonly SurveyQuestion[], answers: Answers): Map<string, Problem> {
  const problems = new Map<string, Problem>();
  for (const question of questions) {
    const problem = problemOf(question, answers[question.id]);
    if (problem) problems.set(question.id, problem);
  }
  return problems;
}

