/**
 * The rules of the schemas that are code rather than data: refinements and the
 * conversions of codecs. They live here, free of zod, so that the zod schemas
 * (`src/schemas`) and the validators compiled from them (`src/validators`, see
 * `scripts/compile-validators.ts`) run the very same functions: the compiler
 * finds each function of a schema among these exports and imports it by name.
 * A schema that uses an inline function instead fails to compile.
 */

/** Zones already found valid: making a formatter costs far more than parsing the rest of an event. */
const knownTimeZones = new Set<string>();

/** An IANA time-zone name such as `Europe/Berlin` that this runtime knows. */
export function isTimeZone(name: string): boolean {
  if (knownTimeZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
  } catch {
    return false;
  }
  knownTimeZones.add(name);
  return true;
}

/** An ISO 8601 timestamp of the wire as a `Date`. */
export function decodeTimestamp(iso: string): Date {
  return new Date(iso);
}

/** A `Date` as the wire's ISO 8601 timestamp. */
export function encodeTimestamp(date: Date): string {
  return date.toISOString();
}

/** `'true'` or `'false'` of a query string as a boolean. */
export function decodeQueryBoolean(text: 'true' | 'false'): boolean {
  return text === 'true';
}

/** A boolean as `'true'` or `'false'` of a query string. */
export function encodeQueryBoolean(value: boolean): 'true' | 'false' {
  return value ? 'true' : 'false';
}

/** No item twice. */
export function hasUniqueItems(items: readonly unknown[]): boolean {
  return new Set(items).size === items.length;
}

/** Anything but zero. */
export function isNonZero(amount: number): boolean {
  return amount !== 0;
}

/** At least one field. */
export function hasSomeField(patch: object): boolean {
  return Object.keys(patch).length > 0;
}

/** An anonymous suggestion keeps no name. */
export function anonymousWithoutName(input: { anonymous: boolean; name?: string | undefined }): boolean {
  return !input.anonymous || input.name === undefined;
}

/** An anonymous suggestion keeps no address. */
export function anonymousWithoutContact(input: { anonymous: boolean; contactEmail?: string | undefined }): boolean {
  return !input.anonymous || input.contactEmail === undefined;
}

/** An event notice names its event; a platform notice none. */
export function eventNoticeNamesEvent(input: { kind: string; eventId?: string | undefined }): boolean {
  return (input.kind === 'event') === (input.eventId !== undefined);
}
