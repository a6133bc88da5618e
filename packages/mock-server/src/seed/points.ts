import type { MemberRecord } from '../resources/members/data.js';
import type { CertificateRecord, LedgerRecord, RedemptionRecord, RewardRecord } from '../resources/points/data.js';
import type { DistributiveOmit, NewLedgerEntry } from '../resources/points/ledger.js';
import { nextId, type StoreData } from '../store.js';
import { isVolunteerAt, type Cast } from './members.js';
import { POINTS_PER_HOUR, type Programme } from './programme.js';
import type { Random } from './random.js';
import { DAY, MINUTE, SEED_NOW, YEAR_START, iso, utc } from './time.js';

/** The rewards, the ledger that is every balance, the redemptions and the certificates of hours served. */
export interface Points {
  rewards: RewardRecord[];
  /** Ordered by `at`; `balanceAfter` runs per member from zero and never goes below it. */
  ledger: LedgerRecord[];
  redemptions: RedemptionRecord[];
  certificates: CertificateRecord[];
}

type RewardPlan = Omit<RewardRecord, 'id'> & {
  /** How often it is chosen among what a member can afford. */
  appeal: number;
};

/** The catalogue as it started the year; `stock` here is before any redemption. */
const CATALOGUE: readonly RewardPlan[] = [
  { title: 'Tote bag with our logo', description: 'Organic cotton, printed by a social enterprise in the neighbourhood.', cost: 150, stock: 40, kind: 'prize', appeal: 3 },
  { title: 'Limited-edition enamel pin', description: 'Made for the charity run 2026; only five were made.', cost: 120, stock: 5, kind: 'prize', appeal: 8 },
  { title: 'Reusable water bottle', description: 'Steel, 0.75 litres, ready for the next charity run.', cost: 200, stock: 25, kind: 'prize', appeal: 3 },
  { title: 'Cinema voucher for two', description: 'Valid at the neighbourhood cinema until the end of 2027.', cost: 400, stock: 10, kind: 'prize', appeal: 2 },
  { title: '社区书店代金券', description: '可在长宁路社区书店使用，面值 100 元，有效期至 2027 年底。', cost: 250, stock: 15, kind: 'prize', appeal: 2 },
  { title: 'Dinner with the board', description: 'Tell the people who run the organisation what you think, over a good meal.', cost: 800, stock: 2, kind: 'prize', appeal: 1 },
  { title: 'Certificate of appreciation', description: 'Your name and your hours on heavy paper, signed by the chair.', cost: 100, stock: null, kind: 'certificate', appeal: 1.5 },
  { title: 'Framed volunteer certificate', description: 'The certificate of appreciation in a wooden frame, for your wall.', cost: 300, stock: null, kind: 'certificate', appeal: 1 },
];

/** The days on which members tend to spend points: after the big events and before the holidays. */
const SHOPPING_DAYS = ['2026-03-20', '2026-05-28', '2026-07-30', '2026-09-24', '2026-10-29', '2026-11-19'];

const SHIFTS: Record<'en' | 'zh', readonly string[]> = {
  en: [
    'Shift at the food bank',
    'Homework club',
    'Office shift: mailing the newsletter',
    'Visiting older neighbours',
    'Translating event notices',
  ],
  zh: ['社区助学辅导', '食物银行值班', '探访独居老人', '翻译活动通知'],
};

/** What an entry says; its id, balance and timestamp come when the whole ledger is put in order. */
type NewEntry = DistributiveOmit<NewLedgerEntry, 'at'>;

/** An entry waiting for its place in the ledger: ordered by `ms`, then by `seq`, the order it was made in. */
interface Draft {
  fields: NewEntry;
  ms: number;
  seq: number;
}

/**
 * Writes every member's ledger for the year: points carried over from 2025 by
 * the volunteers of 1 January, points for each check-in, points for hours
 * served at events and in regular shifts, and the rewards bought with them,
 * spent only when the balance allows and the stock lasts.
 */
