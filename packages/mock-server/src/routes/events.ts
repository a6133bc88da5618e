import { EventListParamsSchema } from '@ngo-kit/sdk/schemas';
import { decodeCursor, DEFAULT_PAGE_SIZE, paginate } from '../pagination.js';
import { json } from '../problems.js';
import type { Route } from '../router.js';
import type { EventRecord, Store } from '../store.js';
import { parseQuery } from '../validation.js';

export function eventRoutes(store: Store): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/events',
      handle({ url }) {
        const query = parseQuery(EventListParamsSchema, url);
        if (!query.ok) return query.response;
        const offset = decodeCursor(query.value.cursor);
        if (!offset.ok) return offset.response;
        const { from, to, kind, tag, series } = query.value;
        const matching = store
          .read()
          .events.filter(
            (event) =>
              (!from || Date.parse(event.endsAt) >= from.getTime()) &&
              (!to || Date.parse(event.startsAt) < to.getTime()) &&
              (!kind || event.kind === kind) &&
              (!tag || event.tags.includes(tag)) &&
              (!series || event.series === series),
          )
          .sort(bySoonest);
        return json(paginate(matching, offset.value, query.value.limit ?? DEFAULT_PAGE_SIZE));
      },
    },
  ];
}

function bySoonest(a: EventRecord, b: EventRecord): number {
  return Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id);
}
