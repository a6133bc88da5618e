import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_MEMBER_TOKEN, DEMO_NOW, demoSeed, emptyData } from '@ngo-kit/mock-server';
import { ROUTES } from '@ngo-kit/sdk/contract';
import { SECRET, testServer } from './support.js';

describe('credentials', () => {
  const { call } = testServer();

  it('asks for a credential when there is none, in the error envelope', async () => {
    const answer = await call('GET', '/v1/events', { as: null });
    assert.equal(answer.status, 401);
    assert.equal(answer.body.error.code, 'unauthorized');
    assert.match(answer.body.error.message, /bearer credential/);
  });

  it('refuses an unknown secret key and a credential of another kind', async () => {
    assert.equal((await call('GET', '/v1/events', { as: 'sk_guess' })).status, 401);
    assert.equal((await call('GET', '/v1/events', { as: 'Basic abc' })).status, 401);
  });

  it('refuses a publishable key on a staff route with 403 and on a member route with 401', async () => {
    const staff = await call('GET', '/v1/surveys/srv_1/results');
    assert.equal(staff.status, 403);
    assert.equal(staff.body.error.code, 'forbidden');
    const member = await call('GET', '/v1/me');
    assert.equal(member.status, 401);
    assert.match(member.body.error.message, /Sign in/);
  });

  it('refuses a member token that no session has', async () => {
    const answer = await call('GET', '/v1/me', { as: 'mt_not_a_session' });
    assert.equal(answer.status, 401);
    assert.match(answer.body.error.message, /sign in again/);
  });

  it('lets the secret key read public routes too', async () => {
    assert.equal((await call('GET', '/v1/events', { as: SECRET })).status, 200);
  });
});

describe('routing', () => {
  const { call } = testServer();

  it('answers 404 for an unknown path and 405 with Allow for a wrong method', async () => {
    const missing = await call('GET', '/v1/nothing');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
    const wrong = await call('PUT', '/v1/events');
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET, POST');
  });

  it('serves every route of the contract at its path', async () => {
    for (const route of ROUTES) {
      const path = route.path.replace(/\{(\w+)\}/g, 'x1');
      const answer = await call(route.method, path, { as: SECRET });
      assert.notEqual(answer.status, 405, `${route.method} ${route.path}`);
      assert.ok(answer.status !== 404 || answer.body?.error.message !== `No resource at ${path}.`, `${route.method} ${route.path}`);
    }
  });
});

