import type { AttendanceRecord, EventRecord, RegistrationRecord } from '../resources/events/data.js';
import type { MemberRecord } from '../resources/members/data.js';
import { nextId, type StoreData } from '../store.js';
import { EVENT_PLAN, type EventPlan } from './event-plan.js';
import { isMemberAt, isVolunteerAt, readyAt, type Cast } from './members.js';
import { personFor, type Person } from './people.js';
import type { Random } from './random.js';
import { DAY, HOUR, MINUTE, SEED_NOW, iso, utc, zoned } from './time.js';

/**
 * Points a volunteer earns per hour served. A check-in of a volunteer awards
 * the event's points and these; the ledger holds them as two entries.
 */
export const POINTS_PER_HOUR = 10;

/** The events of the plan with their registrations and check-ins. */
export interface Programme {
  /** In date order; ids `evt_000001`… in that order. */
  events: EventRecord[];
  /** Ordered by `createdAt`. */
  registrations: RegistrationRecord[];
  /** Ordered by `checkedInAt`. */
  attendance: AttendanceRecord[];
}

interface Draft {
  event: EventRecord;
  member: MemberRecord | null;
  guest: Person | null;
  role: RegistrationRecord['role'];
  status: RegistrationRecord['status'];
  at: number;
  cancelledAt: number | null;
  attends: boolean;
}

const TEXT_ANSWERS: Record<string, Record<'en' | 'zh-CN', readonly string[]>> = {
  topic: {
    en: [
      'More events for families with small children',
      'How we welcome new volunteers',
      'Sharing rides to the outdoor events',
      'A buddy scheme for new members',
      'Ideas for the winter programme',
    ],
    'zh-CN': ['希望多组织亲子活动', '新志愿者的培训安排'],
  },
  note: {
    en: [
      'Coming with my two children.',
      'I use a wheelchair: is the entrance step-free?',
      'I may arrive half an hour late.',
      'Happy to help set up beforehand.',
      'Bringing a friend who would like to join.',
    ],
    'zh-CN': ['会带孩子一起来。', '可以提前到场帮忙布置。', '可能会晚到半小时。', '想捐一些手工作品参加义卖。'],
  },
};

const OPTION_WEIGHTS: Record<string, number> = {
  none: 60, vegetarian: 25, vegan: 10, halal: 5, '5k': 60, '10k': 40, s: 20, m: 35, l: 30, xl: 15,
};

/** Share of the places taken by people who are not members, by the kind of event. */
function guestShare(plan: EventPlan): number {
  if (plan.tags.includes('charity-run')) return 0.4;
  if (plan.tags.includes('charity-sale')) return 0.3;
  return 0.12;
}

/**
 * Publishes the events of `EVENT_PLAN` and fills them: registrations for
 * every event, check-ins for every past one, in the numbers the plan gives.
 */
export function runProgramme(
  data: StoreData,
  random: Random,
  cast: Cast,
  email: (handle: string, domain?: string) => string,
): Programme {
  const events = EVENT_PLAN.map((plan) => eventOf(data, plan));
  const drafts = EVENT_PLAN.flatMap((plan, index) => registrationsFor(random, cast, plan, events[index] as EventRecord));
  drafts.sort((a, b) => a.at - b.at);

  const registrations: RegistrationRecord[] = [];
  const checkIns: { record: AttendanceRecord; ms: number }[] = [];
  for (const draft of drafts) {
    const registration = registrationOf(data, random, draft, email);
    registrations.push(registration);
    if (draft.attends) checkIns.push(checkIn(random, draft, registration));
  }
  checkIns.sort((a, b) => a.ms - b.ms);
  return { events, registrations, attendance: checkIns.map(({ record }) => record) };
}

function eventOf(data: StoreData, plan: EventPlan): EventRecord {
  const startsAt = zoned(plan.date, plan.starts, plan.timeZone);
  const published = plan.published ? utc(plan.published, '10:00') : utc(plan.date, '10:00') - 45 * DAY;
  return {
    id: nextId(data, 'evt'),
    title: plan.title,
    summary: plan.summary,
    language: plan.language,
    startsAt: startsAt.iso,
    endsAt: zoned(plan.date, plan.ends, plan.timeZone).iso,
    timeZone: plan.timeZone,
    kind: plan.kind,
    location: plan.location,
    capacity: plan.capacity,
    tags: plan.tags,
    series: plan.series ?? null,
    status: plan.cancelledOn ? 'cancelled' : 'scheduled',
    points: plan.points,
    registrationDeadline: plan.deadline ? zoned(plan.deadline.slice(0, 10), plan.deadline.slice(11), plan.timeZone).iso : null,
    ...(plan.questions ? { questions: plan.questions } : {}),
    joinUrl: plan.meeting ? `https://meet.example.org/${plan.meeting}` : null,
    createdAt: iso(published),
  };
}

