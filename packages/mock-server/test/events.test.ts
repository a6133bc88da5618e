import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHandler, createMemoryStore, demoSeed, type Faults } from '@ngo-kit/mock-server';

const AUTH = { authorization: 'Bearer pk_test_demo' };

function get(path: string, headers: HeadersInit = AUTH, faults?: Faults) {
  const handle = createHandler(faults ? { faults } : {});
  return handle(new Request(`http://mock.test${path}`, { headers }));
}

async function body(response: Response): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any -- assertions read arbitrary JSON
  return response.json();
}

describe('GET /v1/events', () => {
  it('lists the seeded events soonest first, one of them in Chinese', async () => {
    const response = await get('/v1/events?limit=100');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    const { items, nextCursor } = await body(response);
    assert.equal(items.length, demoSeed().events.length);
    assert.equal(nextCursor, null);
    const starts = items.map((event: { startsAt: string }) => Date.parse(event.startsAt));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.ok(items.some((event: { language: string; title: string }) => event.language === 'zh-CN' && /义卖/.test(event.title)));
  });

  it('filters by kind, tag, series and time window', async () => {
    const kinds = await body(await get('/v1/events?kind=online'));
    assert.ok(kinds.items.length > 0);
    assert.ok(kinds.items.every((event: { kind: string }) => event.kind === 'online'));

    const series = await body(await get('/v1/events?series=quarterly-exchange'));
    assert.deepEqual(series.items.map((event: { id: string }) => event.id), ['evt_000005', 'evt_000012', 'evt_000018', 'evt_000027', 'evt_000031']);

    const tagged = await body(await get('/v1/events?tag=charity-sale'));
    assert.deepEqual(tagged.items.map((event: { id: string }) => event.id), ['evt_000011', 'evt_000028', 'evt_000034']);

    const window = await body(await get('/v1/events?from=2027-01-01T00:00:00Z&to=2027-04-01T00:00:00Z'));
    assert.deepEqual(window.items.map((event: { id: string }) => event.id), ['evt_000029', 'evt_000030', 'evt_000031']);
  });

  it('walks every page with the cursor', async () => {
    const handle = createHandler();
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const page = await body(await handle(new Request(`http://mock.test/v1/events${query}`, { headers: AUTH })));
      assert.ok(page.items.length <= 2);
      seen.push(...page.items.map((event: { id: string }) => event.id));
      cursor = page.nextCursor;
    }
    assert.deepEqual(seen, demoSeed().events.map((event) => event.id).sort((a, b) => seen.indexOf(a) - seen.indexOf(b)));
    assert.equal(new Set(seen).size, demoSeed().events.length);
  });

  it('answers bad query parameters with the error envelope and field errors', async () => {
    const response = await get('/v1/events?limit=0&kind=boat&from=yesterday&cursor=nonsense');
    assert.equal(response.status, 400);
    const { error } = await body(response);
    assert.equal(error.code, 'validation_failed');
    assert.equal(typeof error.message, 'string');
    assert.deepEqual(Object.keys(error.fieldErrors).sort(), ['from', 'kind', 'limit']);
    assert.match(error.fieldErrors.kind[0], /online/);
  });

  it('refuses an unknown cursor', async () => {
    const response = await get('/v1/events?cursor=bm9wZQ');
    assert.equal(response.status, 400);
    assert.deepEqual(Object.keys((await body(response)).error.fieldErrors), ['cursor']);
  });

  it('needs a key', async () => {
    const refused: HeadersInit[] = [{}, { authorization: 'Bearer nonsense' }, { authorization: 'Basic pk_x' }];
    for (const headers of refused) {
      const response = await get('/v1/events', headers);
      assert.equal(response.status, 401);
      assert.equal((await body(response)).error.code, 'unauthorized');
    }
  });

  it('tells an unknown path from a wrong method', async () => {
    const missing = await get('/v1/nothing');
    assert.equal(missing.status, 404);
    assert.equal((await body(missing)).error.code, 'not_found');
    const handle = createHandler();
    const wrong = await handle(new Request('http://mock.test/v1/events', { method: 'DELETE', headers: AUTH }));
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET');
  });
});

describe('scenarios and faults', () => {
  it('answers 500 in the envelope when a request prefers the failing scenario', async () => {
    const response = await get('/v1/events', { ...AUTH, prefer: 'scenario=failing' });
    assert.equal(response.status, 500);
    assert.equal((await body(response)).error.code, 'internal_error');
  });

  it('answers an empty list in the empty scenario', async () => {
    const { items } = await body(await get('/v1/events', { ...AUTH, prefer: 'scenario=empty' }));
    assert.deepEqual(items, []);
  });

  it('reads its faults on every request', async () => {
    const faults: Faults = { failRate: 1 };
    const handle = createHandler({ faults, store: createMemoryStore(demoSeed()) });
    const request = () => handle(new Request('http://mock.test/v1/events', { headers: AUTH }));
    assert.equal((await request()).status, 500);
    faults.failRate = 0;
    assert.equal((await request()).status, 200);
  });
});

describe('CORS', () => {
  it('answers a preflight and marks responses for allowed origins only', async () => {
    const handle = createHandler({ allowedOrigins: ['https://ngo.example'] });
    const preflight = await handle(
      new Request('http://mock.test/v1/events', { method: 'OPTIONS', headers: { origin: 'https://ngo.example' } }),
    );
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://ngo.example');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);

    const other = await handle(new Request('http://mock.test/v1/events', { headers: { ...AUTH, origin: 'https://evil.example' } }));
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});
