import type * as z from 'zod/mini';
import {
  AnnouncementInputSchema,
  AnnouncementListParamsSchema,
  AnnouncementPageSchema,
  AnnouncementSchema,
  AttendanceInputSchema,
  AttendanceSchema,
  CertificateListParamsSchema,
  CertificatePageSchema,
  DonationInputSchema,
  DonationSchema,
  DonorWallPageSchema,
  DonorWallParamsSchema,
  EmailConfirmationInputSchema,
  EventFeedParamsSchema,
  EventInputSchema,
  EventListParamsSchema,
  EventPageSchema,
  EventSchema,
  EventUpdateInputSchema,
  KpiReportParamsSchema,
  KpiReportSchema,
  LedgerListParamsSchema,
  LedgerPageSchema,
  MemberSchema,
  MeSchema,
  NewsletterIssueListParamsSchema,
  NewsletterIssuePageSchema,
  PageParamsSchema,
  PointsBalanceSchema,
  RedemptionSchema,
  RegistrationCancellationInputSchema,
  RegistrationInputSchema,
  RegistrationPageSchema,
  RegistrationSchema,
  RewardListParamsSchema,
  RewardPageSchema,
  SessionInputSchema,
  SessionSchema,
  SignInLinkInputSchema,
  SignupInputSchema,
  SubscriptionConfirmInputSchema,
  SubscriptionInputSchema,
  SubscriptionSchema,
  SuggestionInputSchema,
  SuggestionListParamsSchema,
  SuggestionModerationInputSchema,
  SuggestionPageSchema,
  SuggestionSchema,
  SuggestionVoteInputSchema,
  SuggestionVoteSchema,
  SurveyResponseInputSchema,
  SurveyResponseSchema,
  SurveyResultsSchema,
  SurveySchema,
  ThankYouLetterPageSchema,
  ThankYouLetterParamsSchema,
  UnsubscribeInputSchema,
} from '../schemas/index.js';

/**
 * Who may call a route: `publishable` (`pk_...`, safe in a page), `member` (a
 * signed-in member's token) or `secret` (`sk_...`, staff, never from a browser).
 */
export type Credential = 'publishable' | 'member' | 'secret';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** The statuses of the error envelope a route may answer with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429;

/** One route of the v1 contract: plain data, read by the OpenAPI generator and the mock server. */
export interface Route {
  /** Unique, camelCase: the name of the operation in OpenAPI and of the SDK method's intent. */
  operationId: string;
  method: HttpMethod;
  /** With `{name}` path parameters, e.g. `/v1/events/{id}`. */
  path: string;
  /** Groups routes by resource in the documentation. */
  tag: string;
  summary: string;
  credential: Credential;
  /** Its wire form is flat: each property is one query parameter. */
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  response: {
    /** 202 when the work happens later, e.g. an e-mail that is sent. */
    status: 200 | 201 | 202 | 204;
    /** JSON unless `contentType` says otherwise. */
    schema?: z.ZodMiniType;
    /** For non-JSON answers such as `text/calendar`. */
    contentType?: string;
  };
  errors: readonly ErrorStatus[];
}

/** A read by anyone with a key. */
const READ = [400, 401, 429] as const;
/** A read of one resource, which may not exist. */
const READ_ONE = [401, 404, 429] as const;
/** A form submission. */
const SUBMIT = [400, 401, 409, 422, 429] as const;
/** A staff write. */
const STAFF = [400, 401, 403, 404, 409, 422, 429] as const;

