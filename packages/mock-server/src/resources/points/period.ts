import type { TimeRange } from './ledger.js';

/**
 * The range of a reporting period, `2026` or `2026-Q1`, in UTC: a year from
 * 1 January, a quarter from the first of January, April, July or October.
 * `period` must already match the contract's `PeriodSchema`.
 */
export function periodRange(period: string): TimeRange {
  const year = Number(period.slice(0, 4));
  const quarter = /-Q([1-4])$/.exec(period)?.[1];
  if (quarter === undefined) return { start: utc(year, 0), end: utc(year + 1, 0) };
  const firstMonth = (Number(quarter) - 1) * 3;
  return { start: utc(year, firstMonth), end: utc(year, firstMonth + 3) };
}

function utc(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1));
}
