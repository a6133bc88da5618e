import { readCredential } from './auth.js';
import { preflight, withCors, type AllowedOrigins } from './cors.js';
import { delay, requestedScenario, SLOW_SCENARIO_MS, type Faults } from './faults.js';
import { problem } from './problems.js';
import { createRouter } from './router.js';
import { eventRoutes } from './routes/events.js';
import { demoSeed, emptySeed } from './seed/demo.js';
import { createMemoryStore, type Store } from './store.js';

/** The whole API as one function, the same in Node, a browser, a service worker or a test. */
export type FetchHandler = (request: Request) => Promise<Response>;

export interface MockServerOptions {
  /** Where the data lives. Default: an in-memory copy of the demo seed. */
  store?: Store;
  /** Faults to inject; the object is read on every request, so it may be changed while the server runs. */
  faults?: Faults;
  /** Page origins allowed to call from a browser. Default `'*'`. */
  allowedOrigins?: AllowedOrigins;
  /** Source of randomness for fault injection. Default `Math.random`. */
  random?: () => number;
}

/**
 * Makes the mock community-ops API.
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
  const store = options.store ?? createMemoryStore(demoSeed());
  const emptyStore = createMemoryStore(emptySeed());
  const faults = options.faults ?? {};
  const random = options.random ?? Math.random;
  const allowedOrigins = options.allowedOrigins ?? '*';
  const routeFor = (selected: Store) => createRouter([...eventRoutes(selected)]);
  const route = routeFor(store);
  const routeEmpty = routeFor(emptyStore);

  return async (request) => {
    if (request.method === 'OPTIONS') return preflight(request, allowedOrigins);
    const scenario = requestedScenario(request);
    await delay((faults.latencyMs ?? 0) + (scenario === 'slow' ? SLOW_SCENARIO_MS : 0), request.signal);
    const failed = scenario === 'failing' || random() < (faults.failRate ?? 0);
    const response = failed ? problem('internal_error') : await answer(request, scenario === 'empty' ? routeEmpty : route);
    return withCors(request, response, allowedOrigins);
  };
}

async function answer(request: Request, route: ReturnType<typeof createRouter>): Promise<Response> {
  const url = new URL(request.url);
  const match = route(request.method, url.pathname);
  if (match.kind === 'none') return problem('not_found', { message: `No resource at ${url.pathname}.` });
  if (match.kind === 'wrong-method') {
    return problem('method_not_allowed', {
      message: `${request.method} is not supported at ${url.pathname}.`,
      headers: { allow: match.allowed.join(', ') },
    });
  }
  if (!readCredential(request)) return problem('unauthorized');
  try {
    return await match.handle({ request, url, params: match.params });
  } catch (error) {
    console.error('mock-server: unexpected failure', error);
    return problem('internal_error');
  }
}
