interface Running {
  path: string;
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

/**
 * Lets callers who ask for the same read at the same time share one request.
 * One caller's abort ends only that caller's wait; the request itself is
 * cancelled when every caller has given up.
 */
export function createSharedReads() {
  const running = new Map<string, Running>();

  return {
    run<T>(key: string, path: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
      signal?.throwIfAborted();
      let shared = running.get(key);
      if (!shared) {
        const controller = new AbortController();
        const entry: Running = { path, controller, callers: 0, promise: Promise.resolve() };
        entry.promise = start(controller.signal).finally(() => {
          if (running.get(key) === entry) running.delete(key);
        });
        running.set(key, entry);
        shared = entry;
      }
      const current = shared;
      current.callers += 1;
      if (!signal) return current.promise as Promise<T>;
      return new Promise<T>((resolve, reject) => {
        const leave = () => {
          current.callers -= 1;
          if (current.callers === 0) {
            // Gone at once, so that a caller who comes next starts afresh instead of joining a cancelled request.
            if (running.get(key) === current) running.delete(key);
            current.controller.abort(signal.reason);
          }
          reject(signal.reason);
        };
        signal.addEventListener('abort', leave, { once: true });
        (current.promise as Promise<T>)
          .finally(() => signal.removeEventListener('abort', leave))
          .then(resolve, reject);
      });
    },

    /** Later callers of reads under `prefix` start a new request: a write may have changed what the running one returns. */
    forget(prefix: string): void {
      for (const [key, entry] of running) if (entry.path.startsWith(prefix)) running.delete(key);
    },
  };
}

export type SharedReads = ReturnType<typeof createSharedReads>;
