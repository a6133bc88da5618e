import { EVENT_PAGE_MAX, EventsResource, type CommunityEvent, type EventKind, type NgoBaseClient } from '@ngo-kit/sdk';
import { DAY_MS, type YearMonth } from './calendar-days.js';
import { cellCount, monthGrid } from './month-grid.js';

/** Which events a calendar shows: a month, the first day of its weeks, and the calendar's filters. */
export interface MonthQuery extends YearMonth {
  /** 1 Monday ... 7 Sunday: which days around the month its grid shows. */
  firstWeekday: number;
  kind?: EventKind | undefined;
  tag?: string | undefined;
  series?: string | undefined;
}

/**
 * The largest page of events the API gives (500): the weeks of a month of 500 events a month is two
 * requests, not seven, and each is a round trip (100-300 ms on a phone).
 */
const PAGE_SIZE = EVENT_PAGE_MAX;

/** UTC+14 (Kiribati) to UTC-12: no wall clock is further from UTC than this. */
const WIDEST_OFFSET_MS = 14 * 3_600_000;

/**
 * The instants to ask the API for: the days of the month's grid (its whole
 * weeks), widened by the largest offset from UTC. The range depends on the
 * month and the first day of the week alone, not on the calendar's time zone,
 * so that the calendars of a page in one language ask the same question for a
 * month (one request, one cache entry), and ask it before they know the time
 * zone of the events. Nothing beyond the grid: a month of 500 events would
 * otherwise bring a hundred more that no cell shows.
 */
export function monthRange(month: YearMonth, firstWeekday: number): { from: Date; to: Date } {
  const grid = monthGrid(month, firstWeekday);
  const end = grid.first + cellCount(grid);
  return { from: new Date(grid.first * DAY_MS - WIDEST_OFFSET_MS), to: new Date(end * DAY_MS + WIDEST_OFFSET_MS) };
}

/** Every event of the month's range that matches the query, page after page. */
export async function loadMonthEvents(
  client: NgoBaseClient,
  query: MonthQuery,
  signal: AbortSignal,
): Promise<CommunityEvent[]> {
  const { kind, tag, series } = query;
  const params = { ...monthRange(query, query.firstWeekday), kind, tag, series, limit: PAGE_SIZE };
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
