/**
 * A write kept by the outbox until the server has answered it.
 *
 * @example
 * ```ts
 * for (const entry of client.outbox.pending) {
 *   console.log(entry.method, entry.path, `tried ${entry.attempts} times`, entry.lastError);
 * }
 * ```
 */
export interface OutboxEntry {
  /** The write's `Idempotency-Key`, the same on every send: the server applies the write once. */
  readonly id: string;
  readonly method: 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the client's `baseUrl`, with the query, e.g. `v1/suggestions`. */
  readonly path: string;
  /** The JSON body exactly as first sent; `JSON.parse` it to show what is waiting. */
  readonly body?: string | undefined;
  /** The member token the write was made with, so that it is sent as the same member. */
  readonly memberToken?: string | undefined;
  /** Path prefixes of the reads that the write makes stale. */
  readonly invalidates: readonly string[];
  /** ISO 8601, when the write was first tried. */
  readonly createdAt: string;
  /** How many times the outbox has tried to send it. */
  readonly attempts: number;
  /** Why the last send failed. */
  readonly lastError?: string | undefined;
}

/** Entries as stored: a JSON array, read defensively since storage outlives versions of this code. */
export function parseEntries(text: string | null): OutboxEntry[] {
  if (!text) return [];
  try {
    const entries: unknown = JSON.parse(text);
    return Array.isArray(entries) ? entries.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as Partial<OutboxEntry> | null;
  return typeof entry?.id === 'string' && typeof entry.method === 'string' && typeof entry.path === 'string';
}
