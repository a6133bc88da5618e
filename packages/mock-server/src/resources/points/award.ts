import { POINTS_PER_VOLUNTEER_HOUR, type LedgerEntryInput } from '@ngo-kit/sdk/schemas';
import { problem } from '../../problems.js';
import type { StoreData } from '../../store.js';
import type { LedgerRecord } from './data.js';
import { appendLedger, InsufficientPointsError } from './ledger.js';

/**
 * A staff entry in a member's ledger: points for volunteer hours, or a signed
 * correction. 404 for an unknown member; 422 for an unknown event or an
 * adjustment that would take the balance below zero.
 */
export function recordLedgerEntry(
  data: StoreData,
  memberId: string,
  input: LedgerEntryInput,
  now: Date,
): LedgerRecord | Response {
  if (!data.members.some((member) => member.id === memberId)) {
    return problem('not_found', { message: `No member ${memberId}.` });
  }
  const at = now.toISOString();
  if (input.source === 'volunteer_hours') {
    if (input.eventId !== undefined && !data.events.some((event) => event.id === input.eventId)) {
      return problem('unprocessable', { fieldErrors: { eventId: [`No event ${input.eventId}`] } });
    }
    return appendLedger(data, {
      memberId,
      kind: 'earned',
      source: 'volunteer_hours',
      amount: Math.round(input.hours * POINTS_PER_VOLUNTEER_HOUR),
      hours: input.hours,
      eventId: input.eventId ?? null,
      reason: input.reason,
      at,
    });
  }
  try {
    return appendLedger(data, { memberId, kind: 'earned', source: 'adjustment', amount: input.amount, reason: input.reason, at });
  } catch (error) {
    if (!(error instanceof InsufficientPointsError)) throw error;
    return problem('unprocessable', { message: error.message, fieldErrors: { amount: [error.message] } });
  }
}
