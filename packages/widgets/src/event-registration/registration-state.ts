import type { CommunityEvent } from '@ngo-kit/sdk';

/**
 * Whether an event takes no more registrations, and why: `cancelled`, or
 * `deadline` once its registration deadline (else its start) has passed on
 * the reader's clock; `undefined` while it takes them. The API decides in the
 * end (422 past the deadline); this only spares people a form they cannot send.
 */
export function closedReason(
  event: Pick<CommunityEvent, 'status' | 'registrationDeadline' | 'startsAt'>,
  now: Date = new Date(),
): 'cancelled' | 'deadline' | undefined {
  if (event.status === 'cancelled') return 'cancelled';
  const closesAt = event.registrationDeadline ?? event.startsAt;
  return now.getTime() >= closesAt.getTime() ? 'deadline' : undefined;
}

/** Whether every place is taken, so that a registration joins the waiting list. */
export function isFull(event: Pick<CommunityEvent, 'capacity' | 'registeredCount'>): boolean {
  return event.capacity !== null && event.registeredCount >= event.capacity;
}

/** Places still free, or `undefined` when the number is not limited. */
export function placesLeft(event: Pick<CommunityEvent, 'capacity' | 'registeredCount'>): number | undefined {
  return event.capacity === null ? undefined : Math.max(0, event.capacity - event.registeredCount);
}
