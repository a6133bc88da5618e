import * as z from 'zod/mini';
import { ROUTES, type Route } from '@ngo-kit/sdk/contract';
import { authenticate, authorize, DEMO_SECRET_KEYS, principalOf, type Caller } from './auth.js';
import { knownText, lightHandlers, materialize, textResponse } from './body.js';
import { preflight, withCors, type AllowedOrigins } from './cors.js';
import { withEtag } from './etag.js';
import { delay, requestedScenario, SLOW_SCENARIO_MS, type Faults } from './faults.js';
import { hash } from './hash.js';
import { createIdempotency, fingerprintOf, isIdempotencyKey, replay } from './idempotency.js';
import { mockOnlyRoute } from './mock-only.js';
import type { OperationContext, Operations } from './operation.js';
import { problem } from './problems.js';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimit } from './rate-limit.js';
import { OPERATIONS } from './resources/index.js';
import { createRouter } from './router.js';
import { DEMO_NOW, demoSeed, emptySeed } from './seed/demo.js';
import { createMemoryStore, type Store } from './store.js';
import { parseBody, parseQuery } from './validation.js';

/** What the transport knows about a request beyond the request itself. */
export interface RequestInfo {
  /** The address the request came from, for rate limits. */
  clientAddress?: string;
}

/** The whole API as one function, the same in Node, a browser, a service worker or a test. */
export type FetchHandler = (request: Request, info?: RequestInfo) => Promise<Response>;

export interface MockServerOptions {
  /** Where the data lives. Default: an in-memory copy of the demo seed. */
  store?: Store;
  /** Faults to inject; the object is read on every request, so it may be changed while the server runs. */
  faults?: Faults;
  /** Page origins allowed to call from a browser. Default `'*'`. */
  allowedOrigins?: AllowedOrigins;
  /** Source of randomness for fault injection. Default `Math.random`. */
  random?: () => number;
  /**
   * The server's clock, for deadlines, sessions and timestamps. Default: the
   * demo seed's story clock (`DEMO_NOW`) when the server makes its own demo
   * store, since that story only makes sense at its moment; else the real time.
   */
  now?: () => Date;
  /** Writes allowed per caller and address; `false` turns the limit off. Default 60 a minute. */
  rateLimit?: RateLimit | false;
  /** The secret keys (`sk_...`) that staff may use. Default `sk_demo` and `sk_test`. */
  secretKeys?: readonly string[];
  /** The origin that links in answers point to. Default: the origin of each request. */
  publicUrl?: string;
  /**
   * Checks every successful answer against the contract's response schema and
   * answers 500 when the server broke it. Default `true`: the mock must never lie.
   */
  checkResponses?: boolean;
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'DELETE']);

/**
 * Makes the mock community-ops API: every route of the contract, validated by
 * the contract's own schemas.
 *
 * @example
 * ```ts
 * const handle = createHandler();
 * const response = await handle(new Request('http://localhost/v1/events', {
 *   headers: { authorization: 'Bearer pk_demo' },
 * }));
 * ```
 */
