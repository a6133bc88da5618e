import type { Operations } from '../../operation.js';
import { notImplemented } from '../not-implemented.js';

export const surveyOperations = {
  getSurvey: notImplemented,
  createSurveyResponse: notImplemented,
  updateSurveyResponse: notImplemented,
  getSurveyResults: notImplemented,
} satisfies Partial<Operations>;