/** Every route of the community-ops API v1. */
export const ROUTES = [
  // events
  {
    operationId: 'listEvents',
    method: 'GET',
    path: '/v1/events',
    tag: 'events',
    summary:
      'List events, soonest first, filtered by date range, kind, tag or series; cancelled events stay listed with status cancelled.',
    credential: 'publishable',
    query: EventListParamsSchema,
    response: { status: 200, schema: EventPageSchema },
    errors: READ,
  },
  {
    operationId: 'createEvent',
    method: 'POST',
    path: '/v1/events',
    tag: 'events',
    summary: 'Create an event; its address is in `Location`.',
    credential: 'secret',
    body: EventInputSchema,
    response: { status: 201, schema: EventSchema },
    errors: STAFF,
  },
  {
    operationId: 'getEventsCalendar',
    method: 'GET',
    path: '/v1/events.ics',
    tag: 'events',
    summary:
      'An iCalendar feed (text/calendar; charset=utf-8) of every event matching the filters, times in UTC, without join links.',
    credential: 'publishable',
    query: EventFeedParamsSchema,
    response: { status: 200, contentType: 'text/calendar' },
    errors: READ,
  },
  {
    operationId: 'getEvent',
    method: 'GET',
    path: '/v1/events/{id}',
    tag: 'events',
    summary: 'One event.',
    credential: 'publishable',
    response: { status: 200, schema: EventSchema },
    errors: READ_ONE,
  },
  {
    operationId: 'updateEvent',
    method: 'PATCH',
    path: '/v1/events/{id}',
    tag: 'events',
    summary:
      'Change an event. Capacity below the confirmed registrations is refused (409); more capacity confirms the waitlist in order; a cancelled event cannot change (409).',
    credential: 'secret',
    body: EventUpdateInputSchema,
    response: { status: 200, schema: EventSchema },
    errors: STAFF,
  },
  {
    operationId: 'cancelEvent',
    method: 'POST',
    path: '/v1/events/{id}/cancellation',
    tag: 'events',
    summary:
      'Cancel an event: it stays, with status cancelled, and so do its registrations (nothing is cancelled silently); 409 when already cancelled.',
    credential: 'secret',
    response: { status: 200, schema: EventSchema },
    errors: [401, 403, 404, 409, 429],
  },
  {
    operationId: 'getEventCalendar',
    method: 'GET',
    path: '/v1/events/{id}.ics',
    tag: 'events',
    summary: 'One event as iCalendar (text/calendar; charset=utf-8), to add it to a calendar.',
    credential: 'publishable',
    response: { status: 200, contentType: 'text/calendar' },
    errors: READ_ONE,
  },
  {
    operationId: 'createRegistration',
    method: 'POST',
    path: '/v1/events/{id}/registrations',
    tag: 'events',
    summary:
      'Register for an event: confirmed while places last, then waitlisted in order. 400 for answers that do not fit the questions (`answers.<questionId>`); 409 when the event is cancelled or the e-mail already holds a place; 422 after the deadline (or the start).',
    credential: 'publishable',
    body: RegistrationInputSchema,
    response: { status: 201, schema: RegistrationSchema },
    errors: [400, 401, 404, 409, 422, 429],
  },
  {
    operationId: 'cancelRegistration',
    method: 'POST',
    path: '/v1/registrations/{id}/cancellation',
    tag: 'events',
    summary:
      'Cancel a registration with the token of its cancellation link (403 when wrong); the first of the waitlist is confirmed. Cancelling again answers the cancelled registration; 422 once the event has started.',
    credential: 'publishable',
    body: RegistrationCancellationInputSchema,
    response: { status: 200, schema: RegistrationSchema },
    errors: [400, 401, 403, 404, 422, 429],
  },
  {
    operationId: 'checkInAttendance',
    method: 'POST',
    path: '/v1/events/{id}/attendance',
    tag: 'events',
    summary:
      "Check in a confirmed registration, once (409 otherwise), which awards the event's points and a volunteer's hours to the member's ledger.",
    credential: 'secret',
    body: AttendanceInputSchema,
    response: { status: 201, schema: AttendanceSchema },
    errors: STAFF,
  },
  // members
  {
    operationId: 'signUp',
    method: 'POST',
    path: '/v1/members',
    tag: 'members',
    summary:
      'Join as member, volunteer or donor; the member is pending until the mailed confirmation. The same e-mail again while pending mails a new confirmation (201); an active member is a 409.',
    credential: 'publishable',
    body: SignupInputSchema,
    response: { status: 201, schema: MemberSchema },
    errors: SUBMIT,
  },
  {
    operationId: 'confirmEmail',
    method: 'POST',
    path: '/v1/members/confirm',
    tag: 'members',
    summary:
      'Confirm the e-mail address of a signup with the token mailed to it, which makes the member active (and confirms a newsletter opt-in); 404 for an unknown or used token.',
    credential: 'publishable',
    body: EmailConfirmationInputSchema,
    response: { status: 200, schema: MemberSchema },
    errors: [400, 401, 404, 429],
  },
  {
    operationId: 'requestSignInLink',
    method: 'POST',
    path: '/v1/sessions/links',
    tag: 'members',
    summary:
      "Mail a sign-in token to an active member's address. Always 202, so the answer never tells whether the address belongs to a member.",
    credential: 'publishable',
    body: SignInLinkInputSchema,
    response: { status: 202 },
    errors: [400, 401, 429],
  },
  {
    operationId: 'createSession',
    method: 'POST',
    path: '/v1/sessions',
    tag: 'members',
    summary:
      'Sign in to the member portal with the e-mail and its mailed sign-in token; answers a member token valid for 30 days. 401 for an unknown, used or expired token.',
    credential: 'publishable',
    body: SessionInputSchema,
    response: { status: 201, schema: SessionSchema },
    errors: [400, 401, 429],
  },
  {
    operationId: 'getMe',
    method: 'GET',
    path: '/v1/me',
    tag: 'members',
    summary: "The signed-in member's profile, with the tier of the points earned and the volunteer hours served.",
    credential: 'member',
    response: { status: 200, schema: MeSchema },
    errors: [401, 429],
  },
  {
    operationId: 'listMyRegistrations',
    method: 'GET',
    path: '/v1/me/registrations',
    tag: 'members',
    summary: "The signed-in member's registrations, cancelled ones included, soonest event first.",
    credential: 'member',
    query: PageParamsSchema,
    response: { status: 200, schema: RegistrationPageSchema },
    errors: READ,
  },
  // points
  {
    operationId: 'getMyPoints',
    method: 'GET',
    path: '/v1/me/points',
    tag: 'points',
    summary: "The signed-in member's balance, tier and distance to the next tier.",
    credential: 'member',
    response: { status: 200, schema: PointsBalanceSchema },
    errors: [401, 429],
  },
  {
    operationId: 'listMyLedger',
    method: 'GET',
    path: '/v1/me/ledger',
    tag: 'points',
    summary: 'Points earned and redeemed, newest first.',
    credential: 'member',
    query: LedgerListParamsSchema,
    response: { status: 200, schema: LedgerPageSchema },
    errors: READ,
  },
  {
    operationId: 'listMyCertificates',
    method: 'GET',
    path: '/v1/me/certificates',
    tag: 'points',
    summary: 'Certificates of hours served, newest first.',
    credential: 'member',
    query: CertificateListParamsSchema,
    response: { status: 200, schema: CertificatePageSchema },
    errors: READ,
  },
  {
    operationId: 'getMyCertificateSvg',
    method: 'GET',
    path: '/v1/me/certificates/{id}.svg',
    tag: 'points',
    summary: 'One certificate as a printable SVG.',
    credential: 'member',
    response: { status: 200, contentType: 'image/svg+xml' },
    errors: READ_ONE,
  },
  {
    operationId: 'listRewards',
    method: 'GET',
    path: '/v1/rewards',
    tag: 'points',
    summary: 'The rewards catalogue.',
    credential: 'publishable',
    query: RewardListParamsSchema,
    response: { status: 200, schema: RewardPageSchema },
    errors: READ,
  },
  {
    operationId: 'redeemReward',
    method: 'POST',
    path: '/v1/rewards/{id}/redemptions',
    tag: 'points',
    summary: 'Spend points on a reward, atomically: 409 when out of stock, 422 when the balance is short.',
    credential: 'member',
    response: { status: 201, schema: RedemptionSchema },
    errors: [401, 404, 409, 422, 429],
  },
  // suggestions
  {
    operationId: 'listSuggestions',
    method: 'GET',
    path: '/v1/suggestions',
    tag: 'suggestions',
    summary: 'The public suggestion box with status and votes.',
    credential: 'publishable',
    query: SuggestionListParamsSchema,
    response: { status: 200, schema: SuggestionPageSchema },
    errors: READ,
  },
  {
    operationId: 'createSuggestion',
    method: 'POST',
    path: '/v1/suggestions',
    tag: 'suggestions',
    summary: 'Submit a suggestion, optionally anonymously.',
    credential: 'publishable',
    body: SuggestionInputSchema,
    response: { status: 201, schema: SuggestionSchema },
    errors: SUBMIT,
  },
  {
    operationId: 'voteSuggestion',
    method: 'POST',
    path: '/v1/suggestions/{id}/votes',
    tag: 'suggestions',
    summary: 'Vote for a suggestion, once per member or browser.',
    credential: 'publishable',
    body: SuggestionVoteInputSchema,
    response: { status: 201, schema: SuggestionVoteSchema },
    errors: [400, 401, 404, 409, 429],
  },
  {
    operationId: 'moderateSuggestion',
    method: 'PATCH',
    path: '/v1/suggestions/{id}',
    tag: 'suggestions',
    summary: 'Change the status of a suggestion, reply to it or hide it.',
    credential: 'secret',
    body: SuggestionModerationInputSchema,
    response: { status: 200, schema: SuggestionSchema },
    errors: STAFF,
  },
  // surveys
  {
    operationId: 'getSurvey',
    method: 'GET',
    path: '/v1/surveys/{id}',
    tag: 'surveys',
    summary: 'A survey and its questions.',
    credential: 'publishable',
    response: { status: 200, schema: SurveySchema },
    errors: READ_ONE,
  },
  {
    operationId: 'createSurveyResponse',
    method: 'POST',
    path: '/v1/surveys/{id}/responses',
    tag: 'surveys',
    summary: 'Answer a survey, as a draft or complete; one response per member or browser.',
    credential: 'publishable',
    body: SurveyResponseInputSchema,
    response: { status: 201, schema: SurveyResponseSchema },
    errors: [400, 401, 404, 409, 422, 429],
  },
  {
    operationId: 'updateSurveyResponse',
    method: 'PATCH',
    path: '/v1/surveys/{id}/responses/{responseId}',
    tag: 'surveys',
    summary: 'Continue a draft response; a complete response cannot change.',
    credential: 'publishable',
    body: SurveyResponseInputSchema,
    response: { status: 200, schema: SurveyResponseSchema },
    errors: [400, 401, 403, 404, 409, 422, 429],
  },
  {
    operationId: 'getSurveyResults',
    method: 'GET',
    path: '/v1/surveys/{id}/results',
    tag: 'surveys',
    summary: 'The results of a survey, with the satisfaction rate and NPS.',
    credential: 'secret',
    response: { status: 200, schema: SurveyResultsSchema },
    errors: [401, 403, 404, 429],
  },
  // newsletter
  {
    operationId: 'subscribeNewsletter',
    method: 'POST',
    path: '/v1/newsletter/subscriptions',
    tag: 'newsletter',
    summary: 'Subscribe to the monthly newsletter; a confirmation e-mail follows (double opt-in).',
    credential: 'publishable',
    body: SubscriptionInputSchema,
    response: { status: 201, schema: SubscriptionSchema },
    errors: [400, 401, 429],
  },
  {
    operationId: 'confirmNewsletter',
    method: 'POST',
    path: '/v1/newsletter/confirm',
    tag: 'newsletter',
    summary: 'Confirm a subscription with the token mailed to it.',
    credential: 'publishable',
    body: SubscriptionConfirmInputSchema,
    response: { status: 200, schema: SubscriptionSchema },
    errors: [400, 401, 404, 429],
  },
  {
    operationId: 'unsubscribeNewsletter',
    method: 'POST',
    path: '/v1/newsletter/unsubscribe',
    tag: 'newsletter',
    summary: 'Unsubscribe with the token of the link in every issue.',
    credential: 'publishable',
    body: UnsubscribeInputSchema,
    response: { status: 200, schema: SubscriptionSchema },
    errors: [400, 401, 404, 429],
  },
  {
    operationId: 'listNewsletterIssues',
    method: 'GET',
    path: '/v1/newsletter/issues',
    tag: 'newsletter',
    summary: 'The archive of monthly issues, newest first.',
    credential: 'publishable',
    query: NewsletterIssueListParamsSchema,
    response: { status: 200, schema: NewsletterIssuePageSchema },
    errors: READ,
  },
  // announcements
  {
    operationId: 'listAnnouncements',
    method: 'GET',
    path: '/v1/announcements',
    tag: 'announcements',
    summary: 'Platform and event notices, pinned first, then newest.',
    credential: 'publishable',
    query: AnnouncementListParamsSchema,
    response: { status: 200, schema: AnnouncementPageSchema },
    errors: READ,
  },
  {
    operationId: 'createAnnouncement',
    method: 'POST',
    path: '/v1/announcements',
    tag: 'announcements',
    summary: 'Publish a notice, now or at a later moment.',
    credential: 'secret',
    body: AnnouncementInputSchema,
    response: { status: 201, schema: AnnouncementSchema },
    errors: STAFF,
  },
  // donors
  {
    operationId: 'listDonorWall',
    method: 'GET',
    path: '/v1/donors/wall',
    tag: 'donors',
    summary: 'The public recognition wall: only donors who consented.',
    credential: 'publishable',
    query: DonorWallParamsSchema,
    response: { status: 200, schema: DonorWallPageSchema },
    errors: READ,
  },
  {
    operationId: 'recordDonation',
    method: 'POST',
    path: '/v1/donations',
    tag: 'donors',
    summary: 'Record a donation.',
    credential: 'secret',
    body: DonationInputSchema,
    response: { status: 201, schema: DonationSchema },
    errors: STAFF,
  },
  {
    operationId: 'listThankYouLetters',
    method: 'GET',
    path: '/v1/donors/letters',
    tag: 'donors',
    summary: "Thank-you letters for every donor of a period, in each donor's language.",
    credential: 'secret',
    query: ThankYouLetterParamsSchema,
    response: { status: 200, schema: ThankYouLetterPageSchema },
    errors: [400, 401, 403, 429],
  },
  // metrics
  {
    operationId: 'getKpis',
    method: 'GET',
    path: '/v1/metrics/kpis',
    tag: 'metrics',
    summary: 'The four KPIs of a period against their targets; per-event participation with the secret key only.',
    credential: 'publishable',
    query: KpiReportParamsSchema,
    response: { status: 200, schema: KpiReportSchema },
    errors: READ,
  },
] as const satisfies readonly Route[];
