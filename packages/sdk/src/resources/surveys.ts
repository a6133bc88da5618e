import { SurveyListParamsEncoder, SurveyPageSchema, SurveyResponseInputSchema, SurveyResponseSchema, SurveySchema } from '../validators/validators.js';
import type { RequestOptions, WriteOptions } from '../http.js';
import type { Page } from '../schemas/common.js';
import type { Survey, SurveyListParams, SurveyResponse, SurveyResponseInput } from '../schemas/surveys.js';
import { path } from './path.js';
import { Resource } from './resource.js';

/**
 * Satisfaction surveys: `client.surveys`.
 *
 * @example
 * ```ts
 * const survey = await client.surveys.retrieve('srv_2026h2');
 * const { items: [current] } = await client.surveys.list({ status: 'open', limit: 1 });
 * const draft = await client.surveys.respond(survey.id, { answers: { q1: { type: 'nps', value: 9 } }, complete: false, anonymousToken });
 * await client.surveys.update(survey.id, draft.id, { answers: { q2: { type: 'csat', value: 5 } }, complete: true, anonymousToken });
 * ```
 */
export class SurveysResource extends Resource {
  /** One page of surveys, newest first; `{ status: 'open' }` for those taking responses now. */
  list(params: SurveyListParams = {}, options: RequestOptions = {}): Promise<Page<Survey>> {
    const query = { schema: SurveyListParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/surveys', query, response: SurveyPageSchema, ...options });
  }

  /** A survey and its questions. */
  retrieve(id: string, options: RequestOptions = {}): Promise<Survey> {
    return this.http.send({ method: 'GET', path: path`v1/surveys/${id}`, response: SurveySchema, ...options });
  }

  /**
   * Answers a survey, as a draft (`complete: false`) or for good. With a
   * member token set the member answers as themselves, so that they answer
   * once whatever device they use; without one, `anonymousToken` says who.
   */
  respond(id: string, input: SurveyResponseInput, options: WriteOptions = {}): Promise<SurveyResponse> {
    const body = { schema: SurveyResponseInputSchema, input };
    const response = SurveyResponseSchema;
    return this.http.send({ method: 'POST', path: path`v1/surveys/${id}/responses`, body, response, credential: 'member', ...options });
  }

  /** Continues a draft response, as the same member or browser: replaces the answers it names and keeps the rest. */
  update(id: string, responseId: string, input: SurveyResponseInput, options: WriteOptions = {}): Promise<SurveyResponse> {
    const body = { schema: SurveyResponseInputSchema, input };
    const response = SurveyResponseSchema;
    const call = { method: 'PATCH', path: path`v1/surveys/${id}/responses/${responseId}`, body, response, credential: 'member' } as const;
    return this.http.send({ ...call, ...options });
  }
}
