import type { Survey, SurveyAnswer, SurveyQuestion } from '@ngo-kit/sdk/schemas';
import { SurveyAnswerSchema } from '@ngo-kit/sdk/validators';

/** Question id to answer, as the API takes them; an empty text or selection is no answer. */
export type Answers = Readonly<Record<string, SurveyAnswer>>;

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
  const checked = SurveyAnswerSchema['~standard'].validate(answer);
  return 'issues' in checked && checked.issues ? ['invalid'] : undefined;
}

/** Whether an answer says something: text of spaces alone does not (it is kept while typing, but never sent). */
export function isAnswered(answer: SurveyAnswer | undefined): answer is SurveyAnswer {
  return answer !== undefined && (answer.type !== 'free_text' || answer.value.trim() !== '');
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

/**
 * `answers` with the answer to `question` set from the control a person
 * just changed (in the Likert row of `statement`); an emptied text or
 * selection removes the answer.
 */
export function answerFrom(
  question: SurveyQuestion,
  control: HTMLInputElement | HTMLTextAreaElement,
  statement: string | undefined,
  answers: Answers,
): Answers {
  const { [question.id]: previous, ...others } = answers;
  let answer: SurveyAnswer | undefined;
  switch (question.type) {
    case 'nps':
    case 'csat':
      answer = { type: question.type, value: Number(control.value) };
      break;
    case 'single_choice':
      answer = { type: question.type, value: control.value };
      break;
    case 'likert': {
      const scores = previous?.type === 'likert' ? previous.value : {};
      answer = { type: question.type, value: { ...scores, [statement ?? '']: Number(control.value) } };
      break;
    }
    case 'multiple_choice': {
      const chosen = new Set(previous?.type === 'multiple_choice' ? previous.value : []);
      if ((control as HTMLInputElement).checked) chosen.add(control.value);
      else chosen.delete(control.value);
      const value = question.options.filter(({ id }) => chosen.has(id)).map(({ id }) => id);
      if (value.length > 0) answer = { type: question.type, value };
      break;
    }
    case 'free_text':
      // kept as typed, spaces too: the box shows what the state holds, so trimming here would move the caret
      if (control.value !== '') answer = { type: question.type, value: control.value };
      break;
  }
  return answer ? { ...others, [question.id]: answer } : others;
}

/** The answers of `survey` kept in a draft, dropping any that no longer fit its questions (the survey changed). */
export function answersFor(survey: Survey, kept: unknown): Answers {
  const answers: Record<string, SurveyAnswer> = {};
  if (typeof kept !== 'object' || kept === null) return answers;
  for (const question of survey.questions) {
    const answer = (kept as Record<string, SurveyAnswer | undefined>)[question.id];
    if (answer?.type === question.type && problemOf({ ...question, required: false }, answer)?.[0] !== 'invalid') {
      answers[question.id] = answer;
    }
  }
  return answers;
}
