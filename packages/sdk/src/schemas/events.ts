import * as z from 'zod/mini';
import {
  EmailSchema,
  HoneypotSchema,
  HttpUrlSchema,
  IdSchema,
  listParamsSchema,
  TimestampSchema,
  TimeZoneSchema,
  TokenSchema,
  pageSchema,
} from './common.js';

export const EVENT_KINDS = ['online', 'offline', 'hybrid'] as const;

/** Where people meet: `online` has no place, `hybrid` has both. */
export const EventKindSchema = z.enum(EVENT_KINDS);

export type EventKind = z.infer<typeof EventKindSchema>;

export const EventLocationSchema = z.object({
  name: /* @__PURE__ */ z.string().check(z.minLength(1)),
  address: z.optional(z.string()),
  city: z.optional(z.string()),
  country: z.optional(/* @__PURE__ */ z.string().check(z.length(2))),
});

export type EventLocation = z.infer<typeof EventLocationSchema>;

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;

export const EventStatusSchema = z.enum(EVENT_STATUSES);

export type EventStatus = z.infer<typeof EventStatusSchema>;

const QuestionBase = {
  id: IdSchema,
  prompt: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(300)),
  required: z.boolean(),
};

/** A question the organiser asks everyone who registers, e.g. dietary needs. */
export const RegistrationQuestionSchema = z.discriminatedUnion('type', [
  z.object({ ...QuestionBase, type: z.literal('text'), maxLength: /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(2000)) }),
  z.object({
    ...QuestionBase,
    type: z.literal('choice'),
    options: /* @__PURE__ */ z
      .array(z.object({ id: IdSchema, label: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)) }))
      .check(z.minLength(2), z.maxLength(20)),
  }),
]);

export type RegistrationQuestion = z.output<typeof RegistrationQuestionSchema>;

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
  capacity: z.nullable(/* @__PURE__ */ z.int().check(z.minimum(0))),
  registeredCount: /* @__PURE__ */ z.int().check(z.minimum(0)),
  tags: z.array(z.string()),
  /** A recurring series such as `quarterly-exchange`, or `null`. */
  series: z.nullable(z.string()),
  /** Absent means `scheduled`: a backend of an earlier v1 may not send it. */
  status: z.optional(EventStatusSchema),
  /** Volunteer points earned by taking part. */
  points: z.optional(/* @__PURE__ */ z.int().check(z.minimum(0))),
  /** After this moment registration is closed; `null` when it stays open until the start. */
  registrationDeadline: z.optional(z.nullable(TimestampSchema)),
  /** Asked at registration, answered in `answers` keyed by question id. */
  questions: z.optional(z.array(RegistrationQuestionSchema)),
});

/**
 * An event after parsing: timestamps are `Date`s.
 * Named `CommunityEvent` so that it never shadows the DOM's `Event`.
 */
export type CommunityEvent = z.output<typeof EventSchema>;

export const EventPageSchema = pageSchema(EventSchema);

const eventFilters = {
  /** Events that end at or after this moment. Default: now, so a list shows what is still to come. */
  from: z.optional(TimestampSchema),
  /** Events that start before this moment. */
  to: z.optional(TimestampSchema),
  kind: z.optional(EventKindSchema),
  tag: z.optional(/* @__PURE__ */ z.string().check(z.minLength(1))),
  series: z.optional(/* @__PURE__ */ z.string().check(z.minLength(1))),
};

/** The largest page of `GET /v1/events`: a month calendar needs every event of its weeks, and a busy month is hundreds. */
export const EVENT_PAGE_MAX = 500;

/**
 * Filters of `GET /v1/events`. Its pages go up to {@link EVENT_PAGE_MAX} events, not the 100 of other
 * lists: a calendar needs all of a month, and each page is a round trip (100-300 ms on a phone).
 */
export const EventListParamsSchema = listParamsSchema(eventFilters, {
  limit: z.optional(/* @__PURE__ */ z.coerce.number<number | string>().check(z.int(), z.minimum(1), z.maximum(EVENT_PAGE_MAX))),
});

export type EventListParams = z.output<typeof EventListParamsSchema>;

/** Filters of `GET /v1/events.ics`: the list's filters without paging, since a feed holds every match. */
export const EventFeedParamsSchema = z.object(eventFilters);

export type EventFeedParams = z.output<typeof EventFeedParamsSchema>;

export const REGISTRATION_ROLES = ['attendee', 'volunteer'] as const;

export const RegistrationRoleSchema = z.enum(REGISTRATION_ROLES);

export type RegistrationRole = z.infer<typeof RegistrationRoleSchema>;

/** The body of `POST /v1/events/{id}/registrations`. */
export const RegistrationInputSchema = z.strictObject({
  name: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  email: EmailSchema,
  phone: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\+?[0-9 ()-]{6,20}$/))),
  role: RegistrationRoleSchema,
  /** Answers to the event's `questions`: free text, or the id of the chosen option. */
  answers: z.optional(z.record(IdSchema, /* @__PURE__ */ z.string().check(z.maxLength(2000)))),
  consent: z.literal(true),
  website: HoneypotSchema,
});

