import ky, { HTTPError, TimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import * as z from 'zod/mini';
import { hasErrorName } from './errors/has-error-name.js';
import { NgoApiError } from './errors/ngo-api-error.js';
import { NgoNetworkError } from './errors/ngo-network-error.js';
import { NgoValidationError } from './errors/ngo-validation-error.js';
import { ERROR_STATUS, ErrorEnvelopeSchema, type ErrorCode } from './schemas/errors.js';

export interface HttpOptions {
  /** Where the API lives, e.g. `https://api.example.org`; paths such as `v1/events` are resolved against it. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <key>`. */
  credential: string;
  /** Replaces the global `fetch`: for tests, the mock server's browser adapter, or a custom transport. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds before one attempt is given up. */
  timeout: number;
  /** How many times a failed read is tried again. */
  retry: number;
  /** Sent as `Accept-Language`. */
  locale?: string | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
}

type QueryValue = string | number | boolean | undefined;

/** A query schema: its wire form is flat, so it fits in a URL. */
type QuerySchema = z.ZodMiniType<unknown, Record<string, QueryValue>>;

/** One request, described: the schemas of its input and of the answer are part of it. */
export interface Call<Response extends z.ZodMiniType, Query extends QuerySchema = QuerySchema>
  extends RequestOptions {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  /** Rich values (dates) in `params` are encoded to their wire form by `query`. */
  query?: { schema: Query; params: z.output<Query> } | undefined;
  body?: unknown;
  response: Response;
}

/** The transport under every resource: sends, maps failures to the SDK's errors, parses answers. */
export interface Http {
  send<Schema extends z.ZodMiniType>(call: Call<Schema>): Promise<z.output<Schema>>;
}

export function createHttp(options: HttpOptions): Http {
  const prefixUrl = resolveBaseUrl(options.baseUrl);
  const api: KyInstance = ky.create({
    prefixUrl,
    timeout: options.timeout,
    retry: { limit: options.retry },
    headers: {
      authorization: `Bearer ${options.credential}`,
      accept: 'application/json',
      ...(options.locale ? { 'accept-language': options.locale } : {}),
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  return {
    async send(call) {
      let query: Record<string, QueryValue> = {};
      if (call.query) {
        const encoded = z.safeEncode(call.query.schema, call.query.params);
        if (!encoded.success) {
          const url = describeUrl(prefixUrl, call.path, {});
          throw new NgoValidationError({ direction: 'request', method: call.method, url, issues: encoded.error.issues });
        }
        query = encoded.data;
      }
      const url = describeUrl(prefixUrl, call.path, query);
      const kyOptions: KyOptions = {
        method: call.method,
        signal: call.signal,
        searchParams: compactQuery(query),
        ...(call.body === undefined ? {} : { json: call.body }),
      };
      let payload: unknown;
      try {
        const response = await api(call.path, kyOptions);
        payload = response.status === 204 ? undefined : await response.json();
      } catch (error) {
        throw await toSdkError(error, call.method, url);
      }
      const parsed = z.safeParse(call.response, payload);
      if (!parsed.success) {
        throw new NgoValidationError({ direction: 'response', method: call.method, url, issues: parsed.error.issues });
      }
      return parsed.data;
    },
  };
}

function resolveBaseUrl(baseUrl: string): string {
  const base = typeof location === 'undefined' ? new URL(baseUrl) : new URL(baseUrl, location.href);
  return base.href.endsWith('/') ? base.href : `${base.href}/`;
}

function compactQuery(query: Record<string, QueryValue>): Record<string, string | number | boolean> {
  const compact: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) compact[name] = value;
  }
  return compact;
}

function describeUrl(prefixUrl: string, path: string, query: Record<string, QueryValue>): string {
  const url = new URL(path, prefixUrl);
  for (const [name, value] of Object.entries(compactQuery(query))) url.searchParams.set(name, String(value));
  return url.href;
}

async function toSdkError(error: unknown, method: string, url: string): Promise<Error> {
  if (error instanceof HTTPError) {
    const { response } = error;
    const body: unknown = await response.json().catch(() => undefined);
    const envelope = z.safeParse(ErrorEnvelopeSchema, body);
    const retryAfter = Number(response.headers.get('retry-after'));
    return new NgoApiError({
      status: response.status,
      code: envelope.success ? envelope.data.error.code : statusCode(response.status),
      message: envelope.success ? envelope.data.error.message : response.statusText || 'no error envelope',
      fieldErrors: envelope.success ? envelope.data.error.fieldErrors : undefined,
      method,
      url,
      retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    });
  }
  if (error instanceof TimeoutError) return new NgoNetworkError({ method, url, cause: error, timedOut: true });
  if (hasErrorName(error, 'AbortError')) return error as Error;
  return new NgoNetworkError({ method, url, cause: error });
}

/** A code for an error response that came without an envelope (a proxy's 502, say). */
function statusCode(status: number): ErrorCode {
  const known = (Object.keys(ERROR_STATUS) as ErrorCode[]).find((code) => ERROR_STATUS[code] === status);
  return known ?? 'internal_error';
}
