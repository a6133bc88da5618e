import { hasErrorName } from './has-error-name.js';

/**
 * The request never got an answer: the network is down, the server is out of
 * reach, or the request timed out. `cause` keeps the original error.
 *
 * @example
 * ```ts
 * try {
 *   await client.suggestions.create(input);
 * } catch (error) {
 *   if (isNgoNetworkError(error) && error.outboxId) showNotice('Offline: kept, and sent when you are back online.');
 *   else throw error;
 * }
 * ```
 */
export class NgoNetworkError extends Error {
  override readonly name = 'NgoNetworkError';
  // `declare`: set in the constructor, so no field declarations are emitted for them.
  declare readonly method: string;
  declare readonly url: string;
  /** True when the request was given up because it took longer than the client's timeout. */
  declare readonly timedOut: boolean;
  /**
   * Set when the request was a write that the client kept in its outbox: nothing is lost,
   * and it will be sent again with the same idempotency key. See `client.outbox`.
   */
  outboxId: string | undefined = undefined;

  constructor(init: { method: string; url: string; cause: unknown; timedOut?: boolean }) {
    const reason = init.timedOut ? 'timed out' : 'could not reach the server';
    super(`${init.method} ${init.url} ${reason}`, { cause: init.cause });
    this.method = init.method;
    this.url = init.url;
    this.timedOut = init.timedOut ?? false;
  }
}

/** True for an {@link NgoNetworkError}, also one made in another realm. */
export function isNgoNetworkError(value: unknown): value is NgoNetworkError {
  return hasErrorName(value, 'NgoNetworkError');
}
