import { executeServerCommand } from '@web/test-runner-commands';

/** Faults of a mock API started by a test; see `Faults` in `@ngo-kit/mock-server`. */
export interface MockApiFaults {
  failRate?: number;
  latencyMs?: number;
}

export interface MockApi {
  /** Give this to a widget as its `api`. */
  baseUrl: string;
  /** Changes the faults of this API while it runs. */
  setFaults(faults: MockApiFaults): Promise<void>;
}

/**
 * Starts a mock community-ops API of its own for one test: the real handler,
 * served over HTTP by the test server, with its own data and faults.
 */
export async function startMockApi(options: { seed?: 'demo' | 'empty'; faults?: MockApiFaults } = {}): Promise<MockApi> {
  const { id, baseUrl } = await executeServerCommand<{ id: string; baseUrl: string }, typeof options>(
    'mock-api:start',
    options,
  );
  return {
    baseUrl: new URL(baseUrl, location.href).href,
    async setFaults(faults) {
      await executeServerCommand('mock-api:faults', { id, faults });
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
