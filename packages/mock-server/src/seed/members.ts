import type { MemberRecord, SessionRecord } from '../resources/members/data.js';
import { nextId, type StoreData } from '../store.js';
import { personFor, type Person, type SeedLocale } from './people.js';
import type { Random } from './random.js';
import { DAY, HOUR, MINUTE, SEED_NOW, iso, utc } from './time.js';

/** The member token of the demo portal: Lena Fischer, an English-speaking volunteer since 2023. */
export const DEMO_MEMBER_TOKEN = 'mt_demo_member';
/** The member token of 王芳 (Wang Fang), a Chinese-speaking volunteer since 2024. */
export const DEMO_MEMBER_TOKEN_ZH = 'mt_demo_member_zh';
/** A session that expired on 2026-10-01: the token is refused with 401. */
export const DEMO_EXPIRED_TOKEN = 'mt_demo_expired';

/** The people of the organisation and what the rest of the seed needs to know about them. */
export interface Cast {
  /** Ordered by `joinedAt`; ids `mem_000001`… in that order. */
  members: MemberRecord[];
  /** How likely each member is to come, answer and vote: from 0.15 to 1, the demo members more. */
  engagement: Map<string, number>;
  /** The member of `DEMO_MEMBER_TOKEN`. */
  demo: MemberRecord;
  /** The member of `DEMO_MEMBER_TOKEN_ZH`. */
  demoZh: MemberRecord;
}

/** What sets a member's dates apart; the counts are what the KPIs in `year.ts` are designed from. */
interface Group {
  count: number;
  joined: 'before' | 'during' | 'pending';
  left?: 'before' | 'during';
  volunteer?: 'before' | 'until-during' | 'from-during';
}

const GROUPS: readonly Group[] = [
  // 140 members before 2026 who still belong
  { count: 20, joined: 'before', volunteer: 'before' },
  { count: 12, joined: 'before', volunteer: 'until-during' },
  { count: 8, joined: 'before', volunteer: 'from-during' },
  { count: 98, joined: 'before' },
  // 10 members of 1 January 2026 who left during the year, 6 of them volunteers until then
  { count: 6, joined: 'before', left: 'during', volunteer: 'until-during' },
  { count: 4, joined: 'before', left: 'during' },
  // left before the year began: counted nowhere
  { count: 2, joined: 'before', left: 'before' },
  // 45 who joined in 2026 and belong at its end, 12 of them volunteers since
  { count: 12, joined: 'during', volunteer: 'from-during' },
  { count: 33, joined: 'during' },
  // joined and left within the year
  { count: 1, joined: 'during', left: 'during' },
  // signed up, e-mail not confirmed yet
  { count: 3, joined: 'pending' },
];

const LOCALES: readonly SeedLocale[] = ['en', 'zh-CN', 'zh-TW'];
const LOCALE_SHARES: Record<SeedLocale, number> = { en: 55, 'zh-CN': 35, 'zh-TW': 10 };
const DOMAINS = ['example.org', 'example.com', 'example.net'];

const INTERESTS = [
  'environment', 'education', 'elderly-care', 'fundraising', 'events', 'youth',
  'sports', 'crafts', 'translation', 'photography', 'cooking', 'digital-skills',
];

interface Draft {
  person: Person;
  locale: SeedLocale;
  domain: string;
  joinedAt: number;
  leftAt: number | null;
  volunteerFrom: number | null;
  volunteerUntil: number | null;
  pending: boolean;
  interests: string[];
  newsletter: boolean;
  engagement: number;
  demo?: 'en' | 'zh';
}

/**
 * Makes the 201 members: 150 on 1 January 2026 and 184 at the end of it
 * (growth 34 / 150), 60 of them volunteers at some point (40 on 1 January, 20
 * new in the year, 22 of the 40 still volunteering at the end), and the three
 * demo sessions.
 */
