import type * as z from 'zod/mini';
import type { EventSchema, RegistrationSchema } from '@ngo-kit/sdk/schemas';
import type { StoreData } from '../../store.js';
import type { EventRecord, RegistrationRecord } from './data.js';
import { confirmedCountOf, waitlistPositionOf } from './places.js';

/**
 * An event in the wire form of the contract, with its places counted from the
 * registrations and every optional field written out, so that clients never guess.
 */
export function presentEvent(
  data: Readonly<StoreData>,
  event: EventRecord,
  registeredCount = confirmedCountOf(data, event.id),
): z.input<typeof EventSchema> {
  const { joinUrl: _joinUrl, createdAt: _createdAt, ...wire } = event;
  return {
    ...wire,
    status: event.status ?? 'scheduled',
    points: event.points ?? 0,
    registrationDeadline: event.registrationDeadline ?? null,
    questions: event.questions ?? [],
    registeredCount,
  };
}

/**
 * A registration in the wire form, for its registrant alone: it carries the
 * cancellation token, and the join link once the place is confirmed.
 */
export function presentRegistration(
  data: Readonly<StoreData>,
  registration: RegistrationRecord,
  origin: string,
): z.input<typeof RegistrationSchema> {
  const event = data.events.find((candidate) => candidate.id === registration.eventId);
  const joins = registration.status === 'confirmed' && event?.kind !== 'offline' && event?.status !== 'cancelled';
  return {
    id: registration.id,
    eventId: registration.eventId,
    status: registration.status,
    waitlistPosition: waitlistPositionOf(data, registration),
    cancellationToken: registration.cancellationToken,
    cancellationUrl: cancellationUrlOf(registration, origin),
    joinUrl: joins ? (event?.joinUrl ?? null) : null,
    createdAt: registration.createdAt,
  };
}

/** The link of the cancellation e-mail; the token is in the fragment, which no browser sends to a server. */
export function cancellationUrlOf(registration: RegistrationRecord, origin: string): string {
  return `${origin}/registrations/${encodeURIComponent(registration.id)}/cancellation#token=${registration.cancellationToken}`;
}
