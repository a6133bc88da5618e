import { executeServerCommand } from '@web/test-runner-commands';
import type { Faults, StoreData } from '@ngo-kit/mock-server';

/**
 * Faults of a mock API started by a test; see `Faults` in `@ngo-kit/mock-server`:
 * `failRate` fails requests before the server does anything, `lostAnswerRate`
 * applies writes and then answers 500, `latencyMs` and `jitterMs` delay answers.
 */
export type MockApiFaults = Faults;

export interface MockApi {
  /** Give this to a widget as its `api`. */
  baseUrl: string;
  /** Changes the faults of this API while it runs. */
  setFaults(faults: MockApiFaults): Promise<void>;
  /** Collections of the API's store as they are now, to check what arrived: `await api.data('suggestions')`. */
  data<Name extends keyof StoreData>(...collections: Name[]): Promise<Pick<StoreData, Name>>;
}

export interface MockApiOptions {
  seed?: 'demo' | 'empty';
  faults?: MockApiFaults;
  /** Makes the faults' randomness seeded: the same requests of a sequence fail in every run. */
  faultSeed?: number;
  /** `false` turns off the limit of writes a minute, for tests that make hundreds. */
  rateLimit?: false;
}

/**
 * Starts a mock community-ops API of its own for one test: the real handler,
 * served over HTTP by the test server, with its own data and faults.
 */
export async function startMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const { id, baseUrl } = await executeServerCommand<{ id: string; baseUrl: string }, typeof options>(
    'mock-api:start',
    options,
  );
  return {
    baseUrl: new URL(baseUrl, location.href).href,
    async setFaults(faults) {
      await executeServerCommand('mock-api:faults', { id, faults });
    },
    async data(...collections) {
      return executeServerCommand('mock-api:data', { id, collections });
    },
  };
}

/**
 * A `fetch` whose every request asks the mock server for one of its scenarios
 * (`Prefer: scenario=rate-limited`, say), for a test of how a widget answers it.
 */
export function fetchWithScenario(scenario: string): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    request.headers.set('prefer', `scenario=${scenario}`);
    return fetch(request);
  };
}
