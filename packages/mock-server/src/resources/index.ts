import type { Operations } from '../operation.js';
import { eventOperations } from './events/operations.js';
import { memberOperations } from './members/operations.js';
import { pointsOperations } from './points/operations.js';
import { suggestionOperations } from './suggestions/operations.js';
import { surveyOperations } from './surveys/operations.js';
import { newsletterOperations } from './newsletter/operations.js';
import { announcementOperations } from './announcements/operations.js';
import { donorOperations } from './donors/operations.js';
import { metricsOperations } from './metrics/operations.js';
import { staffOperations } from './staff/operations.js';

/** The implementation of every operation of the contract, by operation id. */
export const OPERATIONS: Operations = {
  ...eventOperations,
  ...memberOperations,
  ...pointsOperations,
  ...suggestionOperations,
  ...surveyOperations,
  ...newsletterOperations,
  ...announcementOperations,
  ...donorOperations,
  ...metricsOperations,
  ...staffOperations,
};
