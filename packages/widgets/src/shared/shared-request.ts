import type { NgoClient } from '@ngo-kit/sdk';

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

const inFlight = new WeakMap<NgoClient, Map<string, InFlight>>();

/**
 * Runs `request` once for every caller that asks the same `client` the same
 * `key` while it is under way, so three widgets that need the same list cause
 * one request. Each caller keeps its own `signal`: a caller that gives up gets
 * an `AbortError` at once, and the request itself is aborted only when every
 * caller has given up. Nothing is kept once the answer is in: the next caller
 * asks again, so a retry after an error really retries.
 *
 * @example
 * ```ts
 * const page = await sharedRequest(client, ['events.list', { limit }], signal, (signal) =>
 *   client.events.list({ limit }, { signal }),
 * );
 * ```
 */
export function sharedRequest<T>(
  client: NgoClient,
  key: unknown,
  signal: AbortSignal,
  request: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  signal.throwIfAborted();
  let requests = inFlight.get(client);
  if (!requests) {
    requests = new Map();
    inFlight.set(client, requests);
  }
  const id = JSON.stringify(key);
  let entry = requests.get(id);
  if (!entry) {
    const controller = new AbortController();
    const created: InFlight = { controller, waiting: 0, promise: Promise.resolve() };
    created.promise = request(controller.signal).finally(() => {
      if (requests.get(id) === created) requests.delete(id);
    });
    requests.set(id, created);
    entry = created;
  }
  const shared = entry;
  shared.waiting += 1;
  return new Promise<T>((resolve, reject) => {
    const leave = () => {
      shared.waiting -= 1;
      if (shared.waiting === 0) {
        shared.controller.abort(signal.reason);
        if (requests.get(id) === shared) requests.delete(id);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', leave, { once: true });
    (shared.promise as Promise<T>).then(
      (value) => {
        signal.removeEventListener('abort', leave);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}
