import type { Scenario } from './faults.js';
import { createHandler, type MockServerOptions } from './handler.js';

export interface MockFetchOptions extends MockServerOptions {
  /** Asked for with `Prefer: scenario=<name>` on every request that has no `Prefer` header of its own. Default: none. */
  scenario?: Scenario;
}

/**
 * A `fetch` that answers from the mock server running in this page: for
 * Storybook, tests and offline demos. Give it to the SDK as its `fetch`.
 *
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'https://mock.invalid', publishableKey: 'pk_demo', fetch: createMockFetch() });
 * ```
 */
export function createMockFetch(options: MockFetchOptions = {}): typeof fetch {
  const { scenario, ...serverOptions } = options;
  const handle = createHandler(serverOptions);
  return (input, init) => {
    const request = new Request(input, init);
    if (scenario && !request.headers.has('prefer')) request.headers.set('prefer', `scenario=${scenario}`);
    return handle(request);
  };
}

export { createHandler, type MockServerOptions } from './handler.js';
export { createMemoryStore } from './store.js';
export { DEMO_EXPIRED_TOKEN, DEMO_MEMBER_TOKEN, DEMO_MEMBER_TOKEN_ZH, DEMO_NOW, demoSeed, emptySeed } from './seed/demo.js';
export type { Faults, Scenario } from './faults.js';