export function castMembers(data: StoreData, random: Random, email: (handle: string, domain?: string) => string): Cast {
  const drafts: Draft[] = [demoDraft('en'), demoDraft('zh')];
  for (const group of GROUPS) {
    for (let index = 0; index < group.count; index++) drafts.push(draftOf(random, group));
  }
  drafts.sort((a, b) => a.joinedAt - b.joinedAt);

  const engagement = new Map<string, number>();
  const members = drafts.map((draft) => {
    const id = nextId(data, 'mem');
    engagement.set(id, draft.engagement);
    const current = draft.volunteerFrom !== null && draft.volunteerUntil === null;
    const member: MemberRecord = {
      id,
      name: draft.person.name,
      email: email(draft.person.handle, draft.domain),
      roles: current ? ['member', 'volunteer'] : ['member'],
      interests: draft.interests,
      locale: draft.locale,
      newsletter: draft.newsletter,
      status: draft.pending ? 'pending' : 'active',
      joinedAt: iso(draft.joinedAt),
      confirmedAt: draft.pending ? null : iso(draft.joinedAt + random.int(5, 180) * MINUTE),
      confirmationToken: draft.pending ? random.token(32) : null,
      leftAt: draft.leftAt === null ? null : iso(draft.leftAt),
      volunteerFrom: draft.volunteerFrom === null ? null : iso(draft.volunteerFrom),
      volunteerUntil: draft.volunteerUntil === null ? null : iso(draft.volunteerUntil),
    };
    return { member, draft };
  });
  const demo = members.find(({ draft }) => draft.demo === 'en')?.member;
  const demoZh = members.find(({ draft }) => draft.demo === 'zh')?.member;
  if (!demo || !demoZh) throw new Error('the demo members are missing');
  return { members: members.map(({ member }) => member), engagement, demo, demoZh };

  function draftOf(random: Random, group: Group): Draft {
    const locale = random.weighted(LOCALES, (l) => LOCALE_SHARES[l]);
    const volunteerSince = group.volunteer === 'before' || group.volunteer === 'until-during';
    let joinedAt: number;
    if (group.joined === 'pending') joinedAt = between(random, '2026-11-17', '2026-11-22');
    else if (group.joined === 'during') {
      const latest = group.left ? '2026-06-30' : group.volunteer ? '2026-08-31' : '2026-11-14';
      joinedAt = between(random, '2026-01-10', latest);
    } else if (group.left === 'before') joinedAt = between(random, '2019-03-01', '2023-06-30');
    else joinedAt = skewedRecent(random, utc('2019-03-01'), utc(volunteerSince ? '2025-10-31' : '2025-12-10'));

    let leftAt: number | null = null;
    if (group.left === 'before') leftAt = between(random, '2024-01-15', '2025-11-30');
    if (group.left === 'during') {
      leftAt = group.joined === 'during' ? joinedAt + random.int(60, 120) * DAY : between(random, '2026-02-10', '2026-10-31');
    }

    let volunteerFrom: number | null = null;
    let volunteerUntil: number | null = null;
    if (volunteerSince) volunteerFrom = joinedAt + random.int(7, Math.max(8, Math.floor((utc('2025-12-15') - joinedAt) / DAY))) * DAY;
    if (group.volunteer === 'until-during') volunteerUntil = leftAt ?? between(random, '2026-02-10', '2026-10-31');
    if (group.volunteer === 'from-during') {
      const earliest = Math.max(joinedAt + 3 * DAY, utc('2026-01-20'));
      volunteerFrom = earliest + random.int(0, Math.floor((utc('2026-10-31') - earliest) / DAY)) * DAY;
    }

    const volunteer = group.volunteer !== undefined;
    return {
      person: personFor(random, locale),
      locale,
      domain: random.weighted(DOMAINS, (d) => (d === 'example.org' ? 3 : 1)),
      joinedAt,
      leftAt,
      volunteerFrom,
      volunteerUntil,
      pending: group.joined === 'pending',
      interests: random.sample(INTERESTS, random.int(0, 4)).sort(),
      newsletter: group.left ? false : random.chance(0.6),
      engagement: volunteer ? 0.6 + random.next() * 0.4 : 0.15 + Math.pow(random.next(), 1.5) * 0.75,
    };
  }
}

