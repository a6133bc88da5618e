import type { FieldErrors, RegistrationInputSchema, RegistrationQuestion } from '@ngo-kit/sdk/schemas';
import type * as z from 'zod/mini';
import type { Caller } from '../../auth.js';
import { sendMail } from '../../mail.js';
import { refuse } from '../outcome.js';
import { nextId, type StoreData } from '../../store.js';
import type { Validated } from '../../validation.js';
import { memberByEmail } from '../members/lookup.js';
import type { EventRecord, RegistrationRecord } from './data.js';
import { confirmedCountOf, hasFreePlace, registrationClosesAt, waitlistOf, waitlistPositionOf } from './places.js';
import { cancellationUrlOf } from './present.js';

export type RegistrationInput = z.output<typeof RegistrationInputSchema>;

/** What registering needs besides the form: who asks, when, where links point, and a fresh secret. */
export interface RegistrationRequest {
  input: RegistrationInput;
  caller: Caller;
  now: Date;
  origin: string;
  cancellationToken: string;
}

/**
 * Registers for an event, all checks first: 404 unknown event, 409 cancelled
 * event, 422 registration closed, 400 answers that do not fit the questions,
 * 409 an e-mail that already holds a place or waits for one. Confirmed while
 * places last and nobody waits, else waitlisted. Call it inside `store.write`.
 */
export function register(data: StoreData, eventId: string, request: RegistrationRequest): Validated<RegistrationRecord> {
  const { input, caller, now, origin } = request;
  const event = data.events.find((candidate) => candidate.id === eventId);
  if (!event) return refuse('not_found', `No event ${eventId}.`);
  if (event.status === 'cancelled') {
    return refuse('conflict', 'This event is cancelled; it takes no registrations.');
  }
  if (now.getTime() >= registrationClosesAt(event)) {
    return refuse('unprocessable', 'Registration for this event has closed.');
  }
  const answers = checkAnswers(event.questions ?? [], input.answers ?? {});
  if (!answers.ok) return answers;
  const email = input.email.toLowerCase();
  const holder = data.registrations.find(
    (registration) =>
      registration.eventId === event.id && registration.status !== 'cancelled' && registration.email.toLowerCase() === email,
  );
  if (holder) {
    return refuse('conflict', `This e-mail address is already registered for this event (${holder.status}); use the link of that registration's e-mail to cancel it.`);
  }

  const registration: RegistrationRecord = {
    id: nextId(data, 'reg'),
    eventId: event.id,
    memberId: caller.kind === 'member' ? caller.memberId : (memberByEmail(data, input.email)?.id ?? null),
    name: input.name,
    email: input.email,
    phone: input.phone ?? null,
    role: input.role,
    answers: answers.value,
    status: hasFreePlace(data, event) ? 'confirmed' : 'waitlisted',
    cancellationToken: request.cancellationToken,
    createdAt: now.toISOString(),
    cancelledAt: null,
  };
  data.registrations.push(registration);
  mailRegistration(data, event, registration, now, origin);
  return { ok: true, value: registration };
}

/**
 * Cancels a registration with the token of its link: 404 unknown, 403 wrong
 * token, 422 once the event has started. Cancelling again changes nothing and
 * answers the cancelled registration, so a second click on the link is no
 * error. A freed place goes to the first of the waitlist.
 */
export function cancelRegistration(
  data: StoreData,
  registrationId: string,
  token: string,
  now: Date,
  origin: string,
): Validated<RegistrationRecord> {
  const registration = data.registrations.find((candidate) => candidate.id === registrationId);
  if (!registration) return refuse('not_found', `No registration ${registrationId}.`);
  if (registration.cancellationToken !== token) {
    return refuse('forbidden', 'This token does not cancel this registration.');
  }
  if (registration.status === 'cancelled') return { ok: true, value: registration };
  const event = data.events.find((candidate) => candidate.id === registration.eventId);
  if (event && now.getTime() >= Date.parse(event.startsAt)) {
    return refuse('unprocessable', 'The event has started; a registration can no longer be cancelled.');
  }
  registration.status = 'cancelled';
  registration.cancelledAt = now.toISOString();
  if (event) fillPlaces(data, event, now, origin);
  return { ok: true, value: registration };
}

/**
 * Confirms the waitlist in order while places are free, and mails each one
 * moved up. Nobody moves up at a cancelled or started event.
 */
export function fillPlaces(data: StoreData, event: EventRecord, now: Date, origin: string): RegistrationRecord[] {
  if (event.status === 'cancelled' || now.getTime() >= Date.parse(event.startsAt)) return [];
  const free = event.capacity === null ? Infinity : event.capacity - confirmedCountOf(data, event.id);
  const promoted = waitlistOf(data, event.id).slice(0, Math.max(0, free));
  for (const registration of promoted) {
    registration.status = 'confirmed';
    mailRegistration(data, event, registration, now, origin);
  }
  return promoted;
}

/**
 * The answers to keep, trimmed and without empty ones, or a 400 with a field
 * error `answers.<questionId>` per answer that does not fit its question.
 */
function checkAnswers(questions: readonly RegistrationQuestion[], given: Record<string, string>): Validated<Record<string, string>> {
  const fieldErrors: FieldErrors = {};
  const kept: Record<string, string> = {};
  for (const question of questions) {
    const answer = given[question.id]?.trim() ?? '';
    const complaint = answerProblem(question, answer);
    if (complaint) fieldErrors[`answers.${question.id}`] = [complaint];
    else if (answer !== '') kept[question.id] = answer;
  }
  for (const id of Object.keys(given)) {
    if (!questions.some((question) => question.id === id)) fieldErrors[`answers.${id}`] = ['Not a question of this event'];
  }
  if (Object.keys(fieldErrors).length === 0) return { ok: true, value: kept };
  return refuse('validation_failed', 'Some answers do not fit their questions.', { fieldErrors });
}

function answerProblem(question: RegistrationQuestion, answer: string): string | undefined {
  if (answer === '') return question.required ? 'An answer is required' : undefined;
  if (question.type === 'choice') {
    const ids = question.options.map((option) => option.id);
    return ids.includes(answer) ? undefined : `Choose one of: ${ids.join(', ')}`;
  }
  return answer.length > question.maxLength ? `At most ${question.maxLength} characters` : undefined;
}

function mailRegistration(data: StoreData, event: EventRecord, registration: RegistrationRecord, now: Date, origin: string): void {
  const position = waitlistPositionOf(data, registration);
  const place =
    position === null
      ? `Your place at "${event.title}" is confirmed.`
      : `"${event.title}" is full; you are number ${position} on the waitlist and will hear from us if a place frees up.`;
  const join = registration.status === 'confirmed' && event.kind !== 'offline' && event.joinUrl ? `\nJoin online: ${event.joinUrl}` : '';
  sendMail(data, {
    to: registration.email,
    kind: 'registration',
    subject: position === null ? `Confirmed: ${event.title}` : `Waitlisted: ${event.title}`,
    text: `${place}${join}\nCannot come? Cancel here: ${cancellationUrlOf(registration, origin)}`,
    token: registration.cancellationToken,
    at: now.toISOString(),
  });
}
