import { EventsResource, type CommunityEvent, type EventKind, type NgoBaseClient } from '@ngo-kit/sdk';
import { DAY_MS, dayOf, type YearMonth } from './calendar-days.js';

/** Which events a calendar shows: a month and the calendar's filters. */
export interface MonthQuery extends YearMonth {
  kind?: EventKind | undefined;
  tag?: string | undefined;
  series?: string | undefined;
}

/** The largest page the API gives: a month of 2 000 events is 20 requests, not 100. */
const PAGE_SIZE = 100;

/** UTC+14 (Kiribati) to UTC-12: no wall clock is further from UTC than this. */
const WIDEST_OFFSET_MS = 14 * 3_600_000;

/** A grid shows at most six days of the month before and six of the month after. */
const GRID_MARGIN_DAYS = 7;

/**
 * The instants to ask the API for: the month with the days of the weeks
 * around it that its grid may show, widened by the largest offset from UTC.
 * The range depends on the month alone, not on the calendar's time zone or
 * first day of the week, so that every calendar of the page asks the same
 * question for a month (one request, one cache entry), and asks it before it
 * knows the time zone of the events.
 */
export function monthRange({ year, month }: YearMonth): { from: Date; to: Date } {
  const first = dayOf(year, month, 1 - GRID_MARGIN_DAYS);
  const end = dayOf(year, month + 1, 1 + GRID_MARGIN_DAYS);
  return { from: new Date(first * DAY_MS - WIDEST_OFFSET_MS), to: new Date(end * DAY_MS + WIDEST_OFFSET_MS) };
}

/** Every event of the month's range that matches the query, page after page. */
export async function loadMonthEvents(
  client: NgoBaseClient,
  query: MonthQuery,
  signal: AbortSignal,
): Promise<CommunityEvent[]> {
  const { kind, tag, series } = query;
  const params = { ...monthRange(query), kind, tag, series, limit: PAGE_SIZE };
  const events: CommunityEvent[] = [];
  for await (const event of client.use(EventsResource).iterate(params, { signal })) events.push(event);
  return events;
}

/** The time zone most of `events` happen in (of two with as many, the one that had them first), or `undefined` when there are none. */
export function commonTimeZone(events: readonly CommunityEvent[]): string | undefined {
  const counts = new Map<string, number>();
  let common: string | undefined;
  for (const { timeZone } of events) {
    const count = (counts.get(timeZone) ?? 0) + 1;
    counts.set(timeZone, count);
    if (common === undefined || count > (counts.get(common) ?? 0)) common = timeZone;
  }
  return common;
}
