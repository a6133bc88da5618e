import type { AnnouncementsData } from './resources/announcements/data.js';
import type { DonorsData } from './resources/donors/data.js';
import type { EventsData } from './resources/events/data.js';
import type { MembersData } from './resources/members/data.js';
import type { MetricsData } from './resources/metrics/data.js';
import type { NewsletterData } from './resources/newsletter/data.js';
import type { PointsData } from './resources/points/data.js';
import type { StaffData } from './resources/staff/data.js';
import type { SuggestionsData } from './resources/suggestions/data.js';
import type { SurveysData } from './resources/surveys/data.js';

export type { EventRecord, RegistrationRecord, AttendanceRecord } from './resources/events/data.js';
export type { MemberRecord, SessionRecord } from './resources/members/data.js';
export type { LedgerRecord, RewardRecord, RedemptionRecord, CertificateRecord } from './resources/points/data.js';
export type { SuggestionRecord, VoteRecord } from './resources/suggestions/data.js';
export type { SurveyRecord, SurveyResponseRecord } from './resources/surveys/data.js';
export type { SubscriptionRecord, NewsletterIssueRecord } from './resources/newsletter/data.js';
export type { AnnouncementRecord } from './resources/announcements/data.js';
export type { DonorRecord, DonationRecord } from './resources/donors/data.js';
export type { StaffSessionRecord } from './resources/staff/data.js';

/** The first answer to a write with an `Idempotency-Key`, replayed for every repeat. */
export interface IdempotencyRecord {
  /** A digest of who sent it and the key: the store never says who sent a write. */
  scope: string;
  /** A digest of method, path and body: a repeat with another request is refused. */
  fingerprint: string;
  status: number;
  headers: [string, string][];
  body: string;
  at: string;
}

/** An e-mail the server would have sent; the mock keeps them so that demos and tests can follow links. */
export interface MailRecord {
  id: string;
  to: string;
  /** `newsletter_subscribed` tells the owner of an address that it receives the newsletter, with the unsubscribe token. */
  kind: 'member_confirmation' | 'sign_in' | 'registration' | 'newsletter_confirmation' | 'newsletter_subscribed';
  subject: string;
  text: string;
  /** The secret the e-mail carries, e.g. a confirmation token. */
  token: string | null;
  at: string;
}

/** Everything the mock server knows, as plain JSON so that it can be saved to a file. */
export interface StoreData
  extends EventsData,
    MembersData,
    PointsData,
    SuggestionsData,
    SurveysData,
    NewsletterData,
    AnnouncementsData,
    DonorsData,
    MetricsData,
    StaffData {
  /** The format of this object; a file of another version is refused. */
  version: 2;
  /** The last number handed out per id prefix, so that ids are short, ordered and never reused. */
  sequences: Record<string, number>;
  idempotency: IdempotencyRecord[];
  mail: MailRecord[];
}

/** 2: staff sessions and the published KPIs. */
export const STORE_VERSION = 2;

/**
 * Where the data lives. Changes are synchronous functions, so a change runs
 * whole before any other request is looked at: that is what makes capacity,
 * stock and balances safe under concurrent requests.
 */
export interface Store {
  /** The current data, for reading only. */
  read(): Readonly<StoreData>;
  /**
   * Applies a change and saves it before returning its result. A change must
   * check everything before it mutates anything: a throw leaves what was done.
   */
  write<Result>(change: (data: StoreData) => Result): Result;
}

/** A store that lives in memory; each store gets its own copy of the data. */
export function createMemoryStore(data: StoreData): Store {
  const copy = structuredClone(data);
  return {
    read: () => copy,
    write: (change) => change(copy),
  };
}

/** Data with nothing in it, for `--seed empty` and as the base of every seed. */
export function emptyData(): StoreData {
  return {
    version: STORE_VERSION,
    sequences: {},
    idempotency: [],
    mail: [],
    events: [],
    registrations: [],
    attendance: [],
    members: [],
    sessions: [],
    ledger: [],
    rewards: [],
    redemptions: [],
    certificates: [],
    suggestions: [],
    votes: [],
    surveys: [],
    surveyResponses: [],
    subscriptions: [],
    newsletterIssues: [],
    announcements: [],
    donors: [],
    donations: [],
    publicKpis: [],
    staffSessions: [],
  };
}

/** The next id for a prefix, e.g. `reg_000042`: short, ordered, unique within the store. */
export function nextId(data: StoreData, prefix: string): string {
  const next = (data.sequences[prefix] ?? 0) + 1;
  data.sequences[prefix] = next;
  return `${prefix}_${String(next).padStart(6, '0')}`;
}