export function keepPoints(data: StoreData, random: Random, cast: Cast, programme: Programme): Points {
  const drafts = new Map<string, Draft[]>(cast.members.map((member) => [member.id, []]));
  let seq = 0;
  const add = (ms: number, fields: NewEntry) => drafts.get(fields.memberId)?.push({ fields, ms, seq: seq++ });

  const volunteers = cast.members.filter((member) => member.volunteerFrom !== null);
  for (const [index, member] of volunteers.entries()) {
    if (Date.parse(member.volunteerFrom ?? '') >= YEAR_START) continue;
    add(utc('2026-01-02', '09:00') + index * MINUTE, {
      memberId: member.id, kind: 'earned', source: 'adjustment', amount: random.int(4, 40) * 10,
      reason: zh(member) ? '2025 年积分结转' : 'Points carried over from 2025',
    });
  }

  const events = new Map(programme.events.map((event) => [event.id, event]));
  const members = new Map(cast.members.map((member) => [member.id, member]));
  for (const check of programme.attendance) {
    const event = events.get(check.eventId);
    if (!check.memberId || !event) continue;
    const member = members.get(check.memberId);
    if (!member) continue;
    add(Date.parse(check.checkedInAt), {
      memberId: member.id, kind: 'earned', source: 'attendance', amount: event.points ?? 0, eventId: event.id, reason: event.title,
    });
    if (check.hoursServed > 0) {
      add(Date.parse(event.endsAt) + 30 * MINUTE, {
        memberId: member.id, kind: 'earned', source: 'volunteer_hours',
        amount: check.hoursServed * POINTS_PER_HOUR, hours: check.hoursServed, eventId: event.id,
        reason: zh(member) ? `志愿服务：${event.title}` : `Volunteering: ${event.title}`,
      });
    }
  }

  for (const member of volunteers) {
    const since = Date.parse(member.volunteerFrom ?? '');
    const shifts: number[] = [];
    if (since >= YEAR_START) shifts.push(since + random.int(2, 14) * DAY + random.int(9 * 60, 17 * 60) * MINUTE);
    for (let month = 0; month < 11; month++) {
      if (!random.chance(0.4)) continue;
      shifts.push(Date.UTC(2026, month, random.int(1, 28), random.int(9, 17), random.pick([0, 30])));
    }
    for (const ms of shifts) {
      if (ms >= SEED_NOW - DAY || !isVolunteerAt(member, ms)) continue;
      const hours = random.pick([2, 2.5, 3, 4]);
      add(ms, {
        memberId: member.id, kind: 'earned', source: 'volunteer_hours', amount: hours * POINTS_PER_HOUR, hours, eventId: null,
        reason: random.pick(SHIFTS[zh(member) ? 'zh' : 'en']),
      });
    }
  }

  const rewards = CATALOGUE.map(({ appeal: _appeal, ...reward }) => ({ ...reward, id: nextId(data, 'rwd') }));
  const redemptions = shop(data, random, cast, rewards, drafts, add);
  const ledger = settle(data, drafts);
  const balanceAfter = new Map(ledger.flatMap((entry) => (entry.source === 'reward' ? [[entry.redemptionId, entry.balanceAfter]] : [])));
  for (const redemption of redemptions) redemption.balanceAfter = balanceAfter.get(redemption.id) ?? 0;
  return { rewards, ledger, redemptions, certificates: certify(data, cast, ledger) };
}

/**
 * Members spend on the shopping days, oldest member first: only what their
 * balance covers and what is still in stock. The first prize bought in May is
 * cancelled two days later and its points refunded.
 */
