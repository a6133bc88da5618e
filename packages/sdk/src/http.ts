import { NgoApiError } from './errors/ngo-api-error.js';
import { NgoNetworkError } from './errors/ngo-network-error.js';
import { NgoValidationError } from './errors/ngo-validation-error.js';
import type { Outbox } from './outbox/outbox.js';
import type { OutboxEntry } from './outbox/outbox-entry.js';
import { newIdempotencyKey } from './transport/idempotency-key.js';
import type { ReadCache } from './transport/read-cache.js';
import { backoffDelay, RETRYABLE_STATUSES, type RetryPolicy } from './transport/retry.js';
import { createSharedReads } from './transport/shared-reads.js';
import { toApiError } from './transport/to-sdk-error.js';
import { validate, type OutputOf, type ValidationIssue, type Validator } from './validators/runtime.js';

export interface HttpOptions {
  /** Absolute, ending with `/`; paths such as `v1/events` are resolved against it. */
  baseUrl: string;
  /** The client's key, sent as `Authorization: Bearer <key>`. */
  key: string;
  memberToken?: string | null | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds before one attempt is given up. */
  timeout: number;
  retry: RetryPolicy;
  /** Sent as `Accept-Language`. */
  locale?: string | undefined;
  /** Absent when the client was made with `cache: false`. */
  cache?: ReadCache | undefined;
  /** Where writes that failed for a passing reason are kept. */
  outbox?: Pick<Outbox, 'keep' | 'flushLater' | 'pending'> | undefined;
}

/**
 * Options of every call.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const page = client.events.list({ limit: 5 }, { signal: controller.signal });
 * controller.abort(); // the request and any wait before a retry end at once
 * ```
 */
export interface RequestOptions {
  /** Cancels the call: its request, and any wait before a retry. */
  signal?: AbortSignal | undefined;
}

/**
 * Options of every write.
 *
 * @example
 * ```ts
 * // The key is saved with the draft, so a resend after a reload is the same write.
 * draft.key ??= crypto.randomUUID();
 * await client.suggestions.create(draft.input, { idempotencyKey: draft.key });
 * ```
 */
export interface WriteOptions extends RequestOptions {
  /**
   * The write's `Idempotency-Key`. Default: a new UUID per call. Pass your own to make a
   * retry of your own (say, after a reload, from a saved draft) count as the same write.
   */
  idempotencyKey?: string | undefined;
}

type QueryValue = string | number | boolean | undefined;

/** A query encoder (`...ParamsEncoder` of the validators): its wire form is flat, so it fits in a URL. */
type QuerySchema = Validator<Record<string, unknown>, Record<string, QueryValue>>;

/** One request, described: the validators of its input and of the answer are part of it. */
export interface Call<Response extends Validator = Validator, Query extends QuerySchema = QuerySchema> extends WriteOptions {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  /** Rich values (dates) in `params` are encoded to their wire form by `query`. */
  query?: { schema: Query; params: NonNullable<Query['~standard']['types']>['input'] } | undefined;
  /** Checked by `schema` before anything is sent. */
  body?: { schema: Validator; input: unknown } | undefined;
  response: Response;
  /** `member`: sent with the member token (see `setMemberToken`) instead of the key. */
  credential?: 'member' | undefined;
  /** Path prefixes of reads, besides the written resource's own, that this write makes stale. */
  invalidates?: readonly string[] | undefined;
  /** `false` for a write that is pointless later (signing in): it is never kept in the outbox. */
  outbox?: boolean | undefined;
}

/** A read whose answer is not JSON (iCalendar, SVG). */
export interface TextCall extends Omit<Call, 'response' | 'body'> {
  accept: string;
}

/** The transport under every resource: sends, retries, shares and caches reads, keeps failed writes, parses answers. */
export interface Http {
  send<Schema extends Validator>(call: Call<Schema>): Promise<OutputOf<Schema>>;
  sendText(call: TextCall): Promise<string>;
  /** Sends a write kept by the outbox; resolves with the answer's JSON. */
  deliver(entry: OutboxEntry): Promise<unknown>;
  setMemberToken(token: string | null): void;
}

