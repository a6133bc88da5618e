import * as z from 'zod/mini';

/**
 * An ISO 8601 timestamp with an offset on the wire, a `Date` in the SDK.
 * This codec is the one place where the conversion happens.
 */
export const TimestampSchema = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (iso) => new Date(iso),
  encode: (date) => date.toISOString(),
});

/** An IANA time-zone name such as `Europe/Berlin` or `Asia/Shanghai`. */
export const TimeZoneSchema = z.string().check(
  z.refine((name) => isTimeZone(name), { message: 'Not an IANA time zone' }),
);

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The query parameters that every cursor-paginated list accepts. */
export const PageParamsSchema = z.object({
  cursor: z.optional(z.string().check(z.minLength(1))),
  limit: z.optional(z.coerce.number<number | string>().check(z.int(), z.minimum(1), z.maximum(100))),
});

/** One page of a cursor-paginated list: `nextCursor` is `null` on the last page. */
export function pageSchema<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
  });
}

/** One page of a list, after parsing. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}
