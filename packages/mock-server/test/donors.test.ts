import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyData, type DonationRecord, type DonorRecord, type StoreData } from '@ngo-kit/mock-server';
import { SECRET, testServer } from './support.js';

const MIA = 'Mia <b>& Tom';

function donor(id: string, name: string, locale: DonorRecord['locale']): DonorRecord {
  return { id, name, email: `${id}@donors.example`, locale, memberId: null, createdAt: '2025-01-01T00:00:00Z' };
}

let donationNumber = 0;
function gift(donorId: string, date: string, amount: number, currency: string, wishes: Partial<DonationRecord> = {}): DonationRecord {
  donationNumber += 1;
  return {
    id: `don_${donationNumber}`,
    donorId,
    amount,
    currency,
    date,
    publicThanks: true,
    anonymous: false,
    locale: 'en',
    createdAt: `${date}T12:00:00Z`,
    ...wishes,
  };
}

/** Tiers by DONOR_TIER_THRESHOLDS: EUR 50 / 250 / 1,000, CNY 400 / 2,000 / 8,000, TWD 1,500 / 8,000 / 30,000. */
function fixture(): StoreData {
  const data = emptyData();
  data.donors.push(
    donor('dnr_alice', 'Alice Chen', 'en'),
    donor('dnr_fang', '王芳', 'zh-CN'),
    donor('dnr_mia', MIA, 'zh-TW'),
    donor('dnr_dan', 'Dan Withdrawn', 'en'),
    donor('dnr_eve', 'Eve Lastyear', 'en'),
    donor('dnr_fay', 'Fay Yen', 'en'),
    donor('dnr_gus', 'Gus Almost', 'en'),
  );
  data.members.push({
    id: 'mem_ola',
    name: 'Ola',
    email: 'ola@members.example',
    roles: ['member', 'donor'],
    interests: [],
    locale: 'en',
    newsletter: false,
    status: 'active',
    joinedAt: '2026-02-01T00:00:00Z',
    confirmedAt: '2026-02-01T00:10:00Z',
    confirmationToken: null,
    leftAt: null,
    volunteerFrom: null,
    volunteerUntil: null,
  });
  data.donations.push(
    // 30.00 + 25.00 EUR: 55.00, a friend for the year, a supporter in Q3
    gift('dnr_alice', '2026-03-01', 3_000, 'EUR'),
    gift('dnr_alice', '2026-09-10', 2_500, 'EUR'),
    // 3,000.00 CNY: a patron, thanked anonymously
    gift('dnr_fang', '2026-08-15', 300_000, 'CNY', { anonymous: true, locale: 'zh-CN' }),
    // 30,000.00 TWD makes a benefactor; 10.00 EUR alone would make a supporter
    gift('dnr_mia', '2026-05-20', 3_000_000, 'TWD', { locale: 'zh-TW' }),
    gift('dnr_mia', '2026-06-01', 1_000, 'EUR', { locale: 'zh-TW' }),
    // consent withdrawn with the latest gift
    gift('dnr_dan', '2026-01-10', 200_000, 'EUR'),
    gift('dnr_dan', '2026-11-02', 1_000, 'EUR', { publicThanks: false }),
    gift('dnr_eve', '2025-12-31', 5_000, 'EUR'),
    // a currency without thresholds makes a supporter whatever the sum
    gift('dnr_fay', '2026-04-04', 10_000_000, 'JPY'),
    // one cent short of a friend
    gift('dnr_gus', '2026-10-02', 4_999, 'EUR'),
  );
  return data;
}