describe('request bodies', () => {
  const { call } = testServer();

  it('answers 400, never 500, for a body that is missing, not JSON or of the wrong type', async () => {
    const missing = await call('POST', '/v1/suggestions', { headers: { 'content-type': 'application/json' } });
    assert.equal(missing.status, 400);
    assert.match(missing.body.error.message, /JSON body is required/);
    const broken = await call('POST', '/v1/suggestions', { body: '{"title":', headers: { 'content-type': 'application/json' } });
    assert.equal(broken.status, 400);
    assert.match(broken.body.error.message, /not valid JSON/);
    const form = await call('POST', '/v1/suggestions', { body: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.status, 400);
    assert.match(form.body.error.message, /Content-Type: application\/json/);
  });

  it('names every invalid field', async () => {
    const answer = await call('POST', '/v1/suggestions', { body: { title: '', anonymous: 'yes' } });
    assert.equal(answer.status, 400);
    assert.equal(answer.body.error.code, 'validation_failed');
    assert.ok(answer.body.error.fieldErrors.title);
    assert.ok(answer.body.error.fieldErrors.anonymous);
    assert.ok(answer.body.error.fieldErrors.body);
  });

  it('refuses a body larger than 64 KB', async () => {
    const answer = await call('POST', '/v1/suggestions', { body: { title: 'x', body: 'y'.repeat(70_000) } });
    assert.equal(answer.status, 400);
    assert.match(answer.body.error.message, /larger than 64 KB/);
  });
});

describe('bad input on every route', () => {
  const BAD_BODIES = ['null', '[]', '"text"', '42', '{}', '{"a":{"b":{"c":[1,2,{"d":null}]}}}', '{"title":123,"email":[],"answers":"x"}'];
  const BAD_QUERIES = ['?limit=0', '?limit=abc', '?cursor=%%%', '?from=yesterday&period=never', '?kind=<script>'];

  it('answers every malformed body and query with a 4xx, never a 500', async () => {
    const { call } = testServer({ data: demoSeed(), now: () => new Date(DEMO_NOW) });
    for (const route of ROUTES) {
      const path = route.path.replace(/\{(\w+)\}/g, 'x1');
      const as = route.credential === 'secret' ? SECRET : route.credential === 'member' ? DEMO_MEMBER_TOKEN : 'pk_test';
      const tries = route.method === 'GET' ? BAD_QUERIES.map((query) => ({ path: path + query })) : BAD_BODIES.map((body) => ({ path, body }));
      for (const attempt of tries) {
        const answer = await call(route.method, attempt.path, {
          as,
          ...('body' in attempt ? { body: attempt.body, headers: { 'content-type': 'application/json' } } : {}),
        });
        assert.ok(answer.status < 500, `${route.method} ${attempt.path} ${'body' in attempt ? attempt.body : ''} answered ${answer.status}`);
        if (answer.status >= 400) assert.equal(typeof answer.body.error.code, 'string');
      }
    }
  });
});

describe('ETags', () => {
  it('answers 304 without a body when the list has not changed, 200 when it has', async () => {
    const { call, store } = testServer();
    const first = await call('GET', '/v1/events');
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^W\/"[0-9a-f]+"$/);
    const again = await call('GET', '/v1/events', { headers: { 'if-none-match': etag ?? '' } });
    assert.equal(again.status, 304);
    assert.equal(again.text, '');
    assert.equal(again.headers.get('etag'), etag);

    store.write((data) => {
      data.events.push({
        id: 'evt_1',
        title: 'Added',
        summary: '',
        language: 'en',
        startsAt: '2027-01-01T10:00:00+01:00',
        endsAt: '2027-01-01T11:00:00+01:00',
        timeZone: 'Europe/Berlin',
        kind: 'online',
        location: null,
        capacity: null,
        tags: [],
        series: null,
        joinUrl: 'https://meet.example.org/added',
        createdAt: '2026-11-01T10:00:00+01:00',
      });
    });
    const changed = await call('GET', '/v1/events', { headers: { 'if-none-match': etag ?? '' } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once a caller from one address writes too fast, and not for another address', async () => {
    const { call } = testServer({ rateLimit: { writes: 3, windowMs: 60_000 } });
    const statuses = [];
    for (let index = 0; index < 4; index++) statuses.push((await call('POST', '/v1/suggestions', { body: {} })).status);
    assert.deepEqual(statuses, [400, 400, 400, 429]);
    const limited = await call('POST', '/v1/suggestions', { body: {} });
    assert.equal(limited.body.error.code, 'rate_limited');
    const wait = Number(limited.headers.get('retry-after'));
    assert.ok(wait >= 1 && wait <= 60, `Retry-After ${wait}`);
    assert.equal((await call('POST', '/v1/suggestions', { body: {}, from: '203.0.113.1' })).status, 400);
    assert.equal((await call('GET', '/v1/events')).status, 200, 'reads are not limited');
  });

  it('can be asked for by a scenario, for clients to test their back-off', async () => {
    const { call } = testServer();
    const answer = await call('GET', '/v1/events', { headers: { prefer: 'scenario=rate-limited' } });
    assert.equal(answer.status, 429);
    assert.equal(answer.headers.get('retry-after'), '1');
  });
});

describe('Idempotency-Key', () => {
  it('refuses a malformed key', async () => {
    const { call } = testServer();
    const answer = await call('POST', '/v1/suggestions', { body: {}, headers: { 'idempotency-key': 'has spaces' } });
    assert.equal(answer.status, 400);
    assert.ok(answer.body.error.fieldErrors['Idempotency-Key']);
  });

  it('replays the first answer and refuses the key for a different request', async () => {
    const { call } = testServer();
    const headers = { 'idempotency-key': 'key-1' };
    const first = await call('POST', '/v1/suggestions', { body: { title: '' }, headers });
    const repeat = await call('POST', '/v1/suggestions', { body: { title: '' }, headers });
    assert.equal(repeat.status, first.status);
    assert.equal(repeat.text, first.text);
    assert.equal(repeat.headers.get('idempotent-replayed'), 'true');
    assert.equal(first.headers.get('idempotent-replayed'), null);
    const other = await call('POST', '/v1/suggestions', { body: { title: 'other' }, headers });
    assert.equal(other.status, 422);
    assert.match(other.body.error.message, /different request/);
  });

  it('keeps no trace of who sent a write, so that anonymity survives in the saved data', async () => {
    const { call, store } = testServer();
    await call('POST', '/v1/suggestions', { body: { title: '' }, headers: { 'idempotency-key': 'trace-key' }, as: 'pk_site_a' });
    const kept = JSON.stringify(store.read().idempotency);
    assert.equal(store.read().idempotency.length, 1);
    assert.ok(!kept.includes('pk_site_a') && !kept.includes('trace-key'), kept);
  });

  it('keeps keys apart per caller', async () => {
    const { call } = testServer();
    const headers = { 'idempotency-key': 'shared-key' };
    await call('POST', '/v1/suggestions', { body: { title: '' }, headers });
    const otherCaller = await call('POST', '/v1/suggestions', { body: { title: 'x' }, headers, as: 'pk_other_site' });
    assert.notEqual(otherCaller.status, 422);
  });
});

describe('mock-only routes', () => {
  it('lists the e-mails a real server would have sent, newest first, filtered by address', async () => {
    const data = emptyData();
    data.mail.push(
      { id: 'mail_1', to: 'a@example.org', kind: 'sign_in', subject: 'First', text: '', token: 't1', at: '2026-11-01T00:00:00Z' },
      { id: 'mail_2', to: 'b@example.org', kind: 'sign_in', subject: 'Other', text: '', token: 't2', at: '2026-11-02T00:00:00Z' },
      { id: 'mail_3', to: 'A@example.org', kind: 'sign_in', subject: 'Second', text: '', token: 't3', at: '2026-11-03T00:00:00Z' },
    );
    const { call } = testServer({ data });
    const answer = await call('GET', '/__mock/mail?to=a@example.org');
    assert.deepEqual(answer.body.items.map((mail: { subject: string }) => mail.subject), ['Second', 'First']);
  });
});
