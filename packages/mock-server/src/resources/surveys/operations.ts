import type * as z from 'zod/mini';
import type { FieldErrors, SurveyResponseSchema, SurveySchema, SurveyStatus } from '@ngo-kit/sdk/schemas';
import type { Caller } from '../../auth.js';
import type { Operation, Operations } from '../../operation.js';
import { pageResponse } from '../../pagination.js';
import { json, problem } from '../../problems.js';
import { nextId, type StoreData } from '../../store.js';
import { answerErrors, completionErrors, type Answers } from './answers.js';
import type { SurveyRecord, SurveyResponseRecord } from './data.js';
import { surveyResults } from './results.js';

/** Surveys newest first (latest `opensAt`), optionally only those of one status at `now`. */
const listSurveys: Operation<'listSurveys'> = ({ query, store, now }) => {
  const surveys = store
    .read()
    .surveys.filter((survey) => !query.status || statusAt(survey, now) === query.status)
    .sort((a, b) => Date.parse(b.opensAt) - Date.parse(a.opensAt) || b.id.localeCompare(a.id));
  return pageResponse(surveys, query, (survey) => presentSurvey(survey, now));
};

const getSurvey: Operation<'getSurvey'> = ({ params, store, now }) => {
  const survey = findSurvey(store.read(), params.id);
  return survey ? json(presentSurvey(survey, now)) : surveyNotFound(params.id);
};

/**
 * Saves a first response, as a draft or complete. The respondent is the
 * signed-in member, else the browser's `anonymousToken`; each may answer a
 * survey once, and a member who also sends a token is refused when that
 * browser has answered already.
 */
const createSurveyResponse: Operation<'createSurveyResponse'> = ({ params, body, caller, store, now }) =>
  store.write((data) => {
    const survey = findSurvey(data, params.id);
    if (!survey) return surveyNotFound(params.id);
    const respondents = respondentsOf(caller, body.anonymousToken);
    if (respondents.length === 0) {
      return problem('validation_failed', {
        message: 'Say who answers: sign in as a member or send the anonymousToken this browser keeps.',
        fieldErrors: { anonymousToken: ['Required without a member token.'] },
      });
    }
    const closed = closedProblem(survey, now);
    if (closed) return closed;
    const earlier = data.surveyResponses.find(
      (response) => response.surveyId === survey.id && respondents.includes(response.respondent),
    );
    if (earlier) {
      return problem('conflict', {
        message: earlier.complete
          ? 'Thank you, you have already answered this survey; a survey takes one response per person.'
          : `You have already started this survey: continue your saved response ${earlier.id} instead of starting again.`,
      });
    }
    const invalid = invalidAnswers(survey, body.answers, body.complete);
    if (invalid) return invalid;
    const at = now.toISOString();
    const [respondent = ''] = respondents;
    const response: SurveyResponseRecord = {
      id: nextId(data, 'rsp'),
      surveyId: survey.id,
      answers: body.answers,
      complete: body.complete,
      createdAt: at,
      updatedAt: at,
      respondent,
      memberId: caller.kind === 'member' ? caller.memberId : null,
    };
    data.surveyResponses.push(response);
    return json(presentResponse(response), { status: 201 });
  });

/**
 * Continues a draft: the answers sent replace those of the same questions and
 * the others are kept. Only the respondent may do it: the same member, or a
 * request carrying the same `anonymousToken`.
 */
const updateSurveyResponse: Operation<'updateSurveyResponse'> = ({ params, body, caller, store, now }) =>
  store.write((data) => {
    const survey = findSurvey(data, params.id);
    if (!survey) return surveyNotFound(params.id);
    const response = data.surveyResponses.find(
      (candidate) => candidate.id === params.responseId && candidate.surveyId === survey.id,
    );
    if (!response) return problem('not_found', { message: `Survey ${survey.id} has no response ${params.responseId}.` });
    if (!respondentsOf(caller, body.anonymousToken).includes(response.respondent)) {
      return problem('forbidden', {
        message: 'Only whoever started this response may continue it: sign in as that member or send the same anonymousToken.',
      });
    }
    if (response.complete) {
      return problem('conflict', { message: 'This response was submitted already; a submitted response cannot change.' });
    }
    const closed = closedProblem(survey, now);
    if (closed) return closed;
    const answers = { ...response.answers, ...body.answers };
    const invalid = invalidAnswers(survey, answers, body.complete);
    if (invalid) return invalid;
    response.answers = answers;
    response.complete = body.complete;
    response.updatedAt = now.toISOString();
    return json(presentResponse(response));
  });

const getSurveyResults: Operation<'getSurveyResults'> = ({ params, store }) => {
  const data = store.read();
  const survey = findSurvey(data, params.id);
  return survey ? json(surveyResults(survey, data.surveyResponses)) : surveyNotFound(params.id);
};

export const surveyOperations = {
  listSurveys,
  getSurvey,
  createSurveyResponse,
  updateSurveyResponse,
  getSurveyResults,
} satisfies Partial<Operations>;

function findSurvey(data: Readonly<StoreData>, id: string | undefined): SurveyRecord | undefined {
  return data.surveys.find((survey) => survey.id === id);
}

function surveyNotFound(id: string | undefined): Response {
  return problem('not_found', { message: `No survey ${id ?? ''}.` });
}

/** Who answers, as stored in `respondent`: the member first, then the browser. */
function respondentsOf(caller: Caller, anonymousToken: string | undefined): string[] {
  const respondents: string[] = [];
  if (caller.kind === 'member') respondents.push(`member:${caller.memberId}`);
  if (anonymousToken !== undefined) respondents.push(`browser:${anonymousToken}`);
  return respondents;
}

/** Responses are taken from `opensAt` (included) until `closesAt` (excluded). */
function statusAt(survey: SurveyRecord, now: Date): SurveyStatus {
  if (now.getTime() < Date.parse(survey.opensAt)) return 'upcoming';
  return now.getTime() < Date.parse(survey.closesAt) ? 'open' : 'closed';
}

function closedProblem(survey: SurveyRecord, now: Date): Response | undefined {
  switch (statusAt(survey, now)) {
    case 'upcoming':
      return problem('unprocessable', { message: `This survey opens at ${survey.opensAt}; come back then.` });
    case 'closed':
      return problem('unprocessable', { message: `This survey closed at ${survey.closesAt}; responses are no longer taken.` });
    case 'open':
      return undefined;
  }
}

function presentSurvey(survey: SurveyRecord, now: Date): z.input<typeof SurveySchema> {
  return { ...survey, status: statusAt(survey, now) };
}

function invalidAnswers(survey: SurveyRecord, answers: Answers, complete: boolean): Response | undefined {
  const errors: FieldErrors = { ...answerErrors(survey, answers) };
  if (complete) {
    for (const [field, messages] of Object.entries(completionErrors(survey, answers))) errors[field] ??= messages;
  }
  if (Object.keys(errors).length === 0) return undefined;
  return problem('validation_failed', {
    message: complete ? 'Some answers are missing or do not fit their questions.' : 'Some answers do not fit their questions.',
    fieldErrors: errors,
  });
}

function presentResponse(response: SurveyResponseRecord): z.input<typeof SurveyResponseSchema> {
  const { respondent: _respondent, memberId: _memberId, ...wire } = response;
  return wire;
}
