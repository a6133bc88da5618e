export { createClient, type ClientOptions, type NgoClient } from './client.js';
export type { RequestOptions } from './http.js';
export { EventsResource } from './resources/events.js';
export * from './errors/index.js';
export { nextTierOf, tierFor } from './domain/points.js';
export { POINTS_TIERS, POINTS_TIER_THRESHOLDS, type NextTier, type PointsTier } from './schemas/index.js';
export {
  eventToICalendar,
  eventsToICalendar,
  type CalendarEvent,
  type ICalendarFeedOptions,
  type ICalendarOptions,
} from './domain/ical.js';
export type {
  CommunityEvent,
  EventKind,
  EventListParams,
  EventLocation,
  ErrorCode,
  ErrorEnvelope,
  FieldErrors,
  Page,
} from './schemas/index.js';
export { EVENT_KINDS, ERROR_CODES } from './schemas/index.js';
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
