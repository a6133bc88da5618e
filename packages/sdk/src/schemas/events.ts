import * as z from 'zod/mini';
import {
  EmailSchema,
  HoneypotSchema,
  HttpUrlSchema,
  IdSchema,
  PageParamsSchema,
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
  name: z.string().check(z.minLength(1)),
  address: z.optional(z.string()),
  city: z.optional(z.string()),
  country: z.optional(z.string().check(z.length(2))),
});

export type EventLocation = z.infer<typeof EventLocationSchema>;

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;

export const EventStatusSchema = z.enum(EVENT_STATUSES);

export type EventStatus = z.infer<typeof EventStatusSchema>;

const QuestionBase = {
  id: IdSchema,
  prompt: z.string().check(z.minLength(1), z.maxLength(300)),
  required: z.boolean(),
};

/** A question the organiser asks everyone who registers, e.g. dietary needs. */
export const RegistrationQuestionSchema = z.discriminatedUnion('type', [
  z.object({ ...QuestionBase, type: z.literal('text'), maxLength: z.int().check(z.minimum(1), z.maximum(2000)) }),
  z.object({
    ...QuestionBase,
    type: z.literal('choice'),
    options: z
      .array(z.object({ id: IdSchema, label: z.string().check(z.minLength(1), z.maxLength(200)) }))
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
  capacity: z.nullable(z.int().check(z.minimum(0))),
  registeredCount: z.int().check(z.minimum(0)),
  tags: z.array(z.string()),
  /** A recurring series such as `quarterly-exchange`, or `null`. */
  series: z.nullable(z.string()),
  /** Absent means `scheduled`: a backend of an earlier v1 may not send it. */
  status: z.optional(EventStatusSchema),
  /** Volunteer points earned by taking part. */
  points: z.optional(z.int().check(z.minimum(0))),
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

/** Filters of `GET /v1/events`. */
export const EventListParamsSchema = z.extend(PageParamsSchema, {
  from: z.optional(TimestampSchema),
  to: z.optional(TimestampSchema),
  kind: z.optional(EventKindSchema),
  tag: z.optional(z.string().check(z.minLength(1))),
  series: z.optional(z.string().check(z.minLength(1))),
});

export type EventListParams = z.output<typeof EventListParamsSchema>;

/** Filters of `GET /v1/events.ics`: the list's filters without paging, since a feed holds every match. */
export const EventFeedParamsSchema = z.omit(EventListParamsSchema, { cursor: true, limit: true });

export type EventFeedParams = z.output<typeof EventFeedParamsSchema>;

export const REGISTRATION_ROLES = ['attendee', 'volunteer'] as const;

export const RegistrationRoleSchema = z.enum(REGISTRATION_ROLES);

export type RegistrationRole = z.infer<typeof RegistrationRoleSchema>;

/** The body of `POST /v1/events/{id}/registrations`. */
export const RegistrationInputSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  email: EmailSchema,
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ()-]{6,20}$/))),
  role: RegistrationRoleSchema,
  /** Answers to the event's `questions`: free text, or the id of the chosen option. */
  answers: z.optional(z.record(IdSchema, z.string().check(z.maxLength(2000)))),
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
  waitlistPosition: z.nullable(z.int().check(z.minimum(1))),
  /** Lets the registrant cancel without signing in; sent to them alone. */
  cancellationToken: TokenSchema,
  cancellationUrl: HttpUrlSchema,
  /** Revealed only to a confirmed registrant of an online or hybrid event, so the link does not leak. */
  joinUrl: z.nullable(HttpUrlSchema),
  createdAt: TimestampSchema,
});

export type Registration = z.output<typeof RegistrationSchema>;

export const RegistrationPageSchema = pageSchema(RegistrationSchema);

/** The query of `DELETE /v1/registrations/{id}`: the token proves the right to cancel. */
export const RegistrationCancelParamsSchema = z.object({ token: TokenSchema });

export type RegistrationCancelParams = z.output<typeof RegistrationCancelParamsSchema>;

/** The body of a staff check-in, `POST /v1/events/{id}/attendance`. */
export const AttendanceInputSchema = z.strictObject({
  registrationId: IdSchema,
  /** Hours a volunteer served, which count towards certificates; omitted for attendees. */
  hoursServed: z.optional(z.number().check(z.minimum(0), z.maximum(24))),
});

export type AttendanceInput = z.input<typeof AttendanceInputSchema>;

/** A recorded check-in and the points it awarded. */
export const AttendanceSchema = z.object({
  registrationId: IdSchema,
  eventId: IdSchema,
  checkedInAt: TimestampSchema,
  hoursServed: z.number().check(z.minimum(0)),
  pointsAwarded: z.int().check(z.minimum(0)),
});

export type Attendance = z.output<typeof AttendanceSchema>;
