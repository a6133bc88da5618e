import type * as z from 'zod/mini';
import type { EventSchema } from '@ngo-kit/sdk/schemas';
import type { StoreData } from '../../store.js';
import type { EventRecord } from './data.js';

/** An event in the wire form of the contract, with its places counted from the registrations. */
export function presentEvent(data: Readonly<StoreData>, event: EventRecord): z.input<typeof EventSchema> {
  const { joinUrl: _joinUrl, createdAt: _createdAt, ...wire } = event;
  const registeredCount = data.registrations.filter(
    (registration) => registration.eventId === event.id && registration.status === 'confirmed',
  ).length;
  return { ...wire, registeredCount };
}
