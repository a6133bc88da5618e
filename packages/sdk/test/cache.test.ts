import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, type ClientOptions } from '@ngo-kit/sdk';
import { BASE_URL, instantSleep, mockApi, refuseWrites } from './support.js';

function clientOf(api: ReturnType<typeof mockApi>, options: Partial<ClientOptions> = {}) {
  return createClient({ baseUrl: BASE_URL, publishableKey: 'pk_test', fetch: api.fetch, ...options });
}

const registration = { name: 'Ada', email: 'ada@example.org', role: 'attendee', consent: true } as const;

/** A clock for the cache that moves only when the test says so. */
function manualClock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('identical reads at the same moment', () => {
  it('share one request, and each caller gets its own copy', async () => {
    const api = mockApi();
    const client = clientOf(api, { cache: false });
    const pages = await Promise.all([client.events.list({ limit: 3 }), client.events.list({ limit: 3 }), client.events.list({ limit: 3 })]);
    assert.equal(api.seen.length, 1);
    assert.deepEqual(pages[0], pages[2]);
    assert.notEqual(pages[0], pages[1]);
    pages[0]!.items.pop();
    assert.equal(pages[1]!.items.length, 3);
  });

  it('are separate when URL or credential differ', async () => {
    const api = mockApi();
    const client = clientOf(api, { cache: false });
    const other = clientOf(api, { cache: false, publishableKey: 'pk_other' });
    await Promise.all([client.events.list({ limit: 3 }), client.events.list({ limit: 2 }), other.events.list({ limit: 3 })]);
    assert.equal(api.seen.length, 3);
  });

  it('go on when one caller aborts, and stop when every caller has', async () => {
    const api = mockApi({ faults: { latencyMs: 50 } });
    const client = clientOf(api, { cache: false });
    const first = new AbortController();
    const second = new AbortController();
    const leaving = client.events.list({}, { signal: first.signal });
    const staying = client.events.list({}, { signal: second.signal });
    first.abort();
    await assert.rejects(leaving, { name: 'AbortError' });
    assert.equal((await staying).items.length, 5);

    const third = new AbortController();
    const abandoned = client.events.list({ limit: 1 }, { signal: third.signal });
    third.abort();
    await assert.rejects(abandoned, { name: 'AbortError' });
    assert.equal(api.seen.length, 2);
    assert.equal(api.statuses.length, 1, 'the abandoned request never got an answer');
  });

  it('start afresh for a caller who comes right after every caller gave up', async () => {
    const api = mockApi({ faults: { latencyMs: 50 } });
    const client = clientOf(api, { cache: false });
    const gone = new AbortController();
    const abandoned = client.events.list({}, { signal: gone.signal });
    gone.abort();
    // As when a widget leaves the page and is put back at once.
    const again = client.events.list({});
    await assert.rejects(abandoned, { name: 'AbortError' });
    assert.equal((await again).items.length, 5);
    assert.equal(api.seen.length, 2);
  });
});

describe('the read cache', () => {
  it('answers from memory within the time-to-live', async () => {
    const api = mockApi();
    const clock = manualClock();
    const client = clientOf(api, { cache: { ttl: 10_000, now: clock.now } });
    const first = await client.events.list();
    clock.advance(9_999);
    const second = await client.events.list();
    assert.equal(api.seen.length, 1);
    assert.deepEqual(second, first);
    assert.ok(second.items[0]!.startsAt instanceof Date);
  });

  it('revalidates with the ETag after the time-to-live: a 304 reuses what it has', async () => {
    const api = mockApi();
    const clock = manualClock();
    const client = clientOf(api, { cache: { ttl: 10_000, now: clock.now } });
    const first = await client.events.list();
    clock.advance(10_001);
    const second = await client.events.list();
    assert.deepEqual(api.statuses, [200, 304]);
    assert.match(api.seen[1]!.headers.get('if-none-match') ?? '', /^W\/"/);
    assert.deepEqual(second, first);
  });

  it('with ttl 0 asks every time, and pays a body only when the data changed', async () => {
    const api = mockApi();
    const client = clientOf(api, { cache: { ttl: 0 } });
    await client.events.list();
    await client.events.list();
    api.store.write((data) => void (data.events[0]!.title = 'Renamed'));
    const changed = await client.events.list();
    assert.deepEqual(api.statuses, [200, 304, 200]);
    assert.equal(changed.items[0]!.title, 'Renamed');
  });

  it('is off with cache: false', async () => {
    const api = mockApi();
    const client = clientOf(api, { cache: false });
    await client.events.list();
    await client.events.list();
    assert.deepEqual(api.statuses, [200, 200]);
    assert.equal(api.seen[1]!.headers.get('if-none-match'), null);
  });

  it('is invalidated by a write under the same resource', async () => {
    const api = mockApi();
    const { sleep } = instantSleep();
    api.before(refuseWrites);
    const client = clientOf(api, { retry: { limit: 0, sleep }, cache: { ttl: 60_000 } });
    await client.events.list();
    await client.events.list();
    assert.equal(api.seen.length, 1, 'cached before the write');
    await assert.rejects(client.events.register('evt_001', registration));
    await client.events.list();
    assert.deepEqual(
      api.seen.map((request) => `${request.method} ${new URL(request.url).pathname}`),
      ['GET /v1/events', 'POST /v1/events/evt_001/registrations', 'GET /v1/events'],
    );
    assert.equal(api.statuses.at(-1), 304, 'revalidated, and unchanged');
  });

  it('does not keep as fresh a read that was running while a write was sent', async () => {
    const api = mockApi();
    let writeDone!: () => void;
    const afterWrite = new Promise<void>((resolve) => (writeDone = resolve));
    // The first read is answered only once the write has been answered.
    api.before(async (request, index) => (index === 0 ? (await afterWrite, undefined) : refuseWrites(request)));
    const client = clientOf(api, { retry: 0, cache: { ttl: 60_000 } });
    const reading = client.events.list();
    await assert.rejects(client.events.register('evt_001', registration));
    writeDone();
    await reading;
    await client.events.list();
    assert.deepEqual(
      api.seen.map((request) => request.method),
      ['GET', 'POST', 'GET'],
    );
  });
});
