import type * as z from 'zod/mini';
import type { EventSchema } from '@ngo-kit/sdk/schemas';

/** An event as stored and sent: the wire form of the contract's schema. */
export type EventRecord = z.input<typeof EventSchema>;

/** Everything the mock server knows. */
export interface StoreData {
  events: EventRecord[];
}

export interface Store {
  read(): StoreData;
}

/** A store that lives in memory; each server gets its own copy of the data. */
export function createMemoryStore(data: StoreData): Store {
  const copy = structuredClone(data);
  return { read: () => copy };
}
