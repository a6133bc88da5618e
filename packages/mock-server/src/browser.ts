import { createHandler, type MockServerOptions } from './handler.js';

/**
 * A `fetch` that answers from the mock server running in this page: for
 * Storybook, tests and offline demos. Give it to the SDK as its `fetch`.
 *
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'https://mock.invalid', publishableKey: 'pk_demo', fetch: createMockFetch() });
 * ```
 */
export function createMockFetch(options: MockServerOptions = {}): typeof fetch {
  const handle = createHandler(options);
  return (input, init) => handle(new Request(input, init));
}

export { createHandler, type MockServerOptions } from './handler.js';
export { createMemoryStore } from './store.js';
export { demoSeed, emptySeed } from './seed/demo.js';
export type { Faults, Scenario } from './faults.js';
