import { isNgoApiError } from '../errors/ngo-api-error.js';
import { RETRYABLE_STATUSES } from '../transport/retry.js';
import type { FlushResult, Outbox } from './outbox.js';
import type { OutboxEntry } from './outbox-entry.js';
import { OutboxFailedEvent, OutboxSentEvent } from './outbox-events.js';

/**
 * One flush of `outbox`: sends `entries`, the writes kept when it was asked for,
 * with `deliver`, oldest first,
 * drops each that was sent or refused for good (with a `sent` or `failed`
 * event), and stops at the first that fails again for a passing reason, which
 * stays kept with one more attempt counted (`save` writes the entries back).
 * Loaded by `Outbox.flush` only when there is something to send.
 */
export async function drain(
  outbox: Outbox,
  entries: readonly OutboxEntry[],
  deliver: (entry: OutboxEntry) => Promise<unknown>,
  save: (entries: readonly OutboxEntry[]) => void,
): Promise<FlushResult> {
  let sent = 0;
  let failed = 0;
  for (const entry of entries) {
    // Another tab may have sent or dropped it meanwhile.
    if (!outbox.pending.some((kept) => kept.id === entry.id)) continue;
    try {
      const result = await deliver(entry);
      outbox.discard(entry.id);
      sent += 1;
      outbox.dispatchEvent(new OutboxSentEvent(entry, result));
    } catch (error) {
      if (isNgoApiError(error) && !RETRYABLE_STATUSES.has(error.status)) {
        outbox.discard(entry.id);
        failed += 1;
        outbox.dispatchEvent(new OutboxFailedEvent(entry, error));
        continue;
      }
      const lastError = error instanceof Error ? error.message : String(error);
      save(outbox.pending.map((kept) => (kept.id === entry.id ? { ...kept, attempts: kept.attempts + 1, lastError } : kept)));
      break;
    }
  }
  const pending = outbox.pending.length;
  if (pending === 0 && sent + failed > 0) outbox.dispatchEvent(new Event('drained'));
  return { sent, failed, pending };
}
