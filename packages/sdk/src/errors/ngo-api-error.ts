import type { ErrorCode, FieldErrors } from '../schemas/errors.js';
import { hasErrorName } from './has-error-name.js';

export interface NgoApiErrorInit {
  status: number;
  code: ErrorCode | (string & {});
  message: string;
  method: string;
  url: string;
  fieldErrors?: FieldErrors | undefined;
  retryAfter?: number | undefined;
}

/**
 * The API answered with an error envelope. Branch on `code`, never on `message`.
 *
 * @example
 * ```ts
 * try {
 *   await client.events.list({ limit: 500 });
 * } catch (error) {
 *   if (isNgoApiError(error) && error.code === 'validation_failed') {
 *     console.warn(error.fieldErrors);
 *   }
 * }
 * ```
 */
export class NgoApiError extends Error {
  override readonly name = 'NgoApiError';
  // `declare`: set in the constructor, so no field declarations are emitted for them.
  declare readonly status: number;
  declare readonly code: ErrorCode | (string & {});
  declare readonly fieldErrors: FieldErrors;
  declare readonly method: string;
  declare readonly url: string;
  /** Seconds to wait before trying again, from `Retry-After`, when the API sent one. */
  declare readonly retryAfter: number | undefined;
  /**
   * Set when the failed request was a write that the client kept in its outbox (after a
   * `429` or a `5xx`): it will be sent again, with the same idempotency key. See `client.outbox`.
   */
  outboxId: string | undefined = undefined;

  constructor(init: NgoApiErrorInit) {
    super(`${init.method} ${init.url} failed with ${init.status} ${init.code}: ${init.message}`);
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? {};
    this.method = init.method;
    this.url = init.url;
    this.retryAfter = init.retryAfter;
  }
}

/** True for an {@link NgoApiError}, also one made in another realm (an iframe). */
export function isNgoApiError(value: unknown): value is NgoApiError {
  return hasErrorName(value, 'NgoApiError');
}
