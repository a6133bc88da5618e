import type { Operation, Operations } from '../../operation.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, paginate } from '../../pagination.js';
import { json } from '../../problems.js';
import { notImplemented } from '../not-implemented.js';
import type { EventRecord } from './data.js';
import { presentEvent } from './present.js';

const listEvents: Operation<'listEvents'> = ({ query, store }) => {
  const offset = decodeCursor(query.cursor);
  if (!offset.ok) return offset.response;
  const { from, to, kind, tag, series } = query;
  const data = store.read();
  const matching = data.events
    .filter(
      (event) =>
        (!from || Date.parse(event.endsAt) >= from.getTime()) &&
        (!to || Date.parse(event.startsAt) < to.getTime()) &&
        (!kind || event.kind === kind) &&
        (!tag || event.tags.includes(tag)) &&
        (!series || event.series === series),
    )
    .sort(bySoonest)
    .map((event) => presentEvent(data, event));
  return json(paginate(matching, offset.value, query.limit ?? DEFAULT_PAGE_SIZE));
};

function bySoonest(a: EventRecord, b: EventRecord): number {
  return Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id);
}

export const eventOperations = {
  listEvents,
  getEventsCalendar: notImplemented,
  getEvent: notImplemented,
  getEventCalendar: notImplemented,
  createRegistration: notImplemented,
  cancelRegistration: notImplemented,
  checkInAttendance: notImplemented,
} satisfies Partial<Operations>;
