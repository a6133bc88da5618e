import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyData, type AnnouncementRecord, type StoreData } from '@ngo-kit/mock-server';
import { SECRET, testServer } from './support.js';

function notice(id: string, publishedAt: string, extra: Partial<AnnouncementRecord> = {}): AnnouncementRecord {
  return {
    id,
    title: `Notice ${id}`,
    bodyHtml: '<p>Hello</p>',
    kind: 'platform',
    eventId: null,
    pinned: false,
    publishedAt,
    locale: 'en',
    ...extra,
  };
}

/** TEST_NOW is 2026-11-23T09:00Z. */
function fixture(): StoreData {
  const data = emptyData();
  data.events.push({
    id: 'evt_run',
    title: 'Charity run',
    summary: '10 km for the school project.',
    language: 'en',
    startsAt: '2026-12-06T09:00:00Z',
    endsAt: '2026-12-06T13:00:00Z',
    timeZone: 'Europe/Berlin',
    kind: 'offline',
    location: { name: 'Park' },
    capacity: 100,
    tags: ['charity-run'],
    series: null,
    joinUrl: null,
    createdAt: '2026-09-01T09:00:00Z',
  });
  data.announcements.push(
    notice('ann_old', '2026-10-01T08:00:00Z'),
    notice('ann_pinned_old', '2026-09-01T08:00:00Z', { pinned: true }),
    notice('ann_run', '2026-11-20T08:00:00Z', { kind: 'event', eventId: 'evt_run' }),
    notice('ann_zh', '2026-11-21T08:00:00Z', { locale: 'zh-CN', title: '年度大会通知' }),
    notice('ann_scheduled', '2026-11-30T08:00:00Z', { pinned: true }),
    notice('ann_pinned_new', '2026-11-01T08:00:00Z', { pinned: true }),
  );
  return data;
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('GET /v1/announcements', () => {
  it('lists published notices, pinned first, then newest', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('GET', '/v1/announcements');
    assert.equal(answer.status, 200);
    assert.deepEqual(ids(answer.body.items), ['ann_pinned_new', 'ann_pinned_old', 'ann_zh', 'ann_run', 'ann_old']);
    assert.equal(answer.body.nextCursor, null);
  });

  it('filters by kind, event and locale', async () => {
    const { call } = testServer({ data: fixture() });
    assert.deepEqual(ids((await call('GET', '/v1/announcements?kind=event')).body.items), ['ann_run']);
    assert.deepEqual(ids((await call('GET', '/v1/announcements?eventId=evt_run')).body.items), ['ann_run']);
    assert.deepEqual(ids((await call('GET', '/v1/announcements?locale=zh-CN')).body.items), ['ann_zh']);
    assert.deepEqual(
      ids((await call('GET', '/v1/announcements?kind=platform&locale=en')).body.items),
      ['ann_pinned_new', 'ann_pinned_old', 'ann_old'],
    );
  });

  it('sends an event notice with its event in brief, and a platform notice with none', async () => {
    const { call } = testServer({ data: fixture() });
    const items: { id: string; event: unknown }[] = (await call('GET', '/v1/announcements')).body.items;
    assert.deepEqual(items.find((item) => item.id === 'ann_run')?.event, {
      id: 'evt_run',
      title: 'Charity run',
      language: 'en',
      startsAt: '2026-12-06T09:00:00Z',
      timeZone: 'Europe/Berlin',
    });
    assert.deepEqual(items.filter((item) => item.event !== null).map((item) => item.id), ['ann_run']);
    const created = await call('POST', '/v1/announcements', {
      as: SECRET,
      body: { title: 'Route map', bodyHtml: '<p>Start at the gate.</p>', kind: 'event', eventId: 'evt_run', locale: 'en' },
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.event.title, 'Charity run');
  });

  it('pages with the cursor', async () => {
    const { call } = testServer({ data: fixture() });
    const first = await call('GET', '/v1/announcements?limit=3');
    assert.deepEqual(ids(first.body.items), ['ann_pinned_new', 'ann_pinned_old', 'ann_zh']);
    const second = await call('GET', `/v1/announcements?limit=3&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    assert.deepEqual(ids(second.body.items), ['ann_run', 'ann_old']);
    assert.equal(second.body.nextCursor, null);
  });

  it('refuses bad filters', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('GET', '/v1/announcements?kind=rumour&cursor=nonsense');
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors), ['kind']);
  });

  it('needs a key', async () => {
    const { call } = testServer({ data: fixture() });
    assert.equal((await call('GET', '/v1/announcements', { as: null })).status, 401);
  });
});

describe('POST /v1/announcements', () => {
  const input = {
    title: '  New opening hours  ',
    bodyHtml: '<p>From December the hall opens at <strong>9:00</strong>.</p><script>alert(1)</script>',
    kind: 'platform',
    locale: 'en',
  };

  it('publishes now and keeps the staff body as sent', async () => {
    const { call } = testServer({ data: fixture() });
    const created = await call('POST', '/v1/announcements', { as: SECRET, body: input });
    assert.equal(created.status, 201);
    assert.equal(created.body.title, 'New opening hours');
    assert.equal(created.body.bodyHtml, input.bodyHtml);
    assert.equal(created.body.pinned, false);
    assert.equal(created.body.eventId, null);
    assert.equal(Date.parse(created.body.publishedAt), Date.parse('2026-11-23T09:00:00Z'));
    const listed = (await call('GET', '/v1/announcements?kind=platform&locale=en')).body.items;
    assert.deepEqual(ids(listed), ['ann_pinned_new', 'ann_pinned_old', created.body.id, 'ann_old']);
    assert.deepEqual(listed[2], created.body);
  });

  it('schedules a notice that appears only once published', async () => {
    const { call } = testServer({ data: fixture() });
    const created = await call('POST', '/v1/announcements', {
      as: SECRET,
      body: { ...input, kind: 'event', eventId: 'evt_run', pinned: true, publishedAt: '2026-12-01T08:00:00+01:00' },
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.eventId, 'evt_run');
    const listed = ids((await call('GET', '/v1/announcements?eventId=evt_run')).body.items);
    assert.deepEqual(listed, ['ann_run']);
  });

  it('refuses an event notice without its event or about an unknown one', async () => {
    const { call, store } = testServer({ data: fixture() });
    const missing = await call('POST', '/v1/announcements', { as: SECRET, body: { ...input, kind: 'event' } });
    assert.equal(missing.status, 400);
    assert.deepEqual(Object.keys(missing.body.error.fieldErrors), ['eventId']);
    const unknown = await call('POST', '/v1/announcements', { as: SECRET, body: { ...input, kind: 'event', eventId: 'evt_nothing' } });
    assert.equal(unknown.status, 422);
    assert.deepEqual(Object.keys(unknown.body.error.fieldErrors), ['eventId']);
    const empty = await call('POST', '/v1/announcements', { as: SECRET, body: { ...input, title: '   ', bodyHtml: '' } });
    assert.equal(empty.status, 400);
    assert.deepEqual(Object.keys(empty.body.error.fieldErrors).sort(), ['bodyHtml', 'title']);
    assert.equal(store.read().announcements.length, 6);
  });

  it('is for staff only', async () => {
    const { call, store } = testServer({ data: fixture() });
    assert.equal((await call('POST', '/v1/announcements', { body: input })).status, 403);
    assert.equal((await call('POST', '/v1/announcements', { as: null, body: input })).status, 401);
    assert.equal(store.read().announcements.length, 6);
  });
});
