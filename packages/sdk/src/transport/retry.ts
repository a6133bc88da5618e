/**
 * How a failed attempt is tried again. Every field has a default.
 *
 * @example
 * ```ts
 * // A kiosk on a shaky connection: try longer, wait at most 3 s between attempts.
 * const client = createClient({ baseUrl, publishableKey, retry: { limit: 5, maxDelay: 3_000 } });
 * ```
 */
export interface RetryOptions {
  /** Attempts after the first. Default 2. */
  limit?: number;
  /** Milliseconds: the ceiling of the first wait, which doubles with each attempt. Default 300. */
  baseDelay?: number;
  /** Milliseconds: the ceiling of any wait chosen by backoff. Default 5 000. */
  maxDelay?: number;
  /**
   * Milliseconds: the longest `Retry-After` (on 429 and 503) the client waits for. When the server asks
   * for longer, the client stops retrying and reports the error (a write then goes to the outbox).
   * Default 10 000.
   */
  maxRetryAfter?: number;
  /** Waits between attempts, and rejects with the signal's reason when it aborts. Tests pass one that returns at once. */
  sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
  /** The source of jitter, from 0 (inclusive) to 1. Default `Math.random`. */
  random?: () => number;
}

export type RetryPolicy = Required<RetryOptions>;

/** Statuses that say "not now" rather than "no": worth another attempt with the same idempotency key. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

export function retryPolicy(option: number | RetryOptions = {}): RetryPolicy {
  const given = typeof option === 'number' ? { limit: option } : option;
  return {
    limit: given.limit ?? 2,
    baseDelay: given.baseDelay ?? 300,
    maxDelay: given.maxDelay ?? 5_000,
    maxRetryAfter: given.maxRetryAfter ?? 10_000,
    sleep: given.sleep ?? sleep,
    random: given.random ?? Math.random,
  };
}

/** Exponential backoff with full jitter: anywhere from 0 to the ceiling, so that clients that failed together spread out. */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  return policy.random() * Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt);
}

/** Milliseconds from `now` asked for by a `Retry-After` header (seconds or an HTTP date), or `undefined`. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}
