import type { Operations } from '../../operation.js';
import { notImplemented } from '../not-implemented.js';

export const newsletterOperations = {
  subscribeNewsletter: notImplemented,
  confirmNewsletter: notImplemented,
  unsubscribeNewsletter: notImplemented,
  listNewsletterIssues: notImplemented,
} satisfies Partial<Operations>;
