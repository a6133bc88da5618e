import { problem } from '../../problems.js';
import { nextId, type StoreData } from '../../store.js';
import type { RedemptionRecord } from './data.js';
import { appendLedger, balanceOf } from './ledger.js';

/**
 * Spends a member's points on a reward. Everything is checked before anything
 * changes, and the whole runs inside one synchronous `store.write`, so stock
 * and balance can never go below zero however many requests race: 404 for an
 * unknown reward, 409 when none is left, 422 when the balance is short.
 */
export function redeem(data: StoreData, memberId: string, rewardId: string, now: Date): RedemptionRecord | Response {
  const reward = data.rewards.find((candidate) => candidate.id === rewardId);
  if (!reward) return problem('not_found', { message: `No reward ${rewardId}.` });
  if (reward.stock === 0) return problem('conflict', { message: `"${reward.title}" is out of stock.` });
  const balance = balanceOf(data, memberId);
  if (balance < reward.cost) {
    return problem('unprocessable', {
      message: `"${reward.title}" costs ${reward.cost} points; the balance is ${balance}.`,
    });
  }
  const id = nextId(data, 'red');
  const at = now.toISOString();
  const entry = appendLedger(data, {
    memberId,
    kind: 'redeemed',
    source: 'reward',
    amount: -reward.cost,
    rewardId,
    redemptionId: id,
    reason: reward.title,
    at,
  });
  if (reward.stock !== null) reward.stock -= 1;
  const redemption: RedemptionRecord = {
    id,
    memberId,
    rewardId,
    // A certificate is printed at once; a prize waits until it is handed over.
    status: reward.kind === 'certificate' ? 'fulfilled' : 'pending',
    pointsSpent: reward.cost,
    balanceAfter: entry.balanceAfter,
    at,
  };
  data.redemptions.push(redemption);
  return redemption;
}
