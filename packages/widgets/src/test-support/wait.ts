import { waitUntil as pollUntil } from '@open-wc/testing';

/**
 * How long a test waits for something before it fails. No test asserts a time: this only bounds how long a
 * failing test hangs. CI runs Chromium and Firefox side by side on two cores, where a widget's first load
 * through the mock API (with a lazy chunk, a language's texts and the SDK's retries with backoff) can take
 * several seconds: waits of one to five seconds made tests fail now and then for no fault of the code.
 */
export const PATIENCE_MS = 20_000;

/**
 * Polls `predicate` until it returns something truthy; fails with `message` after {@link PATIENCE_MS}.
 * Use this, not `@open-wc/testing`'s, whose limit is one second (the lint forbids that one).
 */
export function waitUntil(predicate: () => unknown, message?: string): Promise<void> {
  return pollUntil(predicate, message, { timeout: PATIENCE_MS });
}
