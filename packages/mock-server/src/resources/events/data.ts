import type * as z from 'zod/mini';
import type { EventSchema, RegistrationSchema } from '@ngo-kit/sdk/schemas';

/**
 * An event as stored: the wire form of the contract without the figures that
 * are counted from registrations, plus what only confirmed registrants see.
 */
export type EventRecord = Omit<z.input<typeof EventSchema>, 'registeredCount'> & {
  /** Revealed to confirmed registrants of an online or hybrid event; `null` for an offline one. */
  joinUrl: string | null;
  createdAt: string;
};

/** A place at an event or in its waitlist; the waitlist is ordered by `createdAt`, then `id`. */
export interface RegistrationRecord {
  id: string;
  eventId: string;
  /** Set when the registrant's e-mail belongs to a member, so that attendance earns their points. */
  memberId: string | null;
  name: string;
  email: string;
  phone: string | null;
  role: 'attendee' | 'volunteer';
  answers: Record<string, string>;
  status: z.input<typeof RegistrationSchema>['status'];
  cancellationToken: string;
  createdAt: string;
  cancelledAt: string | null;
}

/** A check-in at an event, recorded by staff. */
export interface AttendanceRecord {
  registrationId: string;
  eventId: string;
  memberId: string | null;
  checkedInAt: string;
  hoursServed: number;
  pointsAwarded: number;
}

export interface EventsData {
  events: EventRecord[];
  registrations: RegistrationRecord[];
  attendance: AttendanceRecord[];
}
