export {
  createBaseClient,
  createClient,
  type ClientOptions,
  type NgoBaseClient,
  type NgoClient,
  type ResourceClass,
} from './client.js';
export { createAdminClient, type AdminClientOptions, type NgoAdminClient } from './admin-client.js';
export type { CoreOptions } from './core.js';
export type { RequestOptions, WriteOptions } from './http.js';
export { newIdempotencyKey } from './transport/idempotency-key.js';
export { iteratePages } from './pagination.js';
export { Outbox, type FlushResult } from './outbox/outbox.js';
export type { OutboxEntry } from './outbox/outbox-entry.js';
export { OutboxFailedEvent, OutboxSentEvent, type OutboxEventMap } from './outbox/outbox-events.js';
export { memoryStorage, type OutboxStorage } from './outbox/storage.js';
export type { CacheOptions } from './transport/read-cache.js';
export type { RetryOptions } from './transport/retry.js';
export { AnnouncementsResource } from './resources/announcements.js';
export { CertificatesResource } from './resources/certificates.js';
export { DonorsResource } from './resources/donors.js';
export { EventsResource } from './resources/events.js';
export { MeResource, type PageParams } from './resources/me.js';
export { MembersResource } from './resources/members.js';
export { MetricsResource } from './resources/metrics.js';
export { NewsletterResource } from './resources/newsletter.js';
export { PointsResource } from './resources/points.js';
export { RewardsResource } from './resources/rewards.js';
export { SessionsResource } from './resources/sessions.js';
export { SuggestionsResource } from './resources/suggestions.js';
export { SurveysResource } from './resources/surveys.js';
export { AdminAnnouncementsResource } from './resources/admin/announcements.js';
export { AdminDonorsResource } from './resources/admin/donors.js';
export { AdminEventsResource } from './resources/admin/events.js';
export { AdminMembersResource } from './resources/admin/members.js';
export { AdminMetricsResource } from './resources/admin/metrics.js';
export { AdminStaffSessionsResource } from './resources/admin/staff-sessions.js';
export { AdminSuggestionsResource } from './resources/admin/suggestions.js';
export { AdminSurveysResource } from './resources/admin/surveys.js';
export * from './errors/index.js';
export type { Page } from './schemas/common.js';
export { ERROR_CODES, type ErrorCode, type ErrorEnvelope, type FieldErrors } from './schemas/errors.js';
export { EVENT_KINDS, EVENT_PAGE_MAX, type CommunityEvent, type EventKind, type EventListParams, type EventLocation } from './schemas/events.js';
export {
  KPI_IDS,
  KPI_TARGETS,
  type EventParticipation,
  type Kpi,
  type KpiAccess,
  type KpiId,
  type KpiPublication,
  type KpiReport,
  type KpiReportParams,
} from './schemas/metrics.js';
export type { StaffSession, StaffSessionInput } from './schemas/staff.js';
export type { ThankYouLetter, ThankYouLettersParams } from './schemas/donors.js';
export { POINTS_TIERS, POINTS_TIER_THRESHOLDS, type NextTier, type PointsTier } from './schemas/points.js';
export { nextTierOf, tierFor } from './domain/points.js';
export {
  eventToICalendar,
  eventsToICalendar,
  type CalendarEvent,
  type ICalendarFeedOptions,
  type ICalendarOptions,
} from './domain/ical.js';
export {
  memberGrowth,
  met,
  nps,
  participation,
  periodRange,
  satisfaction,
  volunteerRetention,
  type PeriodRange,
} from './domain/kpi.js';
