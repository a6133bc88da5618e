/** Formatters of one language and time zone, made once: `Intl` formatters are costly to make. */
const formats = new Map<string, { range: Intl.DateTimeFormat; zone: Intl.DateTimeFormat }>();

/**
 * A date range in the event's own time zone, in `locale`, e.g.
 * "Saturday, December 12, 2026, 2:00 – 5:00 PM GMT+1" or "2026年12月12日星期六 14:00–17:00 GMT+1".
 * `dateStyle` is used because ICU's Chinese range patterns fall back to
 * numeric dates for field-by-field options; the zone is appended because
 * `dateStyle` cannot be combined with `timeZoneName`. A function of its own,
 * not a method of `Localizer`, so that only the widgets that show ranges carry it.
 *
 * @example
 * ```ts
 * dateRange(this.locale, event.startsAt, event.endsAt, event.timeZone);
 * ```
 */
export function dateRange(locale: string, start: Date, end: Date, timeZone: string): string {
  const key = `${locale} ${timeZone}`;
  let made = formats.get(key);
  if (!made) {
    made = {
      range: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }),
      zone: new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }),
    };
    formats.set(key, made);
  }
  const name = made.zone.formatToParts(start).find((part) => part.type === 'timeZoneName')?.value;
  const text = made.range.formatRange(start, end);
  return name ? `${text} ${name}` : text;
}
