import * as z from 'zod/mini';
import { eventNoticeNamesEvent } from './rules.js';
import { IdSchema, LocaleSchema, listParamsSchema, TimestampSchema, TimeZoneSchema, pageSchema } from './common.js';

export const ANNOUNCEMENT_KINDS = ['platform', 'event'] as const;

/** `platform` for the organisation's notices, `event` for notices about one event. */
export const AnnouncementKindSchema = z.enum(ANNOUNCEMENT_KINDS);

export type AnnouncementKind = z.infer<typeof AnnouncementKindSchema>;

const BodyHtmlSchema = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(20_000));

/** The event an `event` notice is about, in brief: its title in its own language, and when it starts. */
export const AnnouncementEventSchema = z.object({
  id: IdSchema,
  title: z.string(),
  /** BCP 47 tag of the language the title is written in. */
  language: z.string(),
  startsAt: TimestampSchema,
  /** The IANA time zone the event takes place in. */
  timeZone: TimeZoneSchema,
});

export type AnnouncementEvent = z.output<typeof AnnouncementEventSchema>;

/** A notice of the communication platform. */
export const AnnouncementSchema = z.object({
  id: IdSchema,
  title: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  /** Rich text written by staff; clients put it through a sanitiser before rendering. */
  bodyHtml: BodyHtmlSchema,
  kind: AnnouncementKindSchema,
  /** The event an `event` notice is about; `null` for a `platform` notice. */
  eventId: z.nullable(IdSchema),
  /**
   * What a reader needs to know of that event, sent with the notice so that a client shows it without
   * asking for the event; `null` for a `platform` notice.
   */
  event: z.nullable(AnnouncementEventSchema),
  /** Shown before the others regardless of date. */
  pinned: z.boolean(),
  publishedAt: TimestampSchema,
  locale: LocaleSchema,
});

export type Announcement = z.output<typeof AnnouncementSchema>;

export const AnnouncementPageSchema = pageSchema(AnnouncementSchema);

/** Filters of `GET /v1/announcements`, pinned first, then newest; a scheduled notice is listed once its `publishedAt` has come. */
export const AnnouncementListParamsSchema = listParamsSchema({
  kind: z.optional(AnnouncementKindSchema),
  eventId: z.optional(IdSchema),
  locale: z.optional(LocaleSchema),
});

export type AnnouncementListParams = z.output<typeof AnnouncementListParamsSchema>;

/** The body of the staff `POST /v1/announcements`. */
export const AnnouncementInputSchema = /* @__PURE__ */ z
  .strictObject({
    title: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    bodyHtml: BodyHtmlSchema,
    kind: AnnouncementKindSchema,
    eventId: z.optional(IdSchema),
    pinned: z.optional(z.boolean()),
    locale: LocaleSchema,
    /** A later moment schedules the notice; omitted means now. */
    publishedAt: z.optional(TimestampSchema),
  })
  .check(
    z.refine(eventNoticeNamesEvent, {
      message: 'An event notice names its event, a platform notice none',
      path: ['eventId'],
    }),
  );

export type AnnouncementInput = z.input<typeof AnnouncementInputSchema>;
