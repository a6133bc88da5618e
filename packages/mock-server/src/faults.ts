/**
 * Faults the server injects, read on every request, so a test or a demo can
 * change them while the server runs.
 */
export interface Faults {
  /** Share of requests, from 0 to 1, answered with a 500 instead. Default 0. */
  failRate?: number;
  /** Milliseconds added before each answer. Default 0. */
  latencyMs?: number;
}

/**
 * Scenarios a single request may ask for with `Prefer: scenario=<name>`:
 * `failing` answers 500, `slow` waits two seconds, `empty` answers as if there were no data,
 * `rate-limited` answers 429 with `Retry-After: 1`.
 */
export const SCENARIOS = ['failing', 'slow', 'empty', 'rate-limited'] as const;

export type Scenario = (typeof SCENARIOS)[number];

export const SLOW_SCENARIO_MS = 2000;

export function requestedScenario(request: Request): Scenario | undefined {
  const prefer = request.headers.get('prefer') ?? '';
  const name = /(?:^|[\s,;])scenario=([a-z-]+)/.exec(prefer)?.[1];
  return SCENARIOS.find((scenario) => scenario === name);
}

export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
