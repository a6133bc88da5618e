import type * as z from 'zod/mini';
import { POINTS_PER_VOLUNTEER_HOUR, type AttendanceInputSchema } from '@ngo-kit/sdk/schemas';
import { refuse } from '../outcome.js';
import type { StoreData } from '../../store.js';
import type { Validated } from '../../validation.js';
import { memberByEmail } from '../members/lookup.js';
import { appendLedger } from '../points/ledger.js';
import type { AttendanceRecord } from './data.js';

export type AttendanceInput = z.output<typeof AttendanceInputSchema>;

/**
 * Checks in a registration at its event, all checks first: 404 unknown event
 * or registration, 409 cancelled event, 409 not confirmed, 409 already
 * checked in, 422 hours for an attendee. The member (linked now if the e-mail
 * has become a member's since) earns the event's points and, as a volunteer,
 * points for the hours served, as ledger entries. Call it inside `store.write`.
 */
export function checkIn(data: StoreData, eventId: string, input: AttendanceInput, now: Date): Validated<AttendanceRecord> {
  const event = data.events.find((candidate) => candidate.id === eventId);
  if (!event) return refuse('not_found', `No event ${eventId}.`);
  const registration = data.registrations.find(
    (candidate) => candidate.id === input.registrationId && candidate.eventId === event.id,
  );
  if (!registration) {
    return refuse('not_found', `No registration ${input.registrationId} for this event.`);
  }
  if (event.status === 'cancelled') return refuse('conflict', 'This event is cancelled; nobody can check in.');
  if (registration.status !== 'confirmed') {
    return refuse('conflict', `Only a confirmed registration can check in; this one is ${registration.status}.`);
  }
  if (data.attendance.some((attendance) => attendance.registrationId === registration.id)) {
    return refuse('conflict', 'This registration has already checked in.');
  }
  const hoursServed = input.hoursServed ?? 0;
  if (hoursServed > 0 && registration.role !== 'volunteer') {
    return refuse('unprocessable', 'Hours are served by volunteers; this registration is an attendee’s.');
  }

  registration.memberId ??= memberByEmail(data, registration.email)?.id ?? null;
  const at = now.toISOString();
  let pointsAwarded = 0;
  const { memberId } = registration;
  if (memberId !== null) {
    const points = event.points ?? 0;
    if (points > 0) {
      appendLedger(data, { memberId, kind: 'earned', source: 'attendance', amount: points, eventId: event.id, reason: event.title, at });
      pointsAwarded += points;
    }
    const hourPoints = Math.round(hoursServed * POINTS_PER_VOLUNTEER_HOUR);
    if (hourPoints > 0) {
      appendLedger(data, {
        memberId,
        kind: 'earned',
        source: 'volunteer_hours',
        amount: hourPoints,
        hours: hoursServed,
        eventId: event.id,
        reason: `Volunteering: ${event.title}`,
        at,
      });
      pointsAwarded += hourPoints;
    }
  }
  const attendance: AttendanceRecord = {
    registrationId: registration.id,
    eventId: event.id,
    memberId,
    checkedInAt: at,
    hoursServed,
    pointsAwarded,
  };
  data.attendance.push(attendance);
  return { ok: true, value: attendance };
}

