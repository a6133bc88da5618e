import type { CommunityEvent } from '@ngo-kit/sdk';
import { dayAt, startOfDay, type Day } from './calendar-days.js';

/** An event on one of the days it covers. */
export interface DayEntry {
  event: CommunityEvent;
  /** The event began on an earlier day. */
  continued: boolean;
  /** The event goes on into the next day. */
  continues: boolean;
  /** Which day of the event this is, 1 on its first day. */
  dayNumber: number;
  /** How many days the event covers. */
  dayCount: number;
}

/**
 * The events of `days` days from `first`, grouped once by the day they cover
 * in `timeZone`: an event from Friday evening to Sunday is on three days.
 * An event ending exactly at midnight does not reach into the next day.
 *
 * Each day's boundaries are computed once, through `Intl` (a day around a
 * change of daylight saving time is 23 or 25 hours long); each event is
 * then placed by binary search, with no `Intl` call per event, which keeps
 * thousands of events cheap. Each day's entries are in order of start.
 */
export function eventsByDay(
  events: readonly CommunityEvent[],
  first: Day,
  days: number,
  timeZone: string,
): Map<Day, DayEntry[]> {
  const bounds = new Float64Array(days + 1);
  for (let index = 0; index <= days; index++) bounds[index] = startOfDay(first + index, timeZone);

  const byDay = new Map<Day, DayEntry[]>();
  const sorted = [...events].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const event of sorted) {
    const start = event.startsAt.getTime();
    const last = Math.max(start, event.endsAt.getTime() - 1);
    if (last < (bounds[0] ?? 0) || start >= (bounds[days] ?? 0)) continue;
    const startDay = dayWithin(bounds, first, start) ?? dayAt(start, timeZone);
    const endDay = dayWithin(bounds, first, last) ?? dayAt(last, timeZone);
    const dayCount = endDay - startDay + 1;
    for (let day = Math.max(startDay, first); day <= Math.min(endDay, first + days - 1); day++) {
      let entries = byDay.get(day);
      if (!entries) byDay.set(day, (entries = []));
      entries.push({
        event,
        continued: day > startDay,
        continues: day < endDay,
        dayNumber: day - startDay + 1,
        dayCount,
      });
    }
  }
  return byDay;
}

/** The day of the grid that holds `instant`, by binary search; `undefined` off the grid. */
function dayWithin(bounds: Float64Array, first: Day, instant: number): Day | undefined {
  let low = 0;
  let high = bounds.length;
  // finds how many bounds are at or before `instant`
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((bounds[middle] ?? Infinity) <= instant) low = middle + 1;
    else high = middle;
  }
  return low === 0 || low === bounds.length ? undefined : first + low - 1;
}
