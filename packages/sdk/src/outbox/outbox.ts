import { parseEntries, type OutboxEntry } from './outbox-entry.js';
import type { OutboxEventMap } from './outbox-events.js';
import type { OutboxStorage } from './storage.js';

export interface OutboxInit {
  storage: OutboxStorage;
  /** The storage key: one outbox per API and credential. */
  key: string;
  /** Sends one kept write; resolves with the answer's JSON, rejects with the SDK's error. */
  deliver: (entry: OutboxEntry) => Promise<unknown>;
  /** Fires `online` (a browser's `window`): the moment to try again. */
  connectivity?: EventTarget | undefined;
}

/**
 * What one flush did.
 *
 * @example
 * ```ts
 * const { sent, failed, pending } = await client.outbox.flush();
 * ```
 */
export interface FlushResult {
  sent: number;
  /** Refused by the server for good, dropped and reported by a `failed` event. */
  failed: number;
  /** Still kept. */
  pending: number;
}

/** The event methods of {@link Outbox}, typed by each event's name; declared only, the methods are `EventTarget`'s. */
export interface Outbox { // eslint-disable-line @typescript-eslint/no-unsafe-declaration-merging -- types only: the methods are EventTarget's
  /** Listens to `change`, `sent`, `failed` and `drained`, with the event typed by its name. */
  addEventListener<Type extends keyof OutboxEventMap>(
    type: Type,
    listener: (event: OutboxEventMap[Type]) => void,
    options?: AddEventListenerOptions | boolean,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions | boolean): void;
  /** Stops listening; takes the same listener as {@link Outbox.addEventListener}. */
  removeEventListener<Type extends keyof OutboxEventMap>(
    type: Type,
    listener: (event: OutboxEventMap[Type]) => void,
    options?: EventListenerOptions | boolean,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: EventListenerOptions | boolean): void;
}

/**
 * Writes that could not be sent (offline, timed out, or the server busy or failing)
 * are kept here, in `storage`, with their idempotency keys, and sent again in the
 * order they were made: when the browser comes back online, when the next client
 * is made (the next page load), after any other request succeeds, and on `flush()`.
 * The server applies each write once, however many times it is sent.
 *
 * @example
 * ```ts
 * client.outbox.addEventListener('change', () => {
 *   badge.textContent = String(client.outbox.pending.length);
 * });
 * client.outbox.addEventListener('failed', (event) => showError(event.error));
 * await client.outbox.flush();
 * ```
 */
export class Outbox extends EventTarget { // eslint-disable-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
  readonly #storage: OutboxStorage;
  readonly #key: string;
  readonly #deliver: (entry: OutboxEntry) => Promise<unknown>;
  #running: Promise<FlushResult> | undefined;
  #queued: Promise<FlushResult> | undefined;

  /** @internal Made by `createClient`. */
  constructor(init: OutboxInit) {
    super();
    this.#storage = init.storage;
    this.#key = init.key;
    this.#deliver = init.deliver;
    init.connectivity?.addEventListener('online', () => this.flushLater());
    init.connectivity?.addEventListener('storage', (event) => {
      if ((event as StorageEvent).key === this.#key) this.dispatchEvent(new Event('change'));
    });
  }

  /** The kept writes, oldest first, as stored now (another tab may have changed them). */
  get pending(): readonly OutboxEntry[] {
    return parseEntries(this.#storage.getItem(this.#key));
  }

  /** @internal Keeps a write that failed for a passing reason. Throws when storage refuses it. */
  keep(entry: OutboxEntry): void {
    this.#save([...this.pending.filter((kept) => kept.id !== entry.id), entry]);
  }

  /** Drops a kept write without sending it, e.g. when the person withdraws it. Answers whether it was there. */
  discard(id: string): boolean {
    const entries = this.pending;
    const rest = entries.filter((entry) => entry.id !== id);
    if (rest.length !== entries.length) this.#save(rest);
    return rest.length !== entries.length;
  }

  /**
   * Sends the kept writes, oldest first, and stops at the first that fails again for a
   * passing reason (still offline). A flush asked for while one runs follows it.
   */
  flush(): Promise<FlushResult> {
    if (this.#queued) return this.#queued;
    if (!this.#running) {
      // The writes kept now; the sending code loads when there is something to send: a page that only reads never needs it.
      const entries = this.pending;
      this.#running = import('./drain.js')
        .then(({ drain }) => drain(this, entries, this.#deliver, (kept) => this.#save(kept)))
        .finally(() => (this.#running = undefined));
      return this.#running;
    }
    this.#queued = this.#running.then(() => {
      this.#queued = undefined;
      return this.flush();
    });
    return this.#queued;
  }

  /** @internal Flushes in the background; a failure there has nobody to tell, and the entries stay kept. */
  flushLater(): void {
    this.flush().catch(() => undefined);
  }

  #save(entries: readonly OutboxEntry[]): void {
    if (entries.length === 0) this.#storage.removeItem(this.#key);
    else this.#storage.setItem(this.#key, JSON.stringify(entries));
    this.dispatchEvent(new Event('change'));
  }
}
