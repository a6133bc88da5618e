import * as z from 'zod/mini';
import { decodeTimestamp, encodeTimestamp, isTimeZone } from './rules.js';

/**
 * An ISO 8601 timestamp with an offset on the wire, a `Date` in the SDK.
 * This codec is the one place where the conversion happens.
 */
export const TimestampSchema = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: decodeTimestamp,
  encode: encodeTimestamp,
});

/** An IANA time-zone name such as `Europe/Berlin` or `Asia/Shanghai`. */
export const TimeZoneSchema = /* @__PURE__ */ z.string().check(
  z.refine(isTimeZone, { message: 'Not an IANA time zone' }),
);

const pageParams = {
  cursor: z.optional(/* @__PURE__ */ z.string().check(z.minLength(1))),
  limit: z.optional(/* @__PURE__ */ z.coerce.number<number | string>().check(z.int(), z.minimum(1), z.maximum(100))),
};

/** The query parameters that every cursor-paginated list accepts. */
export const PageParamsSchema = z.object(pageParams);

/**
 * An object schema with the fields of `shape` and then those of `more`: the object that
 * `z.extend(z.object(shape), more)` makes, without `z.extend`, whose code would cost a widget
 * half a kilobyte gzipped. Marked free of side effects, so that a bundle drops an unused one.
 */
/* @__NO_SIDE_EFFECTS__ */
export function objectWith<Shape extends z.core.$ZodLooseShape, More extends z.core.$ZodLooseShape>(shape: Shape, more: More) {
  return z.object({ ...shape, ...more });
}

/** The query parameters of a list: the paging ones, then the list's own `filters`, then `more`. */
/* @__NO_SIDE_EFFECTS__ */
export function listParamsSchema<Filters extends z.core.$ZodLooseShape, More extends z.core.$ZodLooseShape = Record<never, never>>(
  filters: Filters,
  more?: More,
) {
  return z.object({ ...pageParams, ...filters, ...(more as More) });
}

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

export const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;

/** A language the toolkit is translated into. */
export const LocaleSchema = z.enum(LOCALES);

export type Locale = z.infer<typeof LocaleSchema>;

/** An e-mail address, bounded so that a form cannot send a novel. */
export const EmailSchema = /* @__PURE__ */ z.email().check(z.maxLength(254));

/** An absolute `http(s)` address: never `javascript:`, since widgets put it in an `href`. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/ });

/** A calendar month such as `2026-03`. */
export const MonthSchema = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** A reporting period: a year (`2026`) or a quarter (`2026-Q1`). */
export const PeriodSchema = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}(-Q[1-4])?$/));

/** A field that people never see: a bot that fills it in is refused. */
export const HoneypotSchema = z.optional(/* @__PURE__ */ z.string().check(z.maxLength(0)));

/** A secret that arrives by e-mail (confirmation, cancellation, sign-in). */
export const TokenSchema = /* @__PURE__ */ z.string().check(z.minLength(8), z.maxLength(200));

/** An opaque identifier of a resource. */
export const IdSchema = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100));
