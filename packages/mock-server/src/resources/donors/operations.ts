import type { Operations } from '../../operation.js';
import { notImplemented } from '../not-implemented.js';

export const donorOperations = {
  listDonorWall: notImplemented,
  recordDonation: notImplemented,
  listThankYouLetters: notImplemented,
} satisfies Partial<Operations>;
