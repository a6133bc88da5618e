import type * as z from 'zod/mini';
import { nps, satisfaction } from '@ngo-kit/sdk';
import type { SurveyAnswer, SurveyQuestionResultSchema, SurveyResultsSchema } from '@ngo-kit/sdk/schemas';
import { isAnswered, type SurveyQuestionRecord } from './answers.js';
import type { SurveyRecord, SurveyResponseRecord } from './data.js';

type SurveyResults = z.input<typeof SurveyResultsSchema>;
type QuestionResult = z.input<typeof SurveyQuestionResultSchema>;
type Counts = Record<string, number>;

/**
 * The tallies of a survey over its complete responses; drafts are only
 * counted as `incomplete`. The satisfaction rate pools the answers of every
 * CSAT question and the NPS those of every NPS question, as the KPI does.
 */
export function surveyResults(survey: SurveyRecord, responses: readonly SurveyResponseRecord[]): SurveyResults {
  const own = responses.filter((response) => response.surveyId === survey.id);
  const complete = own.filter((response) => response.complete);
  const answersTo = (question: SurveyQuestionRecord): SurveyAnswer[] =>
    complete.map((response) => response.answers[question.id]).filter((answer) => isAnswered(answer));
  const questions = survey.questions.map((question) => tally(question, answersTo(question)));
  return {
    surveyId: survey.id,
    responses: complete.length,
    incomplete: own.length - complete.length,
    satisfactionRate: satisfaction(scoresOf(survey, complete, 'csat')),
    nps: nps(scoresOf(survey, complete, 'nps')),
    questions,
  };
}

/** Every score given to the survey's questions of one type, for the KPIs. */
export function scoresOf(
  survey: SurveyRecord,
  responses: readonly SurveyResponseRecord[],
  type: 'csat' | 'nps',
): number[] {
  const ids = survey.questions.filter((question) => question.type === type).map((question) => question.id);
  return responses.flatMap((response) =>
    ids.flatMap((id) => {
      const answer = response.answers[id];
      return answer?.type === type ? [answer.value] : [];
    }),
  );
}

function tally(question: SurveyQuestionRecord, answers: readonly SurveyAnswer[]): QuestionResult {
  const base = { questionId: question.id, answered: answers.length };
  switch (question.type) {
    case 'nps': {
      const values = scores(answers);
      return { ...base, type: 'nps', score: nps(values), counts: countScores(values, 0, 10) };
    }
    case 'csat': {
      const values = scores(answers);
      return {
        ...base,
        type: 'csat',
        satisfactionRate: satisfaction(values),
        average: average(values),
        counts: countScores(values, 1, 5),
      };
    }
    case 'likert':
      return {
        ...base,
        type: 'likert',
        statements: question.statements.map((statement) => {
          const values = answers.flatMap((answer) => {
            const score = answer.type === 'likert' ? answer.value[statement.id] : undefined;
            return score === undefined ? [] : [score];
          });
          return { statementId: statement.id, average: average(values), counts: countScores(values, 1, 5) };
        }),
      };
    case 'single_choice':
    case 'multiple_choice':
      return { ...base, type: question.type, counts: countOptions(question.options, answers) };
    case 'free_text':
      return { ...base, type: 'free_text', answers: answers.flatMap((answer) => (answer.type === 'free_text' ? [answer.value] : [])) };
  }
}

function scores(answers: readonly SurveyAnswer[]): number[] {
  return answers.flatMap((answer) => (answer.type === 'nps' || answer.type === 'csat' ? [answer.value] : []));
}

/** Every score of the scale is a key, so that a chart shows the scores nobody gave. */
function countScores(values: readonly number[], lowest: number, highest: number): Counts {
  const counts: Counts = {};
  for (let score = lowest; score <= highest; score += 1) counts[String(score)] = 0;
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
}

function countOptions(options: readonly { id: string }[], answers: readonly SurveyAnswer[]): Counts {
  const counts: Counts = Object.fromEntries(options.map((option) => [option.id, 0]));
  for (const answer of answers) {
    const chosen = answer.type === 'single_choice' ? [answer.value] : answer.type === 'multiple_choice' ? answer.value : [];
    for (const id of chosen) counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}
