import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyData, type RewardRecord, type StoreData } from '@ngo-kit/mock-server';
import {
  appendLedger,
  balanceOf,
  earnedTotalOf,
  hoursServedOf,
  InsufficientPointsError,
  ledgerProblems,
} from '../src/resources/points/ledger.js';
import { addVolunteer, SECRET, testServer } from './support.js';
import { elementsNamed, parseXml, textOf } from './well-formed-xml.js';

type Call = ReturnType<typeof testServer>['call'];

const HOSTILE_NAME = '<script>alert(1)</script> & "Zoë" 李明';

const TOTE: RewardRecord = { id: 'rwd_tote', title: 'Tote bag', description: 'Organic cotton.', cost: 100, stock: 1, kind: 'prize' };
const MUG: RewardRecord = { id: 'rwd_mug', title: 'Mug', description: 'Ceramic.', cost: 50, stock: 0, kind: 'prize' };
const FRAMED: RewardRecord = {
  id: 'rwd_framed',
  title: 'Framed certificate',
  description: 'Printed and framed.',
  cost: 300,
  stock: null,
  kind: 'certificate',
};

function earn(data: StoreData, memberId: string, amount: number, at = '2026-06-01T10:00:00Z') {
  return appendLedger(data, { memberId, kind: 'earned', source: 'adjustment', amount, reason: 'Welcome bonus', at });
}

function serve(data: StoreData, memberId: string, hours: number, at: string) {
  return appendLedger(data, {
    memberId,
    kind: 'earned',
    source: 'volunteer_hours',
    amount: Math.round(hours * 10),
    hours,
    eventId: null,
    reason: 'Food bank shift',
    at,
  });
}

/** Ana has 250 earned and 100 spent; Bo has a certificate; Chen has nothing. */
function fixture() {
  const data = emptyData();
  const ana = addVolunteer(data, { id: 'mem_ana', name: 'Ana Silva' });
  const bo = addVolunteer(data, { id: 'mem_bo', name: HOSTILE_NAME, locale: 'zh-CN' });
  const chen = addVolunteer(data, { id: 'mem_chen', name: 'Chen Jun' });
  data.rewards.push({ ...TOTE }, { ...MUG }, { ...FRAMED });
  data.events.push({
    id: 'evt_run',
    title: 'Charity run',
    summary: 'Run for the food bank.',
    language: 'en',
    startsAt: '2026-05-01T09:00:00Z',
    endsAt: '2026-05-01T12:00:00Z',
    timeZone: 'Europe/London',
    kind: 'offline',
    location: null,
    capacity: null,
    tags: [],
    series: null,
    joinUrl: null,
    createdAt: '2026-01-01T00:00:00Z',
  });
  serve(data, 'mem_ana', 15, '2026-02-01T10:00:00Z');
  earn(data, 'mem_ana', 100, '2026-03-01T10:00:00Z');
  appendLedger(data, {
    memberId: 'mem_ana',
    kind: 'redeemed',
    source: 'reward',
    amount: -100,
    rewardId: 'rwd_tote',
    redemptionId: 'red_old',
    reason: 'Tote bag',
    at: '2026-04-01T10:00:00Z',
  });
  serve(data, 'mem_bo', 2.5, '2026-01-15T10:00:00Z');
  serve(data, 'mem_bo', 1.25, '2026-03-31T23:59:59Z');
  serve(data, 'mem_bo', 4, '2026-04-01T00:00:00Z');
  serve(data, 'mem_bo', 8, '2025-12-31T23:00:00Z');
  data.certificates.push({
    id: 'cert_bo_2025',
    memberId: 'mem_bo',
    memberName: HOSTILE_NAME,
    hoursServed: 8,
    period: '2025',
    issuedAt: '2026-01-05T09:00:00Z',
  });
  return { data, ana, bo, chen };
}

