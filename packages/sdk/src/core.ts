import { browserWindow } from './environment.js';
import { createHttp, type Http } from './http.js';
import { Outbox } from './outbox/outbox.js';
import { defaultStorage, type OutboxStorage } from './outbox/storage.js';
import { createReadCache, type CacheOptions } from './transport/read-cache.js';
import { retryPolicy, type RetryOptions } from './transport/retry.js';

/**
 * The options every client takes, besides its credential.
 *
 * @example
 * ```ts
 * const options: CoreOptions = { baseUrl: 'https://api.example.org', timeout: 5_000, retry: 3, cache: { ttl: 10_000 }, locale: 'zh-TW' };
 * const client = createClient({ ...options, publishableKey: 'pk_live_123' });
 * ```
 */
export interface CoreOptions {
  /** Where the API lives, e.g. `https://api.example.org` (relative addresses resolve against the page). */
  baseUrl: string;
  /** Replaces the global `fetch`: for tests, the mock server's browser adapter, or a custom transport. Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds before one attempt is given up (and counts as a network failure). Default: 10 000. */
  timeout?: number | undefined;
  /** Attempts after the first, or the whole retry policy. Default: 2, with backoff and full jitter. */
  retry?: number | RetryOptions | undefined;
  /** The read cache; `false` turns it off (identical reads at the same moment still share one request). Default: `{ ttl: 30_000 }`. */
  cache?: CacheOptions | false | undefined;
  /**
   * Where the outbox keeps writes that could not be sent. Default: `localStorage` in a browser
   * (so they survive a reload), memory elsewhere; in Node, `fileStorage(path)` from `@ngo-kit/sdk/node`.
   */
  storage?: OutboxStorage | undefined;
  /** The reader's language, sent as `Accept-Language`, e.g. `zh-CN`. */
  locale?: string | undefined;
}

/** What resources stand on: the transport and the outbox behind it. */
export interface Core {
  http: Http;
  outbox: Outbox;
}

/** Makes the transport and the outbox of a client whose credential is `key`, and sends what an earlier run kept. */
export function createCore(options: CoreOptions, key: string, memberToken?: string | null): Core {
  const baseUrl = resolveBaseUrl(options.baseUrl);
  const outbox = new Outbox({
    storage: options.storage ?? defaultStorage(),
    // The key is hashed so that a secret key is never written into storage.
    key: `ngo-kit:outbox:${baseUrl}:${fingerprint(key)}`,
    deliver: (entry) => http.deliver(entry),
    connectivity: browserWindow(),
  });
  const http = createHttp({
    baseUrl,
    key,
    memberToken,
    fetch: options.fetch,
    timeout: options.timeout ?? 10_000,
    retry: retryPolicy(options.retry),
    locale: options.locale,
    cache: options.cache === false ? undefined : createReadCache(options.cache),
    outbox,
  });
  if (outbox.pending.length > 0) outbox.flushLater();
  return { http, outbox };
}

function resolveBaseUrl(baseUrl: string): string {
  // Against the page's address in a browser; outside one there is none, and `baseUrl` must be absolute.
  const base = new URL(baseUrl, globalThis.location?.href);
  return base.href.endsWith('/') ? base.href : `${base.href}/`;
}

/** FNV-1a: a short, stable name for a credential; not a secret, only not the credential itself. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(36);
}
