import type { StoreData } from '../../store.js';
import type { EventRecord, RegistrationRecord } from './data.js';

/** Confirmed places taken at an event. */
export function confirmedCountOf(data: Readonly<StoreData>, eventId: string): number {
  return data.registrations.filter((registration) => registration.eventId === eventId && registration.status === 'confirmed')
    .length;
}

/** Confirmed places taken at every event, counted in one pass: for a list, instead of one pass per event. */
export function confirmedCounts(data: Readonly<StoreData>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const registration of data.registrations) {
    if (registration.status === 'confirmed') counts.set(registration.eventId, (counts.get(registration.eventId) ?? 0) + 1);
  }
  return counts;
}

/** An event's waitlist, next to move up first: by `createdAt`, then `id`. */
export function waitlistOf(data: Readonly<StoreData>, eventId: string): RegistrationRecord[] {
  return data.registrations
    .filter((registration) => registration.eventId === eventId && registration.status === 'waitlisted')
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
}

/** 1 for the next to move up; `null` unless waitlisted. Counted, never stored, so positions have no gaps. */
export function waitlistPositionOf(data: Readonly<StoreData>, registration: RegistrationRecord): number | null {
  if (registration.status !== 'waitlisted') return null;
  return waitlistOf(data, registration.eventId).findIndex((candidate) => candidate.id === registration.id) + 1;
}

/** Whether a new registration gets a place now: there is one free, and nobody waits for it. */
export function hasFreePlace(data: Readonly<StoreData>, event: EventRecord): boolean {
  return (
    (event.capacity === null || confirmedCountOf(data, event.id) < event.capacity) && waitlistOf(data, event.id).length === 0
  );
}

/** When registration closes: the deadline, else the start. */
export function registrationClosesAt(event: EventRecord): number {
  return Date.parse(event.registrationDeadline ?? event.startsAt);
}
