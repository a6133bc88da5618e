import { createRandom } from './seed/random.js';

/**
 * Faults the server injects, read on every request, so a test or a demo can
 * change them while the server runs.
 */
export interface Faults {
  /** Share of requests, from 0 to 1, answered with a 500 before the server does anything. Default 0. */
  failRate?: number;
  /**
   * Share of writes (POST, PATCH, DELETE), from 0 to 1, that the server applies
   * and then answers with a 500 instead of their answer, as when the answer is
   * lost on its way back: the case idempotency keys exist for. A repeat with
   * the same `Idempotency-Key` gets the kept answer. Default 0.
   */
  lostAnswerRate?: number;
  /** Milliseconds added before each answer. Default 0. */
  latencyMs?: number;
  /** Up to this many milliseconds more, at random, before each answer, so that requests overtake each other. Default 0. */
  jitterMs?: number;
}

/**
 * A seeded source for fault injection (`MockServerOptions.random`): the same
 * seed fails the same requests of a sequence in every run.
 *
 * @example
 * ```ts
 * const handle = createHandler({ faults: { failRate: 0.3 }, random: seededRandom(2026) });
 * ```
 */
export function seededRandom(seed: number): () => number {
  return createRandom(seed).next;
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
