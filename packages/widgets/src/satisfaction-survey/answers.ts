import type { Survey, SurveyAnswer, SurveyQuestion } from '@ngo-kit/sdk/schemas';
import { SurveyAnswerSchema } from '@ngo-kit/sdk/validators';

/** Question id to answer, as the API takes them; an empty text or selection is no answer. */
export type Answers = Readonly<Record<string, SurveyAnswer>>;

/** Whether an answer says something: text of spaces alone does not (it is kept while typing, but never sent). */
export function isAnswered(answer: SurveyAnswer | undefined): answer is SurveyAnswer {
  return answer !== undefined && (answer.type !== 'free_text' || answer.value.trim() !== '');
}

/** Whether the SDK's answer schema takes `answer` as the API would. */
export function isValid(answer: SurveyAnswer): boolean {
  const checked = SurveyAnswerSchema['~standard'].validate(answer);
  return !('issues' in checked && checked.issues);
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

/**
 * The answers of `survey` kept in a draft, dropping any that no longer fit
 * its questions (the survey changed) or that the SDK's answer schema refuses.
 */
export function answersFor(survey: Survey, kept: unknown): Answers {
  const answers: Record<string, SurveyAnswer> = {};
  if (typeof kept !== 'object' || kept === null) return answers;
  for (const question of survey.questions) {
    const answer = (kept as Record<string, SurveyAnswer | undefined>)[question.id];
    if (answer?.type === question.type && (!isAnswered(answer) || isValid(answer))) {
      answers[question.id] = answer;
    }
  }
  return answers;
}