function registrationsFor(random: Random, cast: Cast, plan: EventPlan, event: EventRecord): Draft[] {
  const starts = Date.parse(event.startsAt);
  const ends = Date.parse(event.endsAt);
  const opens = Date.parse(event.createdAt) + DAY;
  const cancelledAt = plan.cancelledOn ? utc(plan.cancelledOn, '10:00') : null;
  const closes = Math.min(
    event.registrationDeadline ? Date.parse(event.registrationDeadline) : starts,
    starts - 2 * HOUR,
    SEED_NOW - HOUR,
    cancelledAt ?? Infinity,
  );
  // a full event: places go first, the waitlist fills after
  const fullAt = plan.waitlisted ? opens + (closes - opens) * 0.7 : closes;
  const taken = new Set<string>();
  const drafts: Draft[] = [];

  // one weighted order of everyone who could come: each kind of registration takes the first who fit
  const upcoming = starts > SEED_NOW;
  const likely = random.rank(
    cast.members.filter((member) => isMemberAt(member, ends)),
    (member) => weightFor(cast, plan, member) * (upcoming && isDemo(cast, member, plan) ? 1000 : 1),
  );
  function memberDrafts(count: number, role: Draft['role'], from: number, until: number, status: Draft['status']) {
    let left = count;
    for (const member of likely) {
      if (left === 0) break;
      if (taken.has(member.id) || Math.max(from, readyAt(member)) >= until - 3 * DAY) continue;
      if (role === 'volunteer' && !(isVolunteerAt(member, from) && isVolunteerAt(member, ends))) continue;
      left -= 1;
      taken.add(member.id);
      drafts.push({
        event, member, guest: null, role, status, cancelledAt: null, attends: false,
        at: between(random, Math.max(from, readyAt(member)), until),
      });
    }
  }
  function guestDrafts(count: number, from: number, until: number, status: Draft['status']) {
    for (let index = 0; index < count; index++) {
      drafts.push({
        event, member: null, guest: personFor(random, plan.language), role: 'attendee', status, cancelledAt: null, attends: false,
        at: between(random, from, until),
      });
    }
  }

  const guests = Math.round((plan.confirmed - plan.volunteers) * guestShare(plan));
  memberDrafts(plan.volunteers, 'volunteer', opens, fullAt, 'confirmed');
  memberDrafts(plan.confirmed - plan.volunteers - guests, 'attendee', opens, fullAt, 'confirmed');
  guestDrafts(guests, opens, fullAt, 'confirmed');
  if (plan.waitlisted) {
    memberDrafts(plan.waitlisted - 1, 'attendee', fullAt, closes, 'waitlisted');
    guestDrafts(1, fullAt, closes, 'waitlisted');
  } else if (!cancelledAt) {
    const room = plan.capacity === null ? Infinity : plan.capacity - plan.confirmed;
    memberDrafts(Math.min(Math.round(plan.confirmed * 0.06), room), 'attendee', opens, closes, 'cancelled');
  }
  for (const draft of drafts) {
    if (cancelledAt) {
      draft.status = 'cancelled';
      draft.cancelledAt = cancelledAt;
    } else if (draft.status === 'cancelled') {
      draft.cancelledAt = between(random, draft.at + HOUR, Math.min(starts, SEED_NOW));
    }
  }
  if (plan.attended !== undefined) markAttendance(random, cast, drafts, plan.attended);
  return drafts;
}

