import type { PeriodRange } from '@ngo-kit/sdk';

/** Whether an ISO instant falls in a range: from its start, included, to its end, excluded. */
export function within(at: string, range: PeriodRange): boolean {
  const time = Date.parse(at);
  return time >= range.start.getTime() && time < range.end.getTime();
}
