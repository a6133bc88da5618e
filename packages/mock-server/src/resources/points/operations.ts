import type { Operations } from '../../operation.js';
import { notImplemented } from '../not-implemented.js';

export const pointsOperations = {
  getMyPoints: notImplemented,
  listMyLedger: notImplemented,
  listMyCertificates: notImplemented,
  getMyCertificateSvg: notImplemented,
  listRewards: notImplemented,
  redeemReward: notImplemented,
} satisfies Partial<Operations>;