function shop(
  data: StoreData,
  random: Random,
  cast: Cast,
  rewards: RewardRecord[],
  drafts: Map<string, Draft[]>,
  add: (ms: number, fields: NewEntry) => void,
): RedemptionRecord[] {
  const redemptions: RedemptionRecord[] = [];
  let cancelledOne = false;
  for (const [round, day] of SHOPPING_DAYS.entries()) {
    for (const member of cast.members) {
      const engagement = cast.engagement.get(member.id) ?? 0;
      const demo = member.id === cast.demo.id || member.id === cast.demoZh.id;
      if (!(demo ? round === 1 || round === 3 : random.chance(0.12 * Math.min(engagement, 1)))) continue;
      const ms = utc(day, '10:00') + random.int(0, 9 * 60) * MINUTE;
      const balance = (drafts.get(member.id) ?? []).reduce((sum, draft) => (draft.ms <= ms ? sum + draft.fields.amount : sum), 0);
      const affordable = rewards.filter((reward) => reward.cost <= balance && reward.stock !== 0);
      if (affordable.length === 0) continue;
      const reward = random.weighted(affordable, (candidate) => appealOf(candidate, member));
      const cancelled: boolean = !cancelledOne && round === 1 && reward.kind === 'prize';
      cancelledOne ||= cancelled;
      const redemption: RedemptionRecord = {
        id: nextId(data, 'red'),
        rewardId: reward.id,
        memberId: member.id,
        status: cancelled ? 'cancelled' : reward.kind === 'certificate' || ms < SEED_NOW - 14 * DAY ? 'fulfilled' : 'pending',
        pointsSpent: reward.cost,
        balanceAfter: balance - reward.cost,
        at: iso(ms),
      };
      redemptions.push(redemption);
      add(ms, {
        memberId: member.id, kind: 'redeemed', source: 'reward', amount: -reward.cost, rewardId: reward.id, redemptionId: redemption.id,
        reason: zh(member) ? `兑换：${reward.title}` : `Redeemed: ${reward.title}`,
      });
      if (cancelled) {
        add(ms + 2 * DAY, {
          memberId: member.id, kind: 'earned', source: 'adjustment', amount: reward.cost,
          reason: zh(member) ? `退还积分：${reward.title}` : `Refund: ${reward.title} (redemption cancelled)`,
        });
      } else if (reward.stock !== null) reward.stock -= 1;
    }
  }
  return redemptions;
}

function appealOf(reward: RewardRecord, member: MemberRecord): number {
  const plan = CATALOGUE.find((candidate) => candidate.title === reward.title);
  const bookshop = reward.title.startsWith('社区');
  return (plan?.appeal ?? 1) * (bookshop ? (member.locale === 'en' ? 0.1 : 2) : 1);
}

/**
 * Orders the whole ledger by time, numbers it and runs each member's balance
 * in one pass (`appendLedger` would sum each member's entries again for every
 * entry: the same result, at a cost paid by every server start).
 */
function settle(data: StoreData, drafts: Map<string, Draft[]>): LedgerRecord[] {
  const all = [...drafts.values()].flat().sort((a, b) => a.ms - b.ms || a.seq - b.seq);
  const balances = new Map<string, number>();
  return all.map(({ fields, ms }) => {
    const balanceAfter = (balances.get(fields.memberId) ?? 0) + fields.amount;
    if (balanceAfter < 0) throw new Error(`the seed overspent the points of ${fields.memberId}`);
    balances.set(fields.memberId, balanceAfter);
    return { id: nextId(data, 'led'), ...fields, balanceAfter, at: iso(ms) };
  });
}

/** A certificate per volunteer and finished quarter of 2026 with at least four hours served. */
function certify(data: StoreData, cast: Cast, ledger: LedgerRecord[]): CertificateRecord[] {
  const hoursByQuarter = new Map<string, number>();
  for (const entry of ledger) {
    if (entry.source !== 'volunteer_hours') continue;
    const key = `${entry.memberId} ${Math.floor(new Date(entry.at).getUTCMonth() / 3)}`;
    hoursByQuarter.set(key, (hoursByQuarter.get(key) ?? 0) + entry.hours);
  }
  const certificates: CertificateRecord[] = [];
  const issued = ['2026-04-06', '2026-07-06', '2026-10-05'];
  for (const [quarter, day] of issued.entries()) {
    for (const member of cast.members) {
      const hours = hoursByQuarter.get(`${member.id} ${quarter}`) ?? 0;
      if (hours < 4) continue;
      certificates.push({
        id: nextId(data, 'cert'),
        memberId: member.id,
        memberName: member.name,
        hoursServed: hours,
        period: `2026-Q${quarter + 1}`,
        issuedAt: iso(utc(day, '10:00') + certificates.length * MINUTE),
      });
    }
  }
  return certificates;
}

function zh(member: MemberRecord): boolean {
  return member.locale !== 'en';
}
