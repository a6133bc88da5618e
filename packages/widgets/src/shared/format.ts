/**
 * A date range in the event's own time zone, e.g.
 * "Saturday, December 12, 2026, 2:00 – 5:00 PM GMT+1" or "2026年12月12日星期六 14:00–17:00 GMT+1".
 * `dateStyle` is used because ICU's Chinese range patterns fall back to
 * numeric dates for field-by-field options; the zone is appended because
 * `dateStyle` cannot be combined with `timeZoneName`.
 */
export function formatDateRange(start: Date, end: Date, timeZone: string, locale: string): string {
  const range = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).formatRange(
    start,
    end,
  );
  const zone = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(start)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zone ? `${range} ${zone}` : range;
}
