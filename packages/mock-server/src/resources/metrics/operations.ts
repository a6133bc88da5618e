import type { Operations } from '../../operation.js';
import { notImplemented } from '../not-implemented.js';

export const metricsOperations = {
  getKpis: notImplemented,
} satisfies Partial<Operations>;