/** An answer, read in full. */
export interface Reply {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

/** A request as it goes on the wire. */
interface Wire {
  method: string;
  url: string;
  /** Relative to the base URL, without the query: what cache invalidation matches. */
  path: string;
  credential: string;
  headers: Record<string, string>;
  body?: string | undefined;
  text?: boolean;
}

export function createHttp(options: HttpOptions): Http {
  const { baseUrl, key, retry, cache, outbox } = options;
  let memberToken = options.memberToken ?? null;
  const shared = createSharedReads();

  function wire(call: Omit<Call, 'response'>, accept: string): Wire {
    const path = call.path;
    const url = new URL(path, baseUrl);
    const refuse = (issues: readonly ValidationIssue[]) =>
      new NgoValidationError({ direction: 'request', method: call.method, url: url.href, issues });
    if (call.query) {
      const encoded = validate(call.query.schema, call.query.params);
      if (encoded.issues) throw refuse(encoded.issues);
      for (const [name, value] of Object.entries(encoded.value)) {
        if (value !== undefined) url.searchParams.set(name, String(value));
      }
    }
    let body: string | undefined;
    if (call.body) {
      const parsed = validate(call.body.schema, call.body.input);
      if (parsed.issues) throw refuse(parsed.issues);
      body = JSON.stringify(parsed.value);
    }
    const credential = call.credential === 'member' && memberToken ? memberToken : key;
    return { method: call.method, url: url.href, path, credential, body, headers: headersFor(credential, accept, body) };
  }

  function headersFor(credential: string, accept: string, body: string | undefined): Record<string, string> {
    return {
      authorization: `Bearer ${credential}`,
      accept,
      ...(options.locale ? { 'accept-language': options.locale } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    };
  }

  /**
   * One attempt: the request, and its answer read in full, within the
   * client's timeout. The whole answer counts, not only its headers, so a
   * server that stalls halfway through the body times out too.
   */
  async function once(request: Wire, signal: AbortSignal | undefined, extra: Record<string, string>): Promise<Reply> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('The request timed out', 'TimeoutError'));
    }, options.timeout);
    const stop = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', stop);
    try {
      // Looked up at each call, so that a page or test that replaces `fetch` later is heard.
      const fetch = options.fetch ?? globalThis.fetch;
      const response = await fetch(request.url, {
        method: request.method,
        headers: { ...request.headers, ...extra },
        body: request.body,
        signal: controller.signal,
      });
      const text = response.status === 304 ? '' : await response.text();
      return { status: response.status, statusText: response.statusText, headers: response.headers, text };
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      throw new NgoNetworkError({ method: request.method, url: request.url, cause, timedOut });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
  }

  /** One request, tried again after passing failures; resolves with a 2xx or 304 answer, or throws the SDK's error. */
  async function exchange(request: Wire, signal: AbortSignal | undefined, extra: Record<string, string> = {}): Promise<Reply> {
    for (let attempt = 0; ; attempt += 1) {
      let failure: NgoApiError | NgoNetworkError;
      try {
        const reply = await once(request, signal, extra);
        if ((reply.status >= 200 && reply.status < 300) || reply.status === 304) return reply;
        failure = toApiError(reply, request.method, request.url);
      } catch (error) {
        if (!(error instanceof NgoNetworkError)) throw error;
        failure = error;
      }
      const wait = waitBefore(failure, attempt);
      if (wait === undefined || attempt >= retry.limit) throw failure;
      await retry.sleep(wait, signal);
    }
  }

  /** Milliseconds to wait before the next attempt, or `undefined` when trying again is pointless. */
  function waitBefore(failure: NgoApiError | NgoNetworkError, attempt: number): number | undefined {
    if (failure instanceof NgoApiError) {
      if (!RETRYABLE_STATUSES.has(failure.status)) return undefined;
      const honoured = failure.status === 429 || failure.status === 503;
      if (honoured && failure.retryAfter !== undefined) {
        const asked = failure.retryAfter * 1000;
        return asked <= retry.maxRetryAfter ? asked : undefined;
      }
    }
    return backoffDelay(attempt, retry);
  }

  function payloadOf(reply: Reply, request: Wire): unknown {
    const { text } = reply;
    if (request.text) return text;
    if (reply.status === 204) return undefined;
    // 202 Accepted may come without a body: the work happens later.
    if (reply.status === 202 && text === '') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      const issue: ValidationIssue = { code: 'custom', path: [], message: 'The answer is not JSON' };
      throw new NgoValidationError({ direction: 'response', method: request.method, url: request.url, issues: [issue] });
    }
  }

  function read(request: Wire, signal: AbortSignal | undefined): Promise<unknown> {
    const cacheKey = `${request.method} ${request.url} ${request.credential}`;
    const cached = cache?.lookup(cacheKey);
    if (cached && cache?.isFresh(cached)) return Promise.resolve(cached.payload);
    return shared.run(cacheKey, request.path, signal, async (sharedSignal) => {
      const mark = cache?.mark() ?? 0;
      const revalidate: Record<string, string> = cached?.etag ? { 'if-none-match': cached.etag } : {};
      const reply = await exchange(request, sharedSignal, revalidate);
      const etag = reply.headers.get('etag');
      if (reply.status === 304 && cached) {
        cache?.store(cacheKey, request.path, cached.payload, etag ?? cached.etag, mark);
        return cached.payload;
      }
      const payload = payloadOf(reply, request);
      cache?.store(cacheKey, request.path, payload, etag, mark);
      return payload;
    });
  }

  async function write(call: Call | TextCall, request: Wire): Promise<unknown> {
    const id = call.idempotencyKey ?? newIdempotencyKey();
    const invalidates = [resourceOf(request.path), ...(call.invalidates ?? [])];
    const sent = { ...request, headers: { ...request.headers, 'idempotency-key': id } };
    try {
      return payloadOf(await exchange(sent, call.signal), sent);
    } catch (error) {
      if (call.outbox !== false && outbox && isPassing(error)) {
        try {
          outbox.keep({
            id,
            method: call.method as OutboxEntry['method'],
            path: request.url.slice(baseUrl.length),
            body: request.body,
            memberToken: request.credential === key ? undefined : request.credential,
            invalidates,
            createdAt: new Date().toISOString(),
            attempts: 0,
          });
          error.outboxId = id;
        } catch {
          // Storage refused (full, blocked): the caller gets the error without an outboxId.
        }
      }
      throw error;
    } finally {
      invalidate(invalidates);
    }
  }

  function invalidate(prefixes: readonly string[]): void {
    for (const prefix of prefixes) {
      cache?.invalidate(prefix);
      shared.forget(prefix);
    }
  }

  async function perform(call: Call | TextCall, request: Wire): Promise<unknown> {
    const payload = await (call.method === 'GET' ? read(request, call.signal) : write(call, request));
    // An answer proves the server is reachable again: a good moment to send what was kept.
    if (outbox && outbox.pending.length > 0) outbox.flushLater();
    return payload;
  }

  return {
    async send(call) {
      const request = wire(call, 'application/json');
      const payload = await perform(call, request);
      const parsed = validate(call.response, payload);
      if (parsed.issues) {
        throw new NgoValidationError({ direction: 'response', method: call.method, url: request.url, issues: parsed.issues });
      }
      return parsed.value as never;
    },

    async sendText(call) {
      return (await perform(call, { ...wire(call, call.accept), text: true })) as string;
    },

    async deliver(entry) {
      const credential = entry.memberToken ?? key;
      const request: Wire = {
        method: entry.method,
        url: new URL(entry.path, baseUrl).href,
        path: entry.path,
        credential,
        body: entry.body,
        headers: { ...headersFor(credential, 'application/json', entry.body), 'idempotency-key': entry.id },
      };
      try {
        return payloadOf(await exchange(request, undefined), request);
      } finally {
        invalidate(entry.invalidates);
      }
    },

    setMemberToken(token) {
      memberToken = token;
    },
  };
}

/** A failure that may pass: worth keeping the write to send it again later. */
function isPassing(error: unknown): error is NgoApiError | NgoNetworkError {
  return error instanceof NgoNetworkError || (error instanceof NgoApiError && RETRYABLE_STATUSES.has(error.status));
}

/** The resource a path belongs to, e.g. `v1/events` for `v1/events/evt_1/registrations`. */
function resourceOf(path: string): string {
  return path.split('/').slice(0, 2).join('/');
}
