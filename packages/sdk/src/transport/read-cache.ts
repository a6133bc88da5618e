/**
 * The read cache: `ttl` is how long an answer is used without asking the server again.
 *
 * @example
 * ```ts
 * // Always ask, but let unchanged answers come back as a bodiless 304.
 * const client = createClient({ baseUrl, publishableKey, cache: { ttl: 0 } });
 * ```
 */
export interface CacheOptions {
  /** Milliseconds an answer is fresh. After that it is revalidated with its ETag (a `304` costs no body). Default 30 000. */
  ttl?: number;
  /** How many answers are kept; the oldest goes first. Default 100. */
  max?: number;
  /** The clock, in milliseconds. Default `Date.now`; tests pass their own. */
  now?: () => number;
}

export interface CachedRead {
  payload: unknown;
  etag: string | null;
  /** `payload` may be used without asking until this moment. */
  freshUntil: number;
}

interface Entry extends CachedRead {
  path: string;
}

/**
 * Answers of reads, by method, URL and credential. A write invalidates the reads
 * under its resource's path, including reads that were running while it was sent.
 */
export function createReadCache(options: CacheOptions = {}) {
  const { ttl = 30_000, max = 100, now = Date.now } = options;
  const entries = new Map<string, Entry>();
  const invalidated = new Map<string, number>();
  let generation = 0;

  return {
    /** A mark to pass to `store`, taken before the request is sent. */
    mark: (): number => generation,

    lookup(key: string): CachedRead | undefined {
      return entries.get(key);
    },

    isFresh: (read: CachedRead): boolean => read.freshUntil > now(),

    store(key: string, path: string, payload: unknown, etag: string | null, mark: number): void {
      const overtaken = [...invalidated].some(([prefix, at]) => at > mark && path.startsWith(prefix));
      entries.delete(key);
      entries.set(key, { path, payload, etag, freshUntil: overtaken ? 0 : now() + ttl });
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
    },

    invalidate(prefix: string): void {
      invalidated.set(prefix, ++generation);
      for (const entry of entries.values()) if (entry.path.startsWith(prefix)) entry.freshUntil = 0;
    },
  };
}

export type ReadCache = ReturnType<typeof createReadCache>;