export function createHandler(options: MockServerOptions = {}): FetchHandler {
  const faults = options.faults ?? {};
  const random = options.random ?? Math.random;
  const allowedOrigins = options.allowedOrigins ?? '*';
  const clock = options.now ?? (options.store ? () => new Date() : () => new Date(DEMO_NOW));
  const secretKeys = options.secretKeys ?? DEMO_SECRET_KEYS;
  const checkResponses = options.checkResponses ?? true;
  const rateLimit = options.rateLimit === false ? undefined : (options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const route = createRouter(ROUTES.map((entry: Route) => ({ method: entry.method, path: entry.path, target: entry })));
  const full = serverFor(options.store ?? createMemoryStore(demoSeed()));
  let empty: ReturnType<typeof serverFor> | undefined;

  function serverFor(store: Store) {
    return { store, idempotency: createIdempotency(store), limiter: rateLimit && createRateLimiter(rateLimit) };
  }

  const handleLight: FetchHandler = async (request, info = {}) => {
    if (request.method === 'OPTIONS') return preflight(request, allowedOrigins);
    const scenario = requestedScenario(request);
    const jitter = faults.jitterMs ? Math.floor(random() * (faults.jitterMs + 1)) : 0;
    await delay((faults.latencyMs ?? 0) + jitter + (scenario === 'slow' ? SLOW_SCENARIO_MS : 0), request.signal);
    let response: Response;
    if (scenario === 'failing' || random() < (faults.failRate ?? 0)) {
      response = problem('internal_error');
    } else if (scenario === 'rate-limited') {
      response = problem('rate_limited', { headers: { 'retry-after': '1' } });
    } else {
      const server = scenario === 'empty' ? (empty ??= serverFor(createMemoryStore(emptySeed()))) : full;
      response = await answer(request, info, server);
      // Applied, but the answer never arrives: only a repeat with the same Idempotency-Key learns how it went.
      if (faults.lostAnswerRate && WRITE_METHODS.has(request.method) && response.ok && random() < faults.lostAnswerRate) {
        response = problem('internal_error');
      }
    }
    return withCors(request, response, allowedOrigins);
  };
  const handle: FetchHandler = async (request, info) => materialize(await handleLight(request, info));
  lightHandlers.set(handle, handleLight);
  return handle;

  async function answer(request: Request, info: RequestInfo, server: ReturnType<typeof serverFor>): Promise<Response> {
    const { store, idempotency, limiter } = server;
    const url = new URL(request.url);
    const now = clock();
    const mockOnly = mockOnlyRoute(request, url, store);
    if (mockOnly) return mockOnly;
    const match = route(request.method, url.pathname);
    if (match.kind === 'none') return problem('not_found', { message: `No resource at ${url.pathname}.` });
    if (match.kind === 'wrong-method') {
      return problem('method_not_allowed', {
        message: `${request.method} is not supported at ${url.pathname}.`,
        headers: { allow: match.allowed.join(', ') },
      });
    }
    const authentication = authenticate(request, store, now, secretKeys);
    if (!authentication.ok) return authentication.response;
    const { caller } = authentication;
    const refusal = authorize(caller, match.target.credential);
    if (refusal) return refusal;

    const call: Call = { route: match.target, params: match.params, request, url, caller, store, now };
    if (!WRITE_METHODS.has(request.method)) return withEtag(request, await execute(call, ''));

    const body = await request.text();
    const principal = principalOf(caller);
    const key = request.headers.get('idempotency-key');
    let scope: string | undefined;
    const fingerprint = fingerprintOf(request.method, url.pathname, url.search, body);
    if (key !== null) {
      if (!isIdempotencyKey(key)) {
        return problem('validation_failed', {
          fieldErrors: { 'Idempotency-Key': ['Use 1 to 255 printable characters without spaces.'] },
        });
      }
      // Hashed, so that the kept answers never say who sent them: an anonymous suggestion stays anonymous.
      scope = hash(`${principal} ${key}`);
      // No await unless a first request is running: a yield here would let concurrent repeats all start as firsts.
      const running = idempotency.whenRunning(scope);
      const first = idempotency.find(scope, now) ?? (running && (await running));
      if (first) {
        if (first.fingerprint !== fingerprint) {
          return problem('unprocessable', {
            message: 'This Idempotency-Key was already used for a different request; make a new key per operation.',
          });
        }
        return replay(first);
      }
    }
    const wait = limiter?.take(`${principal} ${info.clientAddress ?? 'unknown'}`);
    if (wait !== undefined) return problem('rate_limited', { headers: { 'retry-after': String(wait) } });
    return scope === undefined
      ? execute(call, body)
      : idempotency.run(scope, fingerprint, now, () => execute(call, body));
  }

  async function execute(call: Call, body: string): Promise<Response> {
    const { route: contract, request, url } = call;
    const query = contract.query ? parseQuery(contract.query, url) : { ok: true as const, value: undefined };
    if (!query.ok) return query.response;
    const parsedBody = contract.body
      ? parseBody(contract.body, body, request.headers.get('content-type'))
      : { ok: true as const, value: undefined };
    if (!parsedBody.ok) return parsedBody.response;
    const context = {
      ...call,
      query: query.value,
      body: parsedBody.value,
      origin: options.publicUrl ?? url.origin,
      secret: makeSecret,
    } as OperationContext;
    const operation = OPERATIONS[contract.operationId as keyof Operations] as (context: OperationContext) => Response | Promise<Response>;
    let response: Response;
    try {
      response = await operation(context);
    } catch (error) {
      console.error(`mock-server: ${contract.operationId} failed`, error);
      return problem('internal_error');
    }
    return checkResponses ? checked(contract, response) : response;
  }
}

interface Call {
  route: Route;
  params: Record<string, string>;
  request: Request;
  url: URL;
  caller: Caller;
  store: Store;
  now: Date;
}

/**
 * Answers that passed the contract check, by operation and text: the check is a
 * pure function of the two, so a repeat of the same answer (the same list read
 * again, as pages and widgets do) is not parsed again. The most recent
 * `CONFORMING_KEPT` answers of at most `CONFORMING_MAX_CHARS` characters.
 */
const conforming = new Set<string>();
const CONFORMING_KEPT = 256;
const CONFORMING_MAX_CHARS = 100_000;

function remember(memo: string): void {
  if (memo.length > CONFORMING_MAX_CHARS) return;
  if (conforming.size >= CONFORMING_KEPT) conforming.delete(conforming.values().next().value as string);
  conforming.add(memo);
}

/** Answers 500 instead of an answer that breaks the contract, and says why on the console. */
async function checked(route: Route, response: Response): Promise<Response> {
  const schema = route.response.schema;
  if (!schema || response.status !== route.response.status) return response;
  const known = knownText(response);
  const text = known ?? (await response.text());
  const answer = known === undefined ? textResponse(text, response) : response;
  const memo = `${route.operationId}\n${text}`;
  if (conforming.has(memo)) return answer;
  const parsed = z.safeParse(schema, JSON.parse(text));
  if (parsed.success) {
    remember(memo);
    return answer;
  }
  console.error(`mock-server: ${route.operationId} broke its contract`, JSON.stringify(parsed.error.issues));
  return problem('internal_error', { message: `The mock server broke the contract of ${route.operationId}.` });
}

/** An unguessable secret such as `ct_Q2x...`: 144 random bits, URL-safe. */
function makeSecret(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const text = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
  return `${prefix}_${text}`;
}
