import * as z from 'zod/mini';
import { PageParamsSchema, TimestampSchema, TimeZoneSchema, pageSchema } from './common.js';

export const EVENT_KINDS = ['online', 'offline', 'hybrid'] as const;

/** Where people meet: `online` has no place, `hybrid` has both. */
export const EventKindSchema = z.enum(EVENT_KINDS);

export type EventKind = z.infer<typeof EventKindSchema>;

export const EventLocationSchema = z.object({
  name: z.string().check(z.minLength(1)),
  address: z.optional(z.string()),
  city: z.optional(z.string()),
  country: z.optional(z.string().check(z.length(2))),
});

export type EventLocation = z.infer<typeof EventLocationSchema>;

/** An event of the organisation's annual plan, as the API returns it. */
export const EventSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  /** BCP 47 tag of the language the event is described in. */
  language: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  /** The IANA time zone the event happens in; times are shown in it. */
  timeZone: TimeZoneSchema,
  kind: EventKindSchema,
  /** `null` for an online event. */
  location: z.nullable(EventLocationSchema),
  /** `null` when the number of places is not limited. */
  capacity: z.nullable(z.int().check(z.minimum(0))),
  registeredCount: z.int().check(z.minimum(0)),
  tags: z.array(z.string()),
  /** A recurring series such as `quarterly-exchange`, or `null`. */
  series: z.nullable(z.string()),
});

/**
 * An event after parsing: timestamps are `Date`s.
 * Named `CommunityEvent` so that it never shadows the DOM's `Event`.
 */
export type CommunityEvent = z.output<typeof EventSchema>;

export const EventPageSchema = pageSchema(EventSchema);

/** Filters of `GET /v1/events`. */
export const EventListParamsSchema = z.extend(PageParamsSchema, {
  from: z.optional(TimestampSchema),
  to: z.optional(TimestampSchema),
  kind: z.optional(EventKindSchema),
  tag: z.optional(z.string().check(z.minLength(1))),
  series: z.optional(z.string().check(z.minLength(1))),
});

export type EventListParams = z.output<typeof EventListParamsSchema>;
