import { textOf, textResponse } from './body.js';
import { hash } from './hash.js';
import type { IdempotencyRecord, Store } from './store.js';

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Printable ASCII without spaces, as in the IETF draft for the header. */
const KEY = /^[\x21-\x7e]{1,255}$/;

export function isIdempotencyKey(key: string): boolean {
  return KEY.test(key);
}

export function fingerprintOf(method: string, pathname: string, search: string, body: string): string {
  return hash(`${method} ${pathname}${search}\n${body}`);
}

/**
 * Remembers the first answer to each key, in the store (so a restart keeps
 * them), and shares one answer among repeats that arrive while the first runs.
 */
export function createIdempotency(store: Store) {
  const running = new Map<string, Promise<IdempotencyRecord>>();
  // The kept records by scope, so that a write does not scan them all (they are one per write ever
  // made with a key): built for the store's array, and again when the store holds another array.
  let indexed: readonly IdempotencyRecord[] | undefined;
  let byScope = new Map<string, IdempotencyRecord>();
  const index = (records: readonly IdempotencyRecord[]) => {
    if (records !== indexed) {
      byScope = new Map(records.map((record) => [record.scope, record]));
      indexed = records;
    }
    return byScope;
  };

  return {
    find(scope: string, now: Date): IdempotencyRecord | undefined {
      const record = index(store.read().idempotency).get(scope);
      return record && Date.parse(record.at) > now.getTime() - IDEMPOTENCY_TTL_MS ? record : undefined;
    },

    /** The first request of a key while it still runs, for a repeat that arrives meanwhile. */
    whenRunning(scope: string): Promise<IdempotencyRecord> | undefined {
      return running.get(scope);
    },

    /** Runs the first request of a key; its answer is kept unless it is a server failure or a 429. */
    async run(scope: string, fingerprint: string, now: Date, answer: () => Promise<Response>): Promise<Response> {
      const pending = answer().then(async (response): Promise<IdempotencyRecord> => {
        const record: IdempotencyRecord = {
          scope,
          fingerprint,
          status: response.status,
          headers: [...response.headers],
          body: await textOf(response),
          at: now.toISOString(),
        };
        if (response.status < 500 && response.status !== 429) {
          store.write((data) => {
            const cutoff = now.getTime() - IDEMPOTENCY_TTL_MS;
            // records are kept in the order they were made: when the oldest is still fresh, none has expired
            const oldest = data.idempotency[0];
            if ((oldest && Date.parse(oldest.at) <= cutoff) || index(data.idempotency).has(scope)) {
              data.idempotency = data.idempotency.filter((old) => old.scope !== scope && Date.parse(old.at) > cutoff);
            }
            data.idempotency.push(record);
            index(data.idempotency).set(scope, record);
          });
        }
        return record;
      });
      running.set(scope, pending);
      try {
        return replay(await pending, false);
      } finally {
        running.delete(scope);
      }
    },
  };
}

/** The kept answer as a new response; `Idempotent-Replayed: true` tells a repeat from the first. */
export function replay(record: IdempotencyRecord, replayed = true): Response {
  const headers = new Headers(record.headers);
  if (replayed) headers.set('idempotent-replayed', 'true');
  return textResponse(record.status === 204 ? null : record.body, { status: record.status, headers });
}
