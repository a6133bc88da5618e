/** A quarter of the year, or none for the whole year. */
export type Quarter = 1 | 2 | 3 | 4;

/**
 * The API's name of a period: `2026` for a year, `2026-Q3` for a quarter.
 *
 * @example
 * ```ts
 * periodOf(2026, 3); // '2026-Q3'
 * ```
 */
export function periodOf(year: number, quarter: Quarter | undefined): string {
  return quarter === undefined ? String(year) : `${year}-Q${quarter}`;
}

/** A quarter from an attribute or a `<select>`: `1` to `4`, anything else the whole year. */
export function toQuarter(value: unknown): Quarter | undefined {
  const number = Number(value);
  return number === 1 || number === 2 || number === 3 || number === 4 ? number : undefined;
}

/** A year from an attribute: four digits, else `fallback`. */
export function toYear(value: unknown, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1000 && number <= 9999 ? number : fallback;
}