describe('GET /v1/donors/wall', () => {
  const wall2026 = [
    { displayName: MIA, anonymous: false, tier: 'benefactor', period: '2026' },
    { displayName: null, anonymous: true, tier: 'patron', period: '2026' },
    { displayName: 'Alice Chen', anonymous: false, tier: 'friend', period: '2026' },
    { displayName: 'Fay Yen', anonymous: false, tier: 'supporter', period: '2026' },
    { displayName: 'Gus Almost', anonymous: false, tier: 'supporter', period: '2026' },
  ];

  it('thanks the consenting donors of the year by tier, without addresses or sums', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('GET', '/v1/donors/wall?period=2026');
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { items: wall2026, nextCursor: null });
    assert.doesNotMatch(answer.text, /@|amount|3000|EUR/);
  });

  it('shows the current year by default', async () => {
    const { call } = testServer({ data: fixture() });
    assert.deepEqual((await call('GET', '/v1/donors/wall')).body.items, wall2026);
  });

  it('takes the tier from the period asked for', async () => {
    const { call } = testServer({ data: fixture() });
    const q3 = await call('GET', '/v1/donors/wall?period=2026-Q3');
    assert.deepEqual(q3.body.items, [
      { displayName: null, anonymous: true, tier: 'patron', period: '2026-Q3' },
      { displayName: 'Alice Chen', anonymous: false, tier: 'supporter', period: '2026-Q3' },
    ]);
    const lastYear = await call('GET', '/v1/donors/wall?period=2025');
    assert.deepEqual(lastYear.body.items, [{ displayName: 'Eve Lastyear', anonymous: false, tier: 'friend', period: '2025' }]);
  });

  it('pages', async () => {
    const { call } = testServer({ data: fixture() });
    const first = await call('GET', '/v1/donors/wall?limit=3');
    assert.deepEqual(first.body.items, wall2026.slice(0, 3));
    const second = await call('GET', `/v1/donors/wall?limit=3&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    assert.deepEqual(second.body, { items: wall2026.slice(3), nextCursor: null });
  });

  it('refuses a bad period and needs a key', async () => {
    const { call } = testServer({ data: fixture() });
    const bad = await call('GET', '/v1/donors/wall?period=2026-Q5');
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.body.error.fieldErrors), ['period']);
    assert.equal((await call('GET', '/v1/donors/wall', { as: null })).status, 401);
  });
});

describe('POST /v1/donations', () => {
  const input = {
    donorName: 'Ola Nordmann',
    email: 'OLA@members.example',
    amount: 6_000,
    currency: 'EUR',
    date: '2026-11-20',
    publicThanks: true,
    anonymous: false,
    locale: 'en',
  };

  it('records a donation for a new donor, linked to the member with that address', async () => {
    const { call, store } = testServer({ data: fixture() });
    const answer = await call('POST', '/v1/donations', { as: SECRET, body: input });
    assert.equal(answer.status, 201);
    const { id, donorId, createdAt, ...rest } = answer.body;
    assert.match(id, /^don_\d{6}$/);
    assert.equal(typeof createdAt, 'string');
    assert.deepEqual(rest, { amount: 6_000, currency: 'EUR', date: '2026-11-20', publicThanks: true, anonymous: false, locale: 'en' });
    const created = store.read().donors.find((candidate) => candidate.id === donorId);
    assert.equal(created?.memberId, 'mem_ola');
    assert.equal(created?.name, 'Ola Nordmann');
    const wall = await call('GET', '/v1/donors/wall');
    assert.equal(wall.body.items.filter((entry: { displayName: string }) => entry.displayName === 'Ola Nordmann').length, 1);
  });

  it('finds the donor again by address and takes the latest name and language', async () => {
    const { call, store } = testServer({ data: fixture() });
    const answer = await call('POST', '/v1/donations', {
      as: SECRET,
      body: { ...input, donorName: 'Alice Chen-Wu', email: 'DNR_ALICE@donors.example', locale: 'zh-CN' },
    });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.donorId, 'dnr_alice');
    assert.equal(store.read().donors.length, 7);
    const alice = store.read().donors.find((candidate) => candidate.id === 'dnr_alice');
    assert.deepEqual([alice?.name, alice?.locale], ['Alice Chen-Wu', 'zh-CN']);
  });

  it('refuses invalid donations', async () => {
    const { call, store } = testServer({ data: fixture() });
    const invalid = await call('POST', '/v1/donations', {
      as: SECRET,
      body: { ...input, amount: 0, currency: 'eur', email: 'nobody', date: '2026-13-01', donorName: ' ' },
    });
    assert.equal(invalid.status, 400);
    assert.deepEqual(Object.keys(invalid.body.error.fieldErrors).sort(), ['amount', 'currency', 'date', 'donorName', 'email']);
    const unknownCurrency = await call('POST', '/v1/donations', { as: SECRET, body: { ...input, currency: 'XYZ' } });
    assert.equal(unknownCurrency.status, 400);
    assert.deepEqual(Object.keys(unknownCurrency.body.error.fieldErrors), ['currency']);
    const future = await call('POST', '/v1/donations', { as: SECRET, body: { ...input, date: '2026-11-25' } });
    assert.equal(future.status, 422);
    assert.deepEqual(Object.keys(future.body.error.fieldErrors), ['date']);
    assert.equal(store.read().donations.length, 10);
  });

  it('accepts a date that is already today east of UTC', async () => {
    // noon UTC on the 23rd is already the 24th in Kiribati (UTC+14)
    const { call } = testServer({ data: fixture(), now: () => new Date('2026-11-23T12:00:00Z') });
    assert.equal((await call('POST', '/v1/donations', { as: SECRET, body: { ...input, date: '2026-11-24' } })).status, 201);
    assert.equal((await call('POST', '/v1/donations', { as: SECRET, body: { ...input, date: '2026-11-25' } })).status, 422);
  });

  it('records a donation once when its request is repeated with the same Idempotency-Key', async () => {
    const { call, store } = testServer({ data: fixture() });
    const headers = { 'idempotency-key': 'donation-2026-11-20-ola' };
    const first = await call('POST', '/v1/donations', { as: SECRET, body: input, headers });
    const again = await call('POST', '/v1/donations', { as: SECRET, body: input, headers });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    assert.equal(store.read().donations.length, 11);
    assert.equal(store.read().donors.length, 8);
  });

  it('is for staff only', async () => {
    const { call, store } = testServer({ data: fixture() });
    assert.equal((await call('POST', '/v1/donations', { body: input })).status, 403);
    assert.equal((await call('POST', '/v1/donations', { as: null, body: input })).status, 401);
    assert.equal(store.read().donations.length, 10);
  });
});

describe('GET /v1/donors/letters', () => {
  it('writes one letter per donor of the period, in the donor’s language', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('GET', '/v1/donors/letters?period=2026', { as: SECRET });
    assert.equal(answer.status, 200);
    const letters = answer.body.items;
    assert.deepEqual(
      letters.map((letter: { donorId: string; locale: string; period: string }) => [letter.donorId, letter.locale, letter.period]),
      [
        ['dnr_alice', 'en', '2026'],
        ['dnr_fang', 'zh-CN', '2026'],
        ['dnr_mia', 'zh-TW', '2026'],
        ['dnr_dan', 'en', '2026'],
        ['dnr_fay', 'en', '2026'],
        ['dnr_gus', 'en', '2026'],
      ],
    );
    const [alice, fang, mia, dan, fay] = letters;
    assert.equal(alice.subject, 'Thank you for your support in 2026');
    assert.match(alice.text, /^Dear Alice Chen,\n\n/);
    assert.ok(alice.text.includes('€55.00'));
    assert.equal(fang.subject, '感谢您在2026年的支持');
    assert.match(fang.text, /^亲爱的王芳：/);
    assert.ok(fang.text.includes('¥3,000.00'));
    assert.equal(mia.subject, '感謝您在2026年的支持');
    assert.ok(mia.text.includes('€10.00和$30,000.00'), mia.text);
    assert.ok(dan.text.includes('€2,010.00'));
    // the yen has no minor unit
    assert.ok(fay.text.includes('¥10,000,000'));
  });

  it('escapes the donor’s name in the HTML and keeps it intact in the text', async () => {
    const { call } = testServer({ data: fixture() });
    const letters = (await call('GET', '/v1/donors/letters?period=2026', { as: SECRET })).body.items;
    const mia = letters.find((letter: { donorId: string }) => letter.donorId === 'dnr_mia');
    assert.match(mia.text, /^親愛的Mia <b>& Tom：/);
    assert.ok(mia.html.includes('親愛的Mia &lt;b&gt;&amp; Tom：'));
    assert.ok(!mia.html.includes('<b>'));
    assert.ok(mia.html.startsWith('<div lang="zh-TW">'));
  });

  it('names the quarter in each language', async () => {
    const { call } = testServer({ data: fixture() });
    const letters = (await call('GET', '/v1/donors/letters?period=2026-Q3', { as: SECRET })).body.items;
    assert.deepEqual(
      letters.map((letter: { donorId: string; subject: string }) => [letter.donorId, letter.subject]),
      [
        ['dnr_alice', 'Thank you for your support in the third quarter of 2026'],
        ['dnr_fang', '感谢您在2026年第三季度的支持'],
      ],
    );
    assert.ok(letters[0].text.includes('€25.00'));
  });

  it('gives only the letters in the language asked for', async () => {
    const { call } = testServer({ data: fixture() });
    const lettersIn = async (language: string) =>
      (await call('GET', `/v1/donors/letters?period=2026&language=${language}`, { as: SECRET })).body.items.map(
        (letter: { donorId: string; locale: string }) => [letter.donorId, letter.locale],
      );
    assert.deepEqual(await lettersIn('zh-CN'), [['dnr_fang', 'zh-CN']]);
    assert.deepEqual(await lettersIn('zh-TW'), [['dnr_mia', 'zh-TW']]);
    assert.deepEqual((await lettersIn('en')).map(([donorId]: [string]) => donorId), ['dnr_alice', 'dnr_dan', 'dnr_fay', 'dnr_gus']);
    const unknown = await call('GET', '/v1/donors/letters?period=2026&language=fr', { as: SECRET });
    assert.equal(unknown.status, 400);
    assert.deepEqual(Object.keys(unknown.body.error.fieldErrors), ['language']);
  });

  it('needs the period and the secret key', async () => {
    const { call } = testServer({ data: fixture() });
    const missing = await call('GET', '/v1/donors/letters', { as: SECRET });
    assert.equal(missing.status, 400);
    assert.deepEqual(Object.keys(missing.body.error.fieldErrors), ['period']);
    assert.equal((await call('GET', '/v1/donors/letters?period=2026')).status, 403);
    assert.equal((await call('GET', '/v1/donors/letters?period=2026', { as: null })).status, 401);
  });
});
