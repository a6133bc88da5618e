import type { NgoNetworkError } from '@ngo-kit/sdk';
import type { ReactiveController } from 'lit';
import { watchKeptWrites } from '../kept-writes.js';
import type { FormHost } from './form-controller.js';

/** The longest wait between two attempts at a kept write while the browser is online. */
const LONGEST_WAIT = 60_000;

export interface KeptWriteOptions {
  /** Whether the write is kept now (waiting for the network): a timer or an `online` event that finds it is not does nothing. */
  isKept: () => boolean;
  /** Sends the kept write again, with its idempotency key. */
  resend: () => void;
  /** The idempotency key of the write being kept, if any. */
  key: () => string | undefined;
  /** The SDK's outbox delivered the kept write (`error` undefined) or dropped it for good (`error` set). */
  settled: (error?: unknown) => void;
}

/**
 * What a widget does with a write that the network did not take (a form's
 * submission, a survey's response), so that it is applied once and never
 * lost: it is sent again when the browser is back online; while online (a
 * timeout, the server out of reach) no `online` event will come, so the
 * host tries again itself, waiting twice as long each time; and when the
 * SDK's outbox delivers it in the background, the host learns of it. The
 * host keeps the write itself (values, key, draft); this keeps the clock.
 * `FormController` and `<ngo-satisfaction-survey>` use it.
 *
 * @example
 * ```ts
 * readonly #kept = new KeptWriteController(this, {
 *   isKept: () => this.#phase === 'offline',
 *   resend: () => void this.#send(),
 *   key: () => this.#key,
 *   settled: (error) => (error === undefined ? void this.#send() : this.#failed(error)),
 * });
 * ```
 */
export class KeptWriteController implements ReactiveController {
  /**
   * Milliseconds before the host tries again, by itself, a write kept while
   * the browser is online; then twice as long each time, up to a minute.
   * Tests shorten it.
   */
  static firstRetryWait = 5_000;

  /** The last attempt timed out while the browser is online: the write is slow, not offline. */
  slow = false;

  readonly #host: FormHost;
  readonly #options: KeptWriteOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #wait: number;
  #unwatch: (() => void) | undefined;

  readonly #resendWhenOnline = () => {
    if (this.#options.isKept()) this.#options.resend();
  };

  readonly #keptWriteSettled = (idempotencyKey: string, error?: unknown) => {
    if (idempotencyKey === this.#options.key()) this.#options.settled(error);
  };

  constructor(host: FormHost, options: KeptWriteOptions) {
    this.#host = host;
    this.#options = options;
    this.#wait = KeptWriteController.firstRetryWait;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#resendWhenOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#resendWhenOnline);
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.stop();
  }

  /** Listens to the SDK's outbox for the kept write (asked when needed: the host's client is known by then). */
  watch(): void {
    const { config } = this.#host;
    if (config) this.#unwatch ??= watchKeptWrites(config, this.#keptWriteSettled);
  }

  /** The network did not take the write: kept, watched in the outbox when it is there, and tried again later while online. */
  keep(error: NgoNetworkError): void {
    if (error.outboxId !== undefined) this.watch();
    this.slow = error.timedOut && navigator.onLine;
    if (!navigator.onLine) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#options.isKept()) this.#options.resend();
    }, this.#wait);
    this.#wait = Math.min(this.#wait * 2, LONGEST_WAIT);
  }

  /** Cancels the next attempt; `resetWait` also forgets how long it waited (a new write, or the end of one). */
  stop(resetWait = true): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (resetWait) this.#wait = KeptWriteController.firstRetryWait;
  }

  /** The write went through, or is given up: no more attempts, no more listening. */
  end(): void {
    this.stop();
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.slow = false;
  }
}
