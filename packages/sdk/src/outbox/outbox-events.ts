import type { OutboxEntry } from './outbox-entry.js';

/**
 * A kept write reached the server and was accepted: `result` is its answer as
 * JSON (wire form: timestamps are strings).
 *
 * @example
 * ```ts
 * client.outbox.addEventListener('sent', (event) => console.log('sent at last:', event.entry.path, event.result));
 * ```
 */
export class OutboxSentEvent extends Event {
  constructor(
    readonly entry: OutboxEntry,
    readonly result: unknown,
  ) {
    super('sent');
  }
}

/**
 * The server refused a kept write for good (a `4xx` other than `408` and `429`, e.g. the
 * event filled up meanwhile). It was dropped; `error` is the `NgoApiError` to show.
 *
 * @example
 * ```ts
 * client.outbox.addEventListener('failed', (event) => {
 *   if (isNgoApiError(event.error) && event.error.code === 'conflict') notify('The event filled up before we could register you.');
 * });
 * ```
 */
export class OutboxFailedEvent extends Event {
  constructor(
    readonly entry: OutboxEntry,
    readonly error: unknown,
  ) {
    super('failed');
  }
}

/**
 * The events of `client.outbox`, by name.
 *
 * @example
 * ```ts
 * client.outbox.addEventListener('drained', () => hideOfflineNotice());
 * ```
 */
export interface OutboxEventMap {
  /** `pending` changed: a write was kept, sent, dropped or tried again (also by another tab). */
  change: Event;
  sent: OutboxSentEvent;
  failed: OutboxFailedEvent;
  /** A flush emptied the outbox. */
  drained: Event;
}
