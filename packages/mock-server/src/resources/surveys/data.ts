import type * as z from 'zod/mini';
import type { SurveyResponseSchema, SurveySchema } from '@ngo-kit/sdk/schemas';

/** A survey as stored: its `status` is not kept but told at each answer, by the server's clock. */
export type SurveyRecord = Omit<z.input<typeof SurveySchema>, 'status'>;

/** A response; `respondent` is `member:<id>` or `browser:<token>`, one response per survey each. */
export type SurveyResponseRecord = z.input<typeof SurveyResponseSchema> & {
  respondent: string;
  memberId: string | null;
};

export interface SurveysData {
  surveys: SurveyRecord[];
  surveyResponses: SurveyResponseRecord[];
}
