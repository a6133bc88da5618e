/**
 * Where the outbox keeps writes: the three methods of the Web Storage API it
 * uses, so `localStorage` and `sessionStorage` fit as they are. In Node,
 * `fileStorage(path)` from `@ngo-kit/sdk/node` keeps them in a file.
 *
 * @example
 * ```ts
 * // Kept writes last as long as the tab, not across browser restarts.
 * const client = createClient({ baseUrl, publishableKey, storage: sessionStorage });
 * ```
 */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A storage that lasts as long as the process or page: the default outside browsers.
 *
 * @example
 * ```ts
 * const storage = memoryStorage();
 * const client = createClient({ baseUrl, publishableKey, storage });
 * ```
 */
export function memoryStorage(): OutboxStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** `localStorage` in a browser, so that kept writes survive a reload; memory elsewhere or when the page may not use it. */
export function defaultStorage(): OutboxStorage {
  try {
    // Reading `localStorage` throws in a sandboxed iframe or with storage blocked.
    if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  } catch {
    // fall through to memory
  }
  return memoryStorage();
}
