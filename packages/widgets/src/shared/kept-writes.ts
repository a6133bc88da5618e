import type { NgoBaseClient, OutboxFailedEvent, OutboxSentEvent } from '@ngo-kit/sdk';
import { clientFor } from './clients.js';
import type { NgoKitConfig } from './config.js';

/** The outbox of the shared client of `config`; `undefined` when it names no address or key (no client, so nothing kept). */
function outboxOf(config: NgoKitConfig): NgoBaseClient['outbox'] | undefined {
  try {
    return clientFor(config).outbox;
  } catch {
    return undefined;
  }
}

/**
 * Drops a write kept by the outbox of the client of `config`, unsent: forms call it
 * when a person changes a submission that failed and was kept (see `FormController`).
 * Apart from `NgoElement` so that widgets that only read do not carry it.
 */
export function discardKeptWrite(config: NgoKitConfig, idempotencyKey: string): void {
  outboxOf(config)?.discard(idempotencyKey);
}

/**
 * Tells `listener` about each write the outbox of the client of `config` delivered
 * (`error` undefined) or dropped for good: forms learn that a kept submission
 * went through in the background (see `FormController`). Answers a function that stops.
 */
export function watchKeptWrites(config: NgoKitConfig, listener: (idempotencyKey: string, error?: unknown) => void): () => void {
  const outbox = outboxOf(config);
  if (!outbox) return () => undefined;
  const sent = (event: OutboxSentEvent) => listener(event.entry.id);
  const failed = (event: OutboxFailedEvent) => listener(event.entry.id, event.error);
  outbox.addEventListener('sent', sent);
  outbox.addEventListener('failed', failed);
  return () => {
    outbox.removeEventListener('sent', sent);
    outbox.removeEventListener('failed', failed);
  };
}
