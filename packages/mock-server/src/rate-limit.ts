/** How many writes one caller from one address may make in a window. */
export interface RateLimit {
  writes: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { writes: 60, windowMs: 60_000 };

/**
 * A sliding-window counter per caller and address. It runs on the wall clock
 * (not the server's business clock), since waiting is what it asks for.
 */
export function createRateLimiter(limit: RateLimit, clock: () => number = () => performance.now()) {
  const windows = new Map<string, number[]>();
  return {
    /** Counts a write; answers the seconds to wait when it is one too many, else `undefined`. */
    take(bucket: string): number | undefined {
      const now = clock();
      const recent = (windows.get(bucket) ?? []).filter((at) => at > now - limit.windowMs);
      if (recent.length >= limit.writes) {
        windows.set(bucket, recent);
        const oldest = recent[0] ?? now;
        return Math.max(1, Math.ceil((oldest + limit.windowMs - now) / 1000));
      }
      recent.push(now);
      windows.set(bucket, recent);
      return undefined;
    },
  };
}
