import type * as z from 'zod/mini';
import type { SurveyResponseSchema, SurveySchema } from '@ngo-kit/sdk/schemas';

export type SurveyRecord = z.input<typeof SurveySchema>;

/** A response; `respondent` is `member:<id>` or `browser:<token>`, one response per survey each. */
export type SurveyResponseRecord = z.input<typeof SurveyResponseSchema> & {
  respondent: string;
  memberId: string | null;
};

export interface SurveysData {
  surveys: SurveyRecord[];
  surveyResponses: SurveyResponseRecord[];
}