describe('the ledger', () => {
  it('is the only source of a balance: the sum of the entries', () => {
    const { data } = fixture();
    assert.equal(balanceOf(data, 'mem_ana'), 150 + 100 - 100);
    assert.equal(earnedTotalOf(data, 'mem_ana'), 250);
    assert.equal(balanceOf(data, 'mem_chen'), 0);
    assert.deepEqual(ledgerProblems(data), []);
  });

  it('gives each entry an id and the balance it leaves', () => {
    const data = emptyData();
    assert.deepEqual(
      [earn(data, 'mem_x', 30), earn(data, 'mem_y', 5), earn(data, 'mem_x', -10)].map((entry) => [entry.id, entry.balanceAfter]),
      [
        ['led_000001', 30],
        ['led_000002', 5],
        ['led_000003', 20],
      ],
    );
  });

  it('refuses an entry that takes a balance below zero, before changing anything', () => {
    const data = emptyData();
    earn(data, 'mem_x', 30);
    const before = structuredClone(data);
    assert.throws(() => earn(data, 'mem_x', -31), (error: unknown) => {
      assert.ok(error instanceof InsufficientPointsError);
      assert.equal(error.balance, 30);
      assert.equal(error.amount, -31);
      return true;
    });
    assert.deepEqual(data, before);
    assert.equal(earn(data, 'mem_x', -30).balanceAfter, 0);
  });

  it('refuses a fraction of a point', () => {
    assert.throws(() => earn(emptyData(), 'mem_x', 2.5), RangeError);
  });

  it('lowers the points earned for a correction, not for a redemption', () => {
    const data = emptyData();
    earn(data, 'mem_x', 300);
    earn(data, 'mem_x', -50);
    appendLedger(data, {
      memberId: 'mem_x',
      kind: 'redeemed',
      source: 'reward',
      amount: -200,
      rewardId: 'rwd_a',
      redemptionId: 'red_a',
      reason: 'A',
      at: '2026-06-02T10:00:00Z',
    });
    assert.equal(earnedTotalOf(data, 'mem_x'), 250);
    assert.equal(balanceOf(data, 'mem_x'), 50);
  });

  it('counts hours served without float drift', () => {
    const data = emptyData();
    serve(data, 'mem_x', 0.1, '2026-01-01T00:00:00Z');
    serve(data, 'mem_x', 0.2, '2026-01-02T00:00:00Z');
    assert.equal(hoursServedOf(data, 'mem_x'), 0.3);
  });

  it('finds a ledger that contradicts itself', () => {
    const { data } = fixture();
    data.ledger[1]!.balanceAfter += 1;
    data.ledger.push({ ...data.ledger[0]!, id: 'led_bad', memberId: 'mem_z', amount: -5, kind: 'earned', source: 'adjustment' } as never);
    assert.deepEqual(ledgerProblems(data), [
      'led_000002: balanceAfter is 251, the running sum is 250',
      'led_bad: the balance of mem_z goes below zero (-5)',
      'led_bad: balanceAfter is 150, the running sum is -5',
    ]);
  });
});

describe('GET /v1/me/points', () => {
  it('answers balance, tier and next tier from the ledger', async () => {
    const { data, ana, chen } = fixture();
    const { call } = testServer({ data });
    const answer = await call('GET', '/v1/me/points', { as: ana });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { balance: 150, earnedTotal: 250, tier: 'silver', nextTier: { tier: 'gold', pointsNeeded: 250 } });
    const empty = await call('GET', '/v1/me/points', { as: chen });
    assert.deepEqual(empty.body, { balance: 0, earnedTotal: 0, tier: 'bronze', nextTier: { tier: 'silver', pointsNeeded: 200 } });
  });
});

