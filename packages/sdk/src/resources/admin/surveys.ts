import { SurveyResultsSchema } from '../../validators/validators.js';
import type { RequestOptions } from '../../http.js';
import type { SurveyResults } from '../../schemas/surveys.js';
import { path } from '../path.js';
import { SurveysResource } from '../surveys.js';

/**
 * Surveys for staff: everything of `client.surveys`, plus results: `admin.surveys`.
 *
 * @example
 * ```ts
 * const { satisfactionRate, nps } = await admin.surveys.results('srv_2026h2');
 * ```
 */
export class AdminSurveysResource extends SurveysResource {
  /** The results of a survey, with the satisfaction rate and NPS. */
  results(id: string, options: RequestOptions = {}): Promise<SurveyResults> {
    return this.http.send({ method: 'GET', path: path`v1/surveys/${id}/results`, response: SurveyResultsSchema, ...options });
  }
}
