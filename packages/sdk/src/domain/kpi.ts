/**
 * The four KPIs of the programme and NPS, as plain arithmetic over counts, and
 * the reporting periods they are measured over. The server computes the
 * figures with these functions and widgets may recompute or explain them, so
 * both always agree. Every rate is a fraction (`0.2` for 20 %), except NPS,
 * which is in points from -100 to 100. A rate whose denominator is 0 is `null`:
 * there is nothing to measure yet, which is not the same as 0 %.
 */

/**
 * Member growth: `(membersAtEnd - membersAtStart) / membersAtStart`. May be
 * negative, or above 1 when membership more than doubles.
 *
 * @example
 * ```ts
 * memberGrowth(120, 150); // 0.25
 * ```
 */
export function memberGrowth(membersAtStart: number, membersAtEnd: number): number | null {
  return ratio(membersAtEnd - membersAtStart, membersAtStart);
}

/**
 * Participation in an event (or a set of events, counts summed):
 * `attended / registeredConfirmed`. Waitlisted and cancelled registrations are
 * not in the denominator.
 *
 * @example
 * ```ts
 * participation(35, 50); // 0.7
 * ```
 */
export function participation(attended: number, registeredConfirmed: number): number | null {
  return ratio(attended, registeredConfirmed);
}

/**
 * Volunteer retention: `(volunteersAtEnd - newVolunteers) / volunteersAtStart`,
 * the share of the volunteers at the start who still volunteer at the end.
 *
 * @example
 * ```ts
 * volunteerRetention(40, 38, 10); // 0.7: 28 of the 40 stayed
 * ```
 */
export function volunteerRetention(
  volunteersAtStart: number,
  volunteersAtEnd: number,
  newVolunteers: number,
): number | null {
  return ratio(volunteersAtEnd - newVolunteers, volunteersAtStart);
}

/**
 * Satisfaction: the share of CSAT answers (1 to 5) that are 4 or 5.
 *
 * @example
 * ```ts
 * satisfaction([5, 4, 3, 5]); // 0.75
 * ```
 */
export function satisfaction(csatAnswers: readonly number[]): number | null {
  return ratio(csatAnswers.filter((score) => score >= 4).length, csatAnswers.length);
}

/**
 * The net promoter score of NPS answers (0 to 10): the percentage of promoters
 * (9 and 10) minus the percentage of detractors (0 to 6), from -100 to 100.
 *
 * @example
 * ```ts
 * nps([10, 9, 8, 3]); // 25: 50 % promoters, 25 % detractors
 * ```
 */
export function nps(npsAnswers: readonly number[]): number | null {
  const promoters = npsAnswers.filter((score) => score >= 9).length;
  const detractors = npsAnswers.filter((score) => score <= 6).length;
  // one division, so that a score such as 25 comes out exact rather than 25.000000000000004
  return ratio((promoters - detractors) * 100, npsAnswers.length);
}

/**
 * Whether a figure meets its target (at least the target); `null` when there
 * is no figure.
 */
export function met(value: number | null, target: number): boolean | null {
  return value === null ? null : value >= target;
}

/** The instants a reporting period covers: from `start` (included) to `end` (excluded). */
export interface PeriodRange {
  start: Date;
  end: Date;
}

const PERIOD = /^(\d{4})(?:-Q([1-4]))?$/;

/**
 * The instants of a reporting period, a year (`2026`) or a quarter
 * (`2026-Q3`), in UTC: `2026-Q3` is from 2026-07-01T00:00Z up to, not
 * including, 2026-10-01T00:00Z. Throws a `RangeError` for anything else.
 *
 * @example
 * ```ts
 * const { start, end } = periodRange('2026');
 * const inPeriod = (at: Date) => at >= start && at < end;
 * ```
 */
export function periodRange(period: string): PeriodRange {
  const match = PERIOD.exec(period);
  if (!match) throw new RangeError(`Not a period: ${JSON.stringify(period)}; use a year (2026) or a quarter (2026-Q3).`);
  const year = Number(match[1]);
  const firstMonth = match[2] === undefined ? 0 : (Number(match[2]) - 1) * 3;
  const months = match[2] === undefined ? 12 : 3;
  return { start: firstOfMonth(year, firstMonth), end: firstOfMonth(year, firstMonth + months) };
}

/** Midnight UTC on the first of a month; a month past December rolls into the next year. */
function firstOfMonth(year: number, month: number): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0 to 99 as 1900 to 1999
  date.setUTCFullYear(year, month, 1);
  return date;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