/** The two members of the demo portal, the same in every seed. */
function demoDraft(which: 'en' | 'zh'): Draft {
  const en = which === 'en';
  return {
    person: en ? { name: 'Lena Fischer', handle: 'lena.fischer' } : { name: '王芳', handle: 'wang.fang' },
    locale: en ? 'en' : 'zh-CN',
    domain: 'example.org',
    joinedAt: en ? utc('2023-04-12', '18:20') : utc('2024-09-03', '11:05'),
    leftAt: null,
    volunteerFrom: en ? utc('2023-05-06', '09:00') : utc('2024-10-01', '08:00'),
    volunteerUntil: null,
    pending: false,
    interests: en ? ['environment', 'events', 'youth'] : ['education', 'translation'],
    newsletter: true,
    engagement: 1,
    demo: which,
  };
}

/** A moment on a random day between two dates (inclusive), at a random time of day. */
export function between(random: Random, from: string, to: string): number {
  const days = Math.round((utc(to) - utc(from)) / DAY);
  return utc(from) + random.int(0, days) * DAY + random.int(7 * 60, 21 * 60) * MINUTE;
}

/** Later dates more likely: an organisation grows. */
function skewedRecent(random: Random, from: number, to: number): number {
  const day = Math.floor(Math.sqrt(random.next()) * Math.floor((to - from) / DAY));
  return from + day * DAY + random.int(7 * 60, 21 * 60) * MINUTE;
}

/** A member's dates as instants, read once: the seed asks about them thousands of times. */
interface MemberTimes {
  joined: number;
  /** When the member could first sign up for things: an hour after confirming the address. */
  ready: number;
  left: number;
  volunteerFrom: number;
  volunteerUntil: number;
}

const times = new WeakMap<MemberRecord, MemberTimes>();

function timesOf(member: MemberRecord): MemberTimes {
  let known = times.get(member);
  if (!known) {
    known = {
      joined: Date.parse(member.joinedAt),
      ready: Date.parse(member.confirmedAt ?? member.joinedAt) + HOUR,
      left: member.leftAt === null ? Infinity : Date.parse(member.leftAt),
      volunteerFrom: member.volunteerFrom === null ? Infinity : Date.parse(member.volunteerFrom),
      volunteerUntil: member.volunteerUntil === null ? Infinity : Date.parse(member.volunteerUntil),
    };
    times.set(member, known);
  }
  return known;
}

/** When a member could first sign up for events: an hour after confirming their address. */
export function readyAt(member: MemberRecord): number {
  return timesOf(member).ready;
}

/** Whether a member belongs at instant `t`: confirmed, joined, not left. The KPI's own rule. */
export function isMemberAt(member: MemberRecord, t: number): boolean {
  const { joined, left } = timesOf(member);
  return member.status === 'active' && joined <= t && left > t;
}

/** Whether a member volunteers at instant `t`. */
export function isVolunteerAt(member: MemberRecord, t: number): boolean {
  const { volunteerFrom, volunteerUntil } = timesOf(member);
  return isMemberAt(member, t) && volunteerFrom <= t && volunteerUntil > t;
}

/** The sessions of the demo portal: two that last until 2030 and one that has expired. */
export function demoSessions(cast: Cast): SessionRecord[] {
  const expired = cast.members.find((member) => member.status === 'active' && member.leftAt === null && member.id !== cast.demo.id);
  if (!expired) throw new Error('no member for the expired session');
  return [
    { token: DEMO_MEMBER_TOKEN, memberId: cast.demo.id, createdAt: iso(SEED_NOW - 3 * DAY), expiresAt: '2030-12-31T23:59:59Z' },
    { token: DEMO_MEMBER_TOKEN_ZH, memberId: cast.demoZh.id, createdAt: iso(SEED_NOW - 2 * DAY), expiresAt: '2030-12-31T23:59:59Z' },
    { token: DEMO_EXPIRED_TOKEN, memberId: expired.id, createdAt: iso(utc('2026-09-01', '08:00')), expiresAt: iso(utc('2026-10-01') - HOUR) },
  ];
}
