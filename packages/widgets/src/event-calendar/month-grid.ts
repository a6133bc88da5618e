import { dayOf, daysInMonth, weekdayOf, type Day, type YearMonth } from './calendar-days.js';

/** The days a month view shows: whole weeks from the week of the 1st to the week of the last day. */
export interface MonthGrid extends YearMonth {
  /** The first cell: the first day of the week that holds the 1st. */
  first: Day;
  /** 4 to 6. */
  weeks: number;
  firstOfMonth: Day;
  lastOfMonth: Day;
  /** 1 Monday ... 7 Sunday. */
  firstWeekday: number;
}

export function monthGrid(of: YearMonth, firstWeekday: number): MonthGrid {
  const firstOfMonth = dayOf(of.year, of.month, 1);
  const length = daysInMonth(of);
  const lead = (weekdayOf(firstOfMonth) - firstWeekday + 7) % 7;
  return {
    ...of,
    first: firstOfMonth - lead,
    weeks: Math.ceil((lead + length) / 7),
    firstOfMonth,
    lastOfMonth: firstOfMonth + length - 1,
    firstWeekday,
  };
}

/** How many cells the grid has. */
export function cellCount(grid: MonthGrid): number {
  return grid.weeks * 7;
}

/** The first day of the week that holds `day`. */
export function startOfWeek(day: Day, firstWeekday: number): Day {
  return day - ((weekdayOf(day) - firstWeekday + 7) % 7);
}