export type RegistrationInput = z.input<typeof RegistrationInputSchema>;

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;

export const RegistrationStatusSchema = z.enum(REGISTRATION_STATUSES);

export type RegistrationStatus = z.infer<typeof RegistrationStatusSchema>;

/** A place at an event, or a place in its waitlist. */
export const RegistrationSchema = z.object({
  id: IdSchema,
  eventId: IdSchema,
  status: RegistrationStatusSchema,
  /** 1 for the next to move up; `null` unless waitlisted. */
  waitlistPosition: z.nullable(/* @__PURE__ */ z.int().check(z.minimum(1))),
  /** Lets the registrant cancel without signing in; sent to them alone. */
  cancellationToken: TokenSchema,
  /**
   * The link of the cancellation e-mail. The token is in its fragment (`#token=`),
   * which browsers never send to a server, so it stays out of logs.
   */
  cancellationUrl: HttpUrlSchema,
  /** Revealed only to a confirmed registrant of an online or hybrid event, so the link does not leak. */
  joinUrl: z.nullable(HttpUrlSchema),
  createdAt: TimestampSchema,
});

export type Registration = z.output<typeof RegistrationSchema>;

export const RegistrationPageSchema = pageSchema(RegistrationSchema);

/**
 * The body of `POST /v1/registrations/{id}/cancellation`: the token of the
 * cancellation link proves the right to cancel. It travels in the body, not in
 * the query, because query strings end up in logs and `Referer` headers.
 */
export const RegistrationCancellationInputSchema = z.strictObject({ token: TokenSchema });

export type RegistrationCancellationInput = z.input<typeof RegistrationCancellationInputSchema>;

/** The body of a staff check-in, `POST /v1/events/{id}/attendance`. */
export const AttendanceInputSchema = z.strictObject({
  registrationId: IdSchema,
  /**
   * Hours a volunteer served, in quarter hours, which earn points and count
   * towards certificates; omitted for attendees (422 otherwise).
   */
  hoursServed: z.optional(/* @__PURE__ */ z.number().check(z.minimum(0), z.maximum(24), z.multipleOf(0.25))),
});

export type AttendanceInput = z.input<typeof AttendanceInputSchema>;

/** A recorded check-in and the points it awarded. */
export const AttendanceSchema = z.object({
  registrationId: IdSchema,
  eventId: IdSchema,
  checkedInAt: TimestampSchema,
  hoursServed: /* @__PURE__ */ z.number().check(z.minimum(0)),
  pointsAwarded: /* @__PURE__ */ z.int().check(z.minimum(0)),
});

export type Attendance = z.output<typeof AttendanceSchema>;

/** A tag or a series name: lower-case words joined by hyphens, e.g. `charity-run`. */
const SlugSchema = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(50));

const EventFields = {
  title: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  summary: /* @__PURE__ */ z.string().check(z.trim(), z.maxLength(5000)),
  /** BCP 47 tag such as `en` or `zh-CN`. */
  language: /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)),
  startsAt: TimestampSchema,
  /** After `startsAt`. */
  endsAt: TimestampSchema,
  timeZone: TimeZoneSchema,
  kind: EventKindSchema,
  /** Required for an offline or hybrid event; `null` (or omitted) for an online one. */
  location: z.optional(z.nullable(EventLocationSchema)),
  /** Omitted or `null`: places are not limited. */
  capacity: z.optional(z.nullable(/* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(100_000)))),
  tags: z.optional(/* @__PURE__ */ z.array(SlugSchema).check(z.maxLength(20))),
  series: z.optional(z.nullable(SlugSchema)),
  /** Points each attendee earns at check-in. Default 0. */
  points: z.optional(/* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(10_000))),
  /** At or before `startsAt`; omitted or `null`: registration closes when the event starts. */
  registrationDeadline: z.optional(z.nullable(TimestampSchema)),
  /** Question ids are unique, and so are the option ids of a question. */
  questions: z.optional(/* @__PURE__ */ z.array(RegistrationQuestionSchema).check(z.maxLength(20))),
  /** The video link of an online or hybrid event, revealed only to confirmed registrants. */
  joinUrl: z.optional(z.nullable(HttpUrlSchema)),
};

/**
 * The body of the staff `POST /v1/events`. Rules across fields (the end after
 * the start, a place for an offline event, none for an online one, the deadline
 * at or before the start, unique question ids) answer 400 with field errors.
 */
export const EventInputSchema = z.strictObject(EventFields);

export type EventInput = z.input<typeof EventInputSchema>;

/**
 * The body of the staff `PATCH /v1/events/{id}`: the fields to change, checked
 * together with the ones kept. Capacity cannot drop below the confirmed
 * registrations (409); raising it moves the waitlist up. A cancelled event
 * cannot change (409).
 */
export const EventUpdateInputSchema = z.partial(EventInputSchema);

export type EventUpdateInput = z.input<typeof EventUpdateInputSchema>;
