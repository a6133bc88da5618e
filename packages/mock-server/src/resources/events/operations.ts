import * as z from 'zod/mini';
import { eventsToICalendar, eventToICalendar } from '@ngo-kit/sdk';
import { EventSchema, type EventFeedParams } from '@ngo-kit/sdk/schemas';
import type { Operation, Operations } from '../../operation.js';
import { pageResponse } from '../../pagination.js';
import { json, problem } from '../../problems.js';
import type { StoreData } from '../../store.js';
import { checkIn } from './attendance.js';
import { respond, writeAndPresent } from '../outcome.js';
import type { EventRecord } from './data.js';
import { confirmedCounts } from './places.js';
import { cancelEvent, createEvent, updateEvent } from './manage.js';
import { presentEvent, presentRegistration } from './present.js';
import { cancelRegistration, register } from './registrations.js';

const listEvents: Operation<'listEvents'> = ({ query, store, now }) => {
  const data = store.read();
  const upcoming = matchingEvents(data, { ...query, from: query.from ?? now });
  const counts = confirmedCounts(data);
  return pageResponse(upcoming, query, (event) => presentEvent(data, event, counts.get(event.id) ?? 0));
};

const getEventsCalendar: Operation<'getEventsCalendar'> = ({ query, store, now }) => {
  const data = store.read();
  const events = matchingEvents(data, query).map((event) => parsedEvent(data, event));
  return calendar(eventsToICalendar(events, { name: 'Events', stamp: now }));
};

const getEvent: Operation<'getEvent'> = ({ params, store }) => {
  const data = store.read();
  const event = data.events.find((candidate) => candidate.id === params['id']);
  return event ? json(presentEvent(data, event)) : noEvent(params['id']);
};

const getEventCalendar: Operation<'getEventCalendar'> = ({ params, store, now }) => {
  const data = store.read();
  const event = data.events.find((candidate) => candidate.id === params['id']);
  if (!event) return noEvent(params['id']);
  return calendar(eventToICalendar(parsedEvent(data, event), { stamp: now }), `${event.id}.ics`);
};

const createEventOperation: Operation<'createEvent'> = ({ body, store, now, origin }) => {
  const outcome = writeAndPresent(store, (data) => createEvent(data, body, now), presentEvent);
  if (!outcome.ok) return outcome.response;
  return respond(outcome, { status: 201, headers: { location: `${origin}/v1/events/${outcome.value.id}` } });
};

const updateEventOperation: Operation<'updateEvent'> = ({ params, body, store, now, origin }) =>
  respond(writeAndPresent(store, (data) => updateEvent(data, params['id'] ?? '', body, now, origin), presentEvent));

const cancelEventOperation: Operation<'cancelEvent'> = ({ params, store, now }) =>
  respond(writeAndPresent(store, (data) => cancelEvent(data, params['id'] ?? '', now), presentEvent));

const createRegistration: Operation<'createRegistration'> = ({ params, body, caller, store, now, origin, secret }) => {
  const request = { input: body, caller, now, origin, cancellationToken: secret('ct') };
  const outcome = writeAndPresent(
    store,
    (data) => register(data, params['id'] ?? '', request),
    (data, registration) => presentRegistration(data, registration, origin),
  );
  return respond(outcome, { status: 201 });
};

const cancelRegistrationOperation: Operation<'cancelRegistration'> = ({ params, body, store, now, origin }) =>
  respond(
    writeAndPresent(
      store,
      (data) => cancelRegistration(data, params['id'] ?? '', body.token, now, origin),
      (data, registration) => presentRegistration(data, registration, origin),
    ),
  );

const checkInAttendance: Operation<'checkInAttendance'> = ({ params, body, store, now }) =>
  respond(
    writeAndPresent(
      store,
      (data) => checkIn(data, params['id'] ?? '', body, now),
      (_data, { memberId: _memberId, ...attendance }) => attendance,
    ),
    { status: 201 },
  );

/** Events matching the filters of the list and the feed, soonest first. */
function matchingEvents(data: Readonly<StoreData>, { from, to, kind, tag, series }: EventFeedParams): EventRecord[] {
  return data.events
    .filter(
      (event) =>
        (!from || Date.parse(event.endsAt) >= from.getTime()) &&
        (!to || Date.parse(event.startsAt) < to.getTime()) &&
        (!kind || event.kind === kind) &&
        (!tag || event.tags.includes(tag)) &&
        (!series || event.series === series),
    )
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id));
}

/** The event as the SDK sees it, dates parsed, for the shared iCalendar helper; never with its join link. */
function parsedEvent(data: Readonly<StoreData>, event: EventRecord) {
  return z.parse(EventSchema, presentEvent(data, event));
}

function calendar(body: string, filename?: string): Response {
  const headers = new Headers({ 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'no-store' });
  if (filename) headers.set('content-disposition', `attachment; filename="${filename}"`);
  return new Response(body, { headers });
}

function noEvent(id: string | undefined): Response {
  return problem('not_found', { message: `No event ${id ?? ''}.` });
}

export const eventOperations = {
  listEvents,
  createEvent: createEventOperation,
  getEventsCalendar,
  getEvent,
  updateEvent: updateEventOperation,
  cancelEvent: cancelEventOperation,
  getEventCalendar,
  createRegistration,
  cancelRegistration: cancelRegistrationOperation,
  checkInAttendance,
} satisfies Partial<Operations>;
