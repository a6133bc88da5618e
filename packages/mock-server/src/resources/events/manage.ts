import type * as z from 'zod/mini';
import type { EventInputSchema, EventUpdateInputSchema, FieldErrors } from '@ngo-kit/sdk/schemas';
import { sendMail } from '../../mail.js';
import { refuse } from '../outcome.js';
import { nextId, type StoreData } from '../../store.js';
import type { Validated } from '../../validation.js';
import type { EventRecord } from './data.js';
import { confirmedCountOf } from './places.js';
import { fillPlaces } from './registrations.js';

export type EventInput = z.output<typeof EventInputSchema>;
export type EventUpdate = z.output<typeof EventUpdateInputSchema>;

/** Creates a scheduled event; rules across fields answer 400 with field errors. Call it inside `store.write`. */
export function createEvent(data: StoreData, input: EventInput, now: Date): Validated<EventRecord> {
  const fields = mergeFields(NEW_EVENT, input);
  const fieldErrors = eventProblems(fields);
  if (fieldErrors) return refuse('validation_failed', 'The event does not hold together.', { fieldErrors });
  const event: EventRecord = { id: nextId(data, 'evt'), ...fields, status: 'scheduled', createdAt: now.toISOString() };
  data.events.push(event);
  return { ok: true, value: event };
}

/**
 * Changes the fields sent, checked together with the ones kept: 404 unknown,
 * 409 cancelled, 400 rules across fields, 409 capacity below the confirmed
 * places. More places confirm the waitlist in order.
 */
export function updateEvent(data: StoreData, eventId: string, update: EventUpdate, now: Date, origin: string): Validated<EventRecord> {
  const event = data.events.find((candidate) => candidate.id === eventId);
  if (!event) return refuse('not_found', `No event ${eventId}.`);
  if (event.status === 'cancelled') {
    return refuse('conflict', 'A cancelled event cannot change.');
  }
  const fields = mergeFields(currentFields(event), update);
  const fieldErrors = eventProblems(fields);
  if (fieldErrors) return refuse('validation_failed', 'The event does not hold together.', { fieldErrors });
  const confirmed = confirmedCountOf(data, event.id);
  if (fields.capacity !== null && fields.capacity < confirmed) {
    return refuse('conflict', `${confirmed} places are confirmed; the capacity cannot be lower. Cancel registrations first.`);
  }
  Object.assign(event, fields);
  fillPlaces(data, event, now, origin);
  return { ok: true, value: event };
}

/**
 * Cancels an event: 404 unknown, 409 already cancelled. Its registrations stay
 * as they are, so that nothing is cancelled silently; each registrant who
 * holds or awaits a place is told by e-mail.
 */
export function cancelEvent(data: StoreData, eventId: string, now: Date): Validated<EventRecord> {
  const event = data.events.find((candidate) => candidate.id === eventId);
  if (!event) return refuse('not_found', `No event ${eventId}.`);
  if (event.status === 'cancelled') return refuse('conflict', 'This event is already cancelled.');
  event.status = 'cancelled';
  const told = data.registrations.filter((registration) => registration.eventId === event.id && registration.status !== 'cancelled');
  for (const registration of told) {
    sendMail(data, {
      to: registration.email,
      kind: 'registration',
      subject: `Cancelled: ${event.title}`,
      text: `We are sorry: "${event.title}" is cancelled. Your registration needs nothing from you.`,
      token: null,
      at: now.toISOString(),
    });
  }
  return { ok: true, value: event };
}

type EventFields = Omit<EventRecord, 'id' | 'status' | 'createdAt'>;

/**
 * What a new event starts from. The fields without a default here are
 * placeholders that `EventInputSchema` makes every creator send.
 */
const NEW_EVENT: EventFields = {
  title: '',
  summary: '',
  language: 'en',
  startsAt: '',
  endsAt: '',
  timeZone: 'UTC',
  kind: 'offline',
  location: null,
  capacity: null,
  tags: [],
  series: null,
  points: 0,
  registrationDeadline: null,
  questions: [],
  joinUrl: null,
};

/** The stored fields once `input` applied to `base`: a field left out keeps its value, dates become ISO strings. */
function mergeFields(base: EventFields, input: EventUpdate): EventFields {
  return {
    title: input.title ?? base.title,
    summary: input.summary ?? base.summary,
    language: input.language ?? base.language,
    startsAt: input.startsAt?.toISOString() ?? base.startsAt,
    endsAt: input.endsAt?.toISOString() ?? base.endsAt,
    timeZone: input.timeZone ?? base.timeZone,
    kind: input.kind ?? base.kind,
    location: input.location === undefined ? base.location : input.location,
    capacity: input.capacity === undefined ? base.capacity : input.capacity,
    tags: input.tags ?? base.tags,
    series: input.series === undefined ? base.series : input.series,
    points: input.points ?? base.points ?? 0,
    registrationDeadline:
      input.registrationDeadline === undefined ? (base.registrationDeadline ?? null) : (input.registrationDeadline?.toISOString() ?? null),
    questions: input.questions ?? base.questions ?? [],
    joinUrl: input.joinUrl === undefined ? base.joinUrl : input.joinUrl,
  };
}

function currentFields(event: EventRecord): EventFields {
  const { id: _id, status: _status, createdAt: _createdAt, ...fields } = event;
  return fields;
}

/** The rules across fields, as field errors; `undefined` when the event holds together. */
function eventProblems(event: EventFields): FieldErrors | undefined {
  const fieldErrors: FieldErrors = {};
  const complain = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);
  const starts = Date.parse(event.startsAt);
  if (Date.parse(event.endsAt) <= starts) complain('endsAt', 'The event must end after it starts');
  if (event.registrationDeadline && Date.parse(event.registrationDeadline) > starts) {
    complain('registrationDeadline', 'Registration must close at the latest when the event starts');
  }
  if (event.kind === 'online' && event.location) complain('location', 'An online event has no place: send null');
  if (event.kind !== 'online' && !event.location) complain('location', 'An offline or hybrid event needs a place');
  if (event.kind === 'offline' && event.joinUrl) complain('joinUrl', 'An offline event has no join link');
  const questions = event.questions ?? [];
  questions.forEach((question, index) => {
    if (questions.findIndex((other) => other.id === question.id) !== index) {
      complain(`questions.${index}.id`, `The question id ${question.id} is used twice`);
    }
    if (question.type === 'choice' && new Set(question.options.map((option) => option.id)).size !== question.options.length) {
      complain(`questions.${index}.options`, 'Each option needs its own id');
    }
  });
  return Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined;
}