/** Volunteers on duty always come; the other places are filled by who is most likely to. */
function markAttendance(random: Random, cast: Cast, drafts: Draft[], attended: number): void {
  const confirmed = drafts.filter((draft) => draft.status === 'confirmed');
  const onDuty = confirmed.filter((draft) => draft.role === 'volunteer');
  const others = confirmed.filter((draft) => draft.role === 'attendee');
  if (onDuty.length > attended) throw new Error(`${confirmed[0]?.event.title}: more volunteers than check-ins`);
  const coming = random.sample(others, attended - onDuty.length, (draft) =>
    draft.member ? (cast.engagement.get(draft.member.id) ?? 0.5) : 0.5,
  );
  for (const draft of [...onDuty, ...coming]) draft.attends = true;
}

/** The demo members sign up for every upcoming event in their language, so that the portal has something to show. */
function isDemo(cast: Cast, member: MemberRecord, plan: EventPlan): boolean {
  return (member === cast.demo && plan.language === 'en') || (member === cast.demoZh && plan.language === 'zh-CN');
}

/** How likely members who write in each locale come to events in each language. */
const AFFINITY = {
  en: { en: 1, 'zh-CN': 0.3, 'zh-TW': 0.35 },
  'zh-CN': { en: 0.08, 'zh-CN': 1, 'zh-TW': 0.8 },
} as const;

/** How likely a member is to sign up: keen members, in their language, on their interests. */
function weightFor(cast: Cast, plan: EventPlan, member: MemberRecord): number {
  const affinity = AFFINITY[plan.language][member.locale];
  const interested = member.interests.some((interest) => plan.tags.includes(interest)) ? 1.5 : 1;
  return (cast.engagement.get(member.id) ?? 0.5) * affinity * interested;
}

function registrationOf(
  data: StoreData,
  random: Random,
  draft: Draft,
  email: (handle: string, domain?: string) => string,
): RegistrationRecord {
  const { event, member, guest } = draft;
  const zh = event.language === 'zh-CN';
  return {
    id: nextId(data, 'reg'),
    eventId: event.id,
    memberId: member?.id ?? null,
    name: member?.name ?? guest?.name ?? '',
    email: member?.email ?? email(guest?.handle ?? 'guest', random.pick(['example.com', 'example.net'])),
    phone: random.chance(0.3) ? phoneNumber(random, zh) : null,
    role: draft.role,
    answers: answersFor(random, event),
    status: draft.status,
    cancellationToken: random.token(24),
    createdAt: iso(draft.at),
    cancelledAt: draft.cancelledAt === null ? null : iso(draft.cancelledAt),
  };
}

function answersFor(random: Random, event: EventRecord): Record<string, string> {
  const answers: Record<string, string> = {};
  const language = event.language === 'zh-CN' ? 'zh-CN' : 'en';
  for (const question of event.questions ?? []) {
    if (question.type === 'choice') {
      answers[question.id] = random.weighted(question.options, (option) => OPTION_WEIGHTS[option.id] ?? 1).id;
    } else if (question.required || random.chance(0.25)) {
      answers[question.id] = random.pick(TEXT_ANSWERS[question.id]?.[language] ?? ['—']);
    }
  }
  return answers;
}

function checkIn(random: Random, draft: Draft, registration: RegistrationRecord): { record: AttendanceRecord; ms: number } {
  const starts = Date.parse(draft.event.startsAt);
  const duration = (Date.parse(draft.event.endsAt) - starts) / HOUR;
  const volunteer = draft.role === 'volunteer';
  const hoursServed = volunteer ? duration + random.pick([0, 0.5, 1]) : 0;
  const points = draft.member ? (draft.event.points ?? 0) + hoursServed * POINTS_PER_HOUR : 0;
  const ms = starts + (volunteer ? -random.int(30, 90) : random.int(-20, 40)) * MINUTE;
  const record = {
    registrationId: registration.id,
    eventId: draft.event.id,
    memberId: draft.member?.id ?? null,
    checkedInAt: iso(ms),
    hoursServed,
    pointsAwarded: points,
  };
  return { record, ms };
}

function phoneNumber(random: Random, chinese: boolean): string {
  return chinese
    ? `+86 1${random.int(30, 89)} ${random.int(1000, 9999)} ${random.int(1000, 9999)}`
    : `+49 ${random.pick(['30', '151', '160', '176'])} ${random.int(1_000_000, 9_999_999)}`;
}

/** A whole minute between two instants. */
function between(random: Random, from: number, until: number): number {
  const minutes = Math.max(0, Math.floor((until - from) / MINUTE));
  return from + random.int(0, minutes) * MINUTE;
}
