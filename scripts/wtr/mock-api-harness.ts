import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  createHandler,
  createMemoryStore,
  DEMO_NOW,
  demoSeed,
  emptySeed,
  seededRandom,
  type Faults,
  type Store,
  type StoreData,
} from '@ngo-kit/mock-server';
import { toNodeListener } from '@ngo-kit/mock-server/node';

type Listener = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The parts of a Koa context the middleware touches. */
interface KoaContext {
  path: string;
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
}

interface CommandArgs {
  command: string;
  payload?: unknown;
}

const PREFIX = /^\/__mock-api\/([^/]+)(\/.*)$/;

/** What a test may ask of its mock API; see `startMockApi` in packages/widgets/src/test-support/mock-api.ts. */
interface StartOptions {
  seed?: 'demo' | 'empty';
  faults?: Faults;
  faultSeed?: number;
  rateLimit?: false;
}

/**
 * Lets browser tests start mock APIs of their own: `mock-api:start` makes one
 * (the real handler with its own store and faults) served under
 * `/__mock-api/<id>/`, `mock-api:faults` changes its faults, and
 * `mock-api:data` reads collections of its store, to check what arrived.
 */
export function mockApiHarness() {
  const apis = new Map<string, { listener: Listener; faults: Faults; store: Store }>();
  let next = 0;

  const middleware = async (context: KoaContext, proceed: () => Promise<unknown>) => {
    const match = PREFIX.exec(context.path);
    const api = match ? apis.get(match[1] ?? '') : undefined;
    if (!match || !api) return proceed();
    context.respond = false;
    const url = context.req.url ?? '';
    const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
    context.req.url = `${match[2]}${query}`;
    await api.listener(context.req, context.res);
  };

  const plugin = {
    name: 'ngo-mock-api',
    executeCommand({ command, payload }: CommandArgs) {
      if (command === 'mock-api:start') {
        const options = (payload ?? {}) as StartOptions;
        const id = String(++next);
        const faults: Faults = { ...options.faults };
        const store = createMemoryStore(options.seed === 'empty' ? emptySeed() : demoSeed());
        // The demo seed's story happens at its own moment, so that "upcoming" never drifts with the real date.
        const now = () => new Date(DEMO_NOW);
        const random = options.faultSeed === undefined ? undefined : seededRandom(options.faultSeed);
        const handler = createHandler({
          store,
          faults,
          now,
          ...(random ? { random } : {}),
          ...(options.rateLimit === false ? { rateLimit: false } : {}),
        });
        apis.set(id, { faults, store, listener: toNodeListener(handler) });
        return { id, baseUrl: `/__mock-api/${id}/` };
      }
      if (command === 'mock-api:faults') {
        const { id, faults } = payload as { id: string; faults: Faults };
        const api = apis.get(id);
        if (!api) throw new Error(`no mock API ${id}`);
        Object.assign(api.faults, faults);
        return true;
      }
      if (command === 'mock-api:data') {
        const { id, collections } = payload as { id: string; collections: (keyof StoreData)[] };
        const api = apis.get(id);
        if (!api) throw new Error(`no mock API ${id}`);
        const data = api.store.read();
        return Object.fromEntries(collections.map((name) => [name, data[name]]));
      }
      return undefined;
    },
  };

  return { middleware, plugin };
}