describe('GET /v1/me/ledger', () => {
  it('lists only the member’s entries, newest first, page by page', async () => {
    const { data, ana } = fixture();
    const { call } = testServer({ data });
    const first = await call('GET', '/v1/me/ledger?limit=2', { as: ana });
    assert.equal(first.status, 200);
    assert.deepEqual(
      first.body.items.map((entry: { source: string; amount: number; balanceAfter: number }) => [entry.source, entry.amount, entry.balanceAfter]),
      [
        ['reward', -100, 150],
        ['adjustment', 100, 250],
      ],
    );
    assert.ok(first.body.items.every((entry: object) => !('memberId' in entry)));
    const second = await call('GET', `/v1/me/ledger?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, { as: ana });
    assert.deepEqual(second.body.items.map((entry: { source: string; hours: number }) => [entry.source, entry.hours]), [['volunteer_hours', 15]]);
    assert.equal(second.body.nextCursor, null);
  });

  it('puts the later of two entries of the same moment first', async () => {
    const data = emptyData();
    const token = addVolunteer(data, { id: 'mem_x', name: 'X' });
    earn(data, 'mem_x', 10);
    earn(data, 'mem_x', 20);
    const { call } = testServer({ data });
    const answer = await call('GET', '/v1/me/ledger', { as: token });
    assert.deepEqual(answer.body.items.map((entry: { id: string }) => entry.id), ['led_000002', 'led_000001']);
  });

  it('refuses a bad limit or cursor', async () => {
    const { data, ana } = fixture();
    const { call } = testServer({ data });
    const limit = await call('GET', '/v1/me/ledger?limit=0', { as: ana });
    assert.equal(limit.status, 400);
    assert.deepEqual(Object.keys(limit.body.error.fieldErrors), ['limit']);
    const cursor = await call('GET', '/v1/me/ledger?cursor=nope', { as: ana });
    assert.deepEqual(Object.keys(cursor.body.error.fieldErrors), ['cursor']);
  });
});

describe('GET /v1/rewards', () => {
  it('lists the catalogue cheapest first, filtered by kind, page by page', async () => {
    const { call } = testServer({ data: fixture().data });
    const all = await call('GET', '/v1/rewards');
    assert.equal(all.status, 200);
    assert.deepEqual(all.body, { items: [MUG, TOTE, FRAMED], nextCursor: null });
    const certificates = await call('GET', '/v1/rewards?kind=certificate');
    assert.deepEqual(certificates.body.items.map((reward: { id: string }) => reward.id), ['rwd_framed']);
    const page = await call('GET', '/v1/rewards?limit=2');
    assert.equal(page.body.items.length, 2);
    const rest = await call('GET', `/v1/rewards?limit=2&cursor=${encodeURIComponent(page.body.nextCursor)}`);
    assert.deepEqual(rest.body.items.map((reward: { id: string }) => reward.id), ['rwd_framed']);
  });

  it('refuses an unknown kind', async () => {
    const { call } = testServer({ data: fixture().data });
    const answer = await call('GET', '/v1/rewards?kind=car');
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors), ['kind']);
  });
});

describe('POST /v1/rewards/{id}/redemptions', () => {
  it('spends the points, writes the ledger and takes one from the stock', async () => {
    const { data, ana } = fixture();
    const { call, store } = testServer({ data });
    const answer = await call('POST', '/v1/rewards/rwd_tote/redemptions', { as: ana });
    assert.equal(answer.status, 201);
    assert.deepEqual(answer.body, {
      id: 'red_000001',
      rewardId: 'rwd_tote',
      status: 'pending',
      pointsSpent: 100,
      balanceAfter: 50,
      at: '2026-11-23T09:00:00.000Z',
    });
    const after = store.read();
    assert.equal(after.rewards.find((reward) => reward.id === 'rwd_tote')?.stock, 0);
    assert.deepEqual(after.ledger.at(-1), {
      memberId: 'mem_ana',
      kind: 'redeemed',
      source: 'reward',
      amount: -100,
      rewardId: 'rwd_tote',
      redemptionId: 'red_000001',
      reason: 'Tote bag',
      at: '2026-11-23T09:00:00.000Z',
      id: 'led_000008',
      balanceAfter: 50,
    });
    assert.deepEqual(after.redemptions, [{ ...answer.body, memberId: 'mem_ana' }]);
    assert.equal((await call('GET', '/v1/me/points', { as: ana })).body.balance, 50);
    assert.equal((await call('GET', '/v1/me/points', { as: ana })).body.earnedTotal, 250, 'redeeming never lowers the tier');
  });

  it('fulfils a certificate at once and leaves unlimited stock unlimited', async () => {
    const data = emptyData();
    const token = addVolunteer(data, { id: 'mem_x', name: 'X' });
    earn(data, 'mem_x', 600);
    data.rewards.push({ ...FRAMED });
    const { call, store } = testServer({ data });
    const first = await call('POST', '/v1/rewards/rwd_framed/redemptions', { as: token });
    const second = await call('POST', '/v1/rewards/rwd_framed/redemptions', { as: token });
    assert.deepEqual([first.status, first.body.status, second.status, second.body.balanceAfter], [201, 'fulfilled', 201, 0]);
    assert.equal(store.read().rewards[0]!.stock, null);
  });

  it('answers 409 when out of stock and 422 when the balance is short, changing nothing', async () => {
    const { data, ana, chen } = fixture();
    const { call, store } = testServer({ data });
    const before = structuredClone(store.read());
    const soldOut = await call('POST', '/v1/rewards/rwd_mug/redemptions', { as: ana });
    assert.equal(soldOut.status, 409);
    assert.equal(soldOut.body.error.code, 'conflict');
    assert.match(soldOut.body.error.message, /out of stock/);
    const short = await call('POST', '/v1/rewards/rwd_tote/redemptions', { as: chen });
    assert.equal(short.status, 422);
    assert.equal(short.body.error.code, 'unprocessable');
    assert.match(short.body.error.message, /costs 100 points; the balance is 0/);
    const missing = await call('POST', '/v1/rewards/rwd_nope/redemptions', { as: ana });
    assert.equal(missing.status, 404);
    assert.deepEqual(store.read(), before);
  });

  it('redeems once per Idempotency-Key', async () => {
    const data = emptyData();
    const token = addVolunteer(data, { id: 'mem_x', name: 'X' });
    earn(data, 'mem_x', 1000);
    data.rewards.push({ ...FRAMED });
    const { call, store } = testServer({ data });
    const headers = { 'idempotency-key': 'redeem-framed-1' };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => call('POST', '/v1/rewards/rwd_framed/redemptions', { as: token, headers })),
    );
    assert.deepEqual(answers.map((answer) => answer.status), [201, 201, 201, 201, 201]);
    assert.equal(new Set(answers.map((answer) => answer.body.id)).size, 1);
    assert.equal(store.read().redemptions.length, 1);
    assert.equal(balanceOf(store.read(), 'mem_x'), 700);
  });

  it('refuses a malformed Idempotency-Key', async () => {
    const { data, ana } = fixture();
    const { call, store } = testServer({ data });
    const answer = await call('POST', '/v1/rewards/rwd_tote/redemptions', { as: ana, headers: { 'idempotency-key': 'has space' } });
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors), ['Idempotency-Key']);
    assert.equal(store.read().redemptions.length, 0);
  });


  /** Sends one redemption per token, all at once, and counts the answers by status. */
  async function redeemAtOnce(call: Call, tokens: readonly string[]): Promise<Record<number, number>> {
    const answers = await Promise.all(tokens.map((token) => call('POST', '/v1/rewards/rwd_tote/redemptions', { as: token })));
    const counts: Record<number, number> = {};
    for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }

  it('gives the last item to exactly one of 200 members redeeming at once', async () => {
    const data = emptyData();
    const tokens = Array.from({ length: 200 }, (_, index) => {
      const id = `mem_${String(index).padStart(3, '0')}`;
      const token = addVolunteer(data, { id, name: `Member ${index}` });
      earn(data, id, 150);
      return token;
    });
    data.rewards.push({ ...TOTE });
    const { call, store } = testServer({ data });
    assert.deepEqual(await redeemAtOnce(call, tokens), { 201: 1, 409: 199 });
    const after = store.read();
    assert.equal(after.rewards[0]!.stock, 0);
    assert.equal(after.redemptions.length, 1);
    assert.deepEqual(ledgerProblems(after), []);
    const balances = after.members.map((member) => balanceOf(after, member.id));
    assert.equal(balances.filter((balance) => balance === 50).length, 1);
    assert.equal(balances.filter((balance) => balance === 150).length, 199);
    assert.equal(balanceOf(after, after.redemptions[0]!.memberId), 50);
  });

  it('gives the last item once to one member who sends 200 redemptions at once', async () => {
    const data = emptyData();
    const token = addVolunteer(data, { id: 'mem_x', name: 'X' });
    earn(data, 'mem_x', 100 * 200);
    data.rewards.push({ ...TOTE });
    const { call, store } = testServer({ data });
    assert.deepEqual(await redeemAtOnce(call, Array(200).fill(token)), { 201: 1, 409: 199 });
    const after = store.read();
    assert.equal(after.rewards[0]!.stock, 0);
    assert.equal(balanceOf(after, 'mem_x'), 100 * 199);
    assert.equal(after.ledger.filter((entry) => entry.kind === 'redeemed').length, 1);
    assert.deepEqual(ledgerProblems(after), []);
  });

  it('never spends more than the balance, however many redemptions race', async () => {
    const data = emptyData();
    const token = addVolunteer(data, { id: 'mem_x', name: 'X' });
    earn(data, 'mem_x', 350);
    data.rewards.push({ ...TOTE, stock: null });
    const { call, store } = testServer({ data });
    assert.deepEqual(await redeemAtOnce(call, Array(200).fill(token)), { 201: 3, 422: 197 });
    assert.equal(balanceOf(store.read(), 'mem_x'), 50);
    assert.equal(store.read().redemptions.length, 3);
    assert.deepEqual(ledgerProblems(store.read()), []);
  });
});

describe('POST /v1/members/{id}/ledger', () => {
  it('awards volunteer hours at ten points an hour', async () => {
    const { data } = fixture();
    const { call, store } = testServer({ data });
    const answer = await call('POST', '/v1/members/mem_chen/ledger', {
      as: SECRET,
      body: { source: 'volunteer_hours', hours: 2.75, eventId: 'evt_run', reason: 'Marshal at the charity run' },
    });
    assert.equal(answer.status, 201);
    assert.deepEqual(answer.body, {
      id: 'led_000008',
      kind: 'earned',
      source: 'volunteer_hours',
      amount: 28,
      hours: 2.75,
      eventId: 'evt_run',
      reason: 'Marshal at the charity run',
      balanceAfter: 28,
      at: '2026-11-23T09:00:00.000Z',
    });
    assert.equal(balanceOf(store.read(), 'mem_chen'), 28);
    const outside = await call('POST', '/v1/members/mem_chen/ledger', {
      as: SECRET,
      body: { source: 'volunteer_hours', hours: 1, reason: 'Office help' },
    });
    assert.deepEqual([outside.status, outside.body.eventId, outside.body.balanceAfter], [201, null, 38]);
  });

  it('adjusts a balance up and down, never below zero', async () => {
    const { data, ana } = fixture();
    const { call, store } = testServer({ data });
    const up = await call('POST', '/v1/members/mem_ana/ledger', { as: SECRET, body: { source: 'adjustment', amount: 5, reason: 'Typo' } });
    assert.deepEqual([up.status, up.body.kind, up.body.amount, up.body.balanceAfter], [201, 'earned', 5, 155]);
    const down = await call('POST', '/v1/members/mem_ana/ledger', { as: SECRET, body: { source: 'adjustment', amount: -155, reason: 'Duplicate award' } });
    assert.deepEqual([down.status, down.body.balanceAfter], [201, 0]);
    const ledgerLength = store.read().ledger.length;
    const below = await call('POST', '/v1/members/mem_ana/ledger', { as: SECRET, body: { source: 'adjustment', amount: -1, reason: 'Too far' } });
    assert.equal(below.status, 422);
    assert.equal(below.body.error.code, 'unprocessable');
    assert.deepEqual(Object.keys(below.body.error.fieldErrors), ['amount']);
    assert.equal(store.read().ledger.length, ledgerLength);
    const points = await call('GET', '/v1/me/points', { as: ana });
    assert.deepEqual([points.body.balance, points.body.earnedTotal, points.body.tier], [0, 100, 'bronze']);
  });

  it('refuses an unknown event (422) and an unknown member (404)', async () => {
    const { call, store } = testServer({ data: fixture().data });
    const event = await call('POST', '/v1/members/mem_chen/ledger', {
      as: SECRET,
      body: { source: 'volunteer_hours', hours: 1, eventId: 'evt_nope', reason: 'Shift' },
    });
    assert.equal(event.status, 422);
    assert.deepEqual(Object.keys(event.body.error.fieldErrors), ['eventId']);
    const member = await call('POST', '/v1/members/mem_nope/ledger', { as: SECRET, body: { source: 'adjustment', amount: 5, reason: 'x' } });
    assert.equal(member.status, 404);
    assert.equal(store.read().ledger.length, 7);
  });

  it('validates the entry against its source', async () => {
    const { call } = testServer({ data: fixture().data });
    const cases: [unknown, string[]][] = [
      [{ source: 'volunteer_hours', hours: 0.3, reason: 'Shift' }, ['hours']],
      [{ source: 'volunteer_hours', hours: 25, reason: 'Shift' }, ['hours']],
      [{ source: 'volunteer_hours', hours: 1, reason: '   ' }, ['reason']],
      [{ source: 'adjustment', amount: 0, reason: 'Nothing' }, ['amount']],
      [{ source: 'adjustment', amount: 1.5, reason: 'Half' }, ['amount']],
      [{ source: 'adjustment', amount: 5, hours: 1, reason: 'Mixed' }, ['_']],
      [{ source: 'gift', amount: 5, reason: 'Unknown' }, ['source']],
    ];
    for (const [body, fields] of cases) {
      const answer = await call('POST', '/v1/members/mem_chen/ledger', { as: SECRET, body });
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.deepEqual(Object.keys(answer.body.error.fieldErrors), fields, JSON.stringify(body));
    }
  });
});

describe('POST /v1/members/{id}/certificates', () => {
  it('counts the volunteer hours inside the period only', async () => {
    const { data, bo } = fixture();
    const { call } = testServer({ data });
    const answer = await call('POST', '/v1/members/mem_bo/certificates', { as: SECRET, body: { period: '2026-Q1' } });
    assert.equal(answer.status, 201);
    assert.deepEqual(answer.body, {
      id: 'cert_000001',
      memberName: HOSTILE_NAME,
      hoursServed: 3.75,
      period: '2026-Q1',
      issuedAt: '2026-11-23T09:00:00.000Z',
      svgUrl: 'http://mock.test/v1/me/certificates/cert_000001.svg',
    });
    const secondQuarter = await call('POST', '/v1/members/mem_bo/certificates', { as: SECRET, body: { period: '2026-Q2' } });
    assert.equal(secondQuarter.status, 201);
    assert.equal(secondQuarter.body.hoursServed, 4);
    const list = await call('GET', '/v1/me/certificates', { as: bo });
    assert.deepEqual(list.body.items.map((certificate: { id: string }) => certificate.id), ['cert_000002', 'cert_000001', 'cert_bo_2025']);
  });

  it('issues one certificate per member and period', async () => {
    const { call, store } = testServer({ data: fixture().data });
    await call('POST', '/v1/members/mem_bo/certificates', { as: SECRET, body: { period: '2026-Q2' } });
    const again = await call('POST', '/v1/members/mem_bo/certificates', { as: SECRET, body: { period: '2026-Q2' } });
    assert.equal(again.status, 409);
    assert.match(again.body.error.message, /cert_000001/);
    assert.equal(store.read().certificates.length, 2);
  });

  it('refuses a period that has not ended or holds no hours', async () => {
    const { call, store } = testServer({ data: fixture().data });
    const open = await call('POST', '/v1/members/mem_bo/certificates', { as: SECRET, body: { period: '2026' } });
    assert.equal(open.status, 422);
    assert.match(open.body.error.fieldErrors.period[0], /2026 ends on 2027-01-01/);
    const current = await call('POST', '/v1/members/mem_bo/certificates', { as: SECRET, body: { period: '2026-Q4' } });
    assert.equal(current.status, 422);
    const none = await call('POST', '/v1/members/mem_ana/certificates', { as: SECRET, body: { period: '2026-Q3' } });
    assert.equal(none.status, 422);
    assert.match(none.body.error.fieldErrors.period[0], /No volunteer hours/);
    const member = await call('POST', '/v1/members/mem_nope/certificates', { as: SECRET, body: { period: '2025' } });
    assert.equal(member.status, 404);
    assert.equal(store.read().certificates.length, 1);
  });

  it('validates the period', async () => {
    const { call } = testServer({ data: fixture().data });
    for (const body of [{ period: '2026-Q5' }, { period: 2026 }, {}, { period: '2025', hours: 100 }]) {
      const answer = await call('POST', '/v1/members/mem_bo/certificates', { as: SECRET, body });
      assert.equal(answer.status, 400, JSON.stringify(body));
    }
  });
});

describe('GET /v1/me/certificates', () => {
  it('lists only the member’s certificates with the address of each SVG', async () => {
    const { data, ana, bo } = fixture();
    const { call } = testServer({ data });
    const mine = await call('GET', '/v1/me/certificates', { as: bo });
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body, {
      items: [
        {
          id: 'cert_bo_2025',
          memberName: HOSTILE_NAME,
          hoursServed: 8,
          period: '2025',
          issuedAt: '2026-01-05T09:00:00Z',
          svgUrl: 'http://mock.test/v1/me/certificates/cert_bo_2025.svg',
        },
      ],
      nextCursor: null,
    });
    assert.deepEqual((await call('GET', '/v1/me/certificates', { as: ana })).body, { items: [], nextCursor: null });
  });

  it('refuses a bad limit', async () => {
    const { data, bo } = fixture();
    const { call } = testServer({ data });
    assert.equal((await call('GET', '/v1/me/certificates?limit=101', { as: bo })).status, 400);
  });
});

describe('GET /v1/me/certificates/{id}.svg', () => {
  it('is a well-formed SVG that prints the name as text, escaped', async () => {
    const data = emptyData();
    const token = addVolunteer(data, { id: 'mem_x', name: HOSTILE_NAME });
    serve(data, 'mem_x', 12.5, '2026-05-05T10:00:00Z');
    serve(data, 'mem_x', 1, '2026-06-05T10:00:00Z');
    const { call } = testServer({ data });
    const issued = await call('POST', '/v1/members/mem_x/certificates', { as: SECRET, body: { period: '2026-Q2' } });
    const answer = await call('GET', new URL(issued.body.svgUrl).pathname, { as: token });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-type'), 'image/svg+xml; charset=utf-8');
    assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
    assert.match(answer.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.ok(!answer.text.includes('<script'), 'the name must not become markup');
    assert.ok(answer.text.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zoë&quot; 李明'));
    const svg = parseXml(answer.text);
    assert.equal(svg.name, 'svg');
    assert.equal(svg.attributes['xmlns'], 'http://www.w3.org/2000/svg');
    assert.equal(elementsNamed(svg, 'script').length, 0);
    const lines = elementsNamed(svg, 'text').map(textOf);
    assert.deepEqual(lines.slice(0, 5), [
      'Certificate of Volunteer Service',
      'This certifies that',
      HOSTILE_NAME,
      'served 13.5 hours as a volunteer',
      'in the second quarter of 2026.',
    ]);
    assert.match(lines.at(-1)!, /^Issued on .+ · No\. cert_000001$/);
    assert.equal(textOf(elementsNamed(svg, 'title')[0]!), 'Certificate of Volunteer Service');
    assert.match(textOf(elementsNamed(svg, 'desc')[0]!), /Zoë" 李明 served 13\.5 hours/);
  });

  it('speaks the member’s language', async () => {
    const { data, bo } = fixture();
    const { call } = testServer({ data });
    const answer = await call('GET', '/v1/me/certificates/cert_bo_2025.svg', { as: bo });
    assert.equal(answer.status, 200);
    const svg = parseXml(answer.text);
    assert.equal(svg.attributes['xml:lang'], 'zh-CN');
    const lines = elementsNamed(svg, 'text').map(textOf);
    assert.deepEqual(lines.slice(0, 5), ['志愿服务证书', '兹证明', HOSTILE_NAME, '于2025年', '累计志愿服务 8 小时。']);
  });

  it('keeps a name with characters XML forbids well-formed', async () => {
    const data = emptyData();
    const token = addVolunteer(data, { id: 'mem_x', name: `Bell\u0007 and \uD800 lone` });
    data.certificates.push({ id: 'cert_x', memberId: 'mem_x', memberName: `Bell\u0007 and \uD800 lone`, hoursServed: 1, period: '2025-Q4', issuedAt: '2026-01-05T09:00:00Z' });
    const { call } = testServer({ data });
    const answer = await call('GET', '/v1/me/certificates/cert_x.svg', { as: token });
    const lines = elementsNamed(parseXml(answer.text), 'text').map(textOf);
    assert.equal(lines[2], 'Bell\uFFFD and \uFFFD lone');
    assert.equal(lines[3], 'served 1 hour as a volunteer');
  });

  it('is 404 for another member’s certificate and for an unknown one', async () => {
    const { data, ana } = fixture();
    const { call } = testServer({ data });
    const other = await call('GET', '/v1/me/certificates/cert_bo_2025.svg', { as: ana });
    assert.equal(other.status, 404);
    assert.ok(!other.text.includes('Zoë'));
    assert.equal((await call('GET', '/v1/me/certificates/cert_nope.svg', { as: ana })).status, 404);
  });
});

describe('credentials', () => {
  const memberRoutes = [
    ['GET', '/v1/me/points'],
    ['GET', '/v1/me/ledger'],
    ['GET', '/v1/me/certificates'],
    ['GET', '/v1/me/certificates/cert_bo_2025.svg'],
    ['POST', '/v1/rewards/rwd_tote/redemptions'],
  ] as const;
  const staffRoutes = [
    ['/v1/members/mem_ana/ledger', { source: 'adjustment', amount: 1000, reason: 'Self-service' }],
    ['/v1/members/mem_bo/certificates', { period: '2026-Q1' }],
  ] as const;

  it('keeps a member’s points to their token: 401 without one, 403 for a secret key', async () => {
    const { call, store } = testServer({ data: fixture().data });
    const before = structuredClone(store.read());
    for (const [method, path] of memberRoutes) {
      for (const [as, status] of [[null, 401], ['pk_test', 401], ['mt_unknown', 401], [SECRET, 403]] as const) {
        const answer = await call(method, path, { as });
        assert.equal(answer.status, status, `${method} ${path} as ${as}`);
        assert.equal(answer.body.error.code, status === 401 ? 'unauthorized' : 'forbidden');
      }
    }
    assert.deepEqual(store.read(), before);
  });

  it('keeps awards and certificates to staff: 401 without a valid key, 403 for a publishable key or a member', async () => {
    const { data, ana } = fixture();
    const { call, store } = testServer({ data });
    const before = structuredClone(store.read());
    for (const [path, body] of staffRoutes) {
      for (const [as, status] of [[null, 401], ['sk_wrong', 401], ['pk_test', 403], [ana, 403]] as const) {
        assert.equal((await call('POST', path, { as, body })).status, status, `${path} as ${as}`);
      }
    }
    assert.deepEqual(store.read(), before);
  });

  it('shows the rewards to anyone with a key, no one without', async () => {
    const { call } = testServer({ data: fixture().data });
    assert.equal((await call('GET', '/v1/rewards', { as: null })).status, 401);
    assert.equal((await call('GET', '/v1/rewards', { as: 'mt_unknown' })).status, 401);
  });
});

describe('the XML check of these tests', () => {
  it('refuses what is not well-formed', () => {
    const broken = ['<a><b></a>', '<a>&</a>', '<a>&foo;</a>', '<a x="1" x="2"/>', '<a x=1/>', '<a>\u0001</a>', '<a/><b/>', '<a>'];
    for (const text of broken) assert.throws(() => parseXml(text), /well-formed|forbids/, text);
    assert.equal(textOf(parseXml('<?xml version="1.0"?>\n<a>x &amp; &#x41;<b/>&lt;</a>\n')), 'x & A<');
  });
});
