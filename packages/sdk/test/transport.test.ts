import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, isNgoApiError, isNgoNetworkError, NgoValidationError, type ClientOptions } from '@ngo-kit/sdk';
import { parseRetryAfter } from '../src/transport/retry.js';
import { BASE_URL, hang, instantSleep, mockApi, offline, refuseWrites } from './support.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function clientOf(api: ReturnType<typeof mockApi>, options: Partial<ClientOptions> = {}) {
  return createClient({ baseUrl: BASE_URL, publishableKey: 'pk_test', fetch: api.fetch, cache: false, ...options });
}

const registration = { name: 'Ada', email: 'ada@example.org', role: 'attendee', consent: true } as const;

describe('retries', () => {
  it('gives up on an attempt at the timeout, backs off, and succeeds', async () => {
    const api = mockApi();
    api.before((request, index) => (index === 0 ? hang(request) : undefined));
    const { sleep, waits } = instantSleep();
    const client = clientOf(api, { timeout: 20, retry: { sleep, random: () => 0.5 } });
    const page = await client.events.list();
    assert.equal(page.items.length, 5);
    assert.equal(api.seen.length, 2);
    assert.deepEqual(waits, [150], 'full jitter: half of the first ceiling of 300 ms');
  });

  it('honours Retry-After on a 429 and then succeeds', async () => {
    const api = mockApi();
    const { sleep, waits } = instantSleep();
    let calls = 0;
    const client = clientOf(api, {
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (calls++ === 0) request.headers.set('prefer', 'scenario=rate-limited');
        return api.fetch(request);
      },
      retry: { sleep },
    });
    const page = await client.events.list();
    assert.equal(page.items.length, 5);
    assert.deepEqual(api.statuses, [429, 200]);
    assert.deepEqual(waits, [1000]);
  });

  it('reports a 429 whose Retry-After is beyond maxRetryAfter, without waiting', async () => {
    const api = mockApi();
    const { sleep, waits } = instantSleep();
    const client = clientOf(api, {
      fetch: (input, init) => {
        const request = new Request(input, init);
        request.headers.set('prefer', 'scenario=rate-limited');
        return api.fetch(request);
      },
      retry: { sleep, maxRetryAfter: 500 },
    });
    await assert.rejects(client.events.list(), (error: unknown) => {
      assert.ok(isNgoApiError(error));
      assert.equal(error.code, 'rate_limited');
      assert.equal(error.retryAfter, 1);
      return true;
    });
    assert.equal(api.seen.length, 1);
    assert.deepEqual(waits, []);
  });

  it('backs off exponentially with full jitter, and stops after the limit', async () => {
    const api = mockApi({ faults: { failRate: 1 } });
    const { sleep, waits } = instantSleep();
    const client = clientOf(api, { retry: { limit: 3, sleep, random: () => 1, baseDelay: 100, maxDelay: 250 } });
    await assert.rejects(client.events.list(), (error: unknown) => isNgoApiError(error) && error.status === 500);
    assert.equal(api.seen.length, 4);
    assert.deepEqual(waits, [100, 200, 250]);
  });

  it('keeps the default of an option given as undefined', async () => {
    const api = mockApi({ faults: { failRate: 1 } });
    const { sleep, waits } = instantSleep();
    const client = clientOf(api, { retry: { limit: undefined, sleep } });
    await assert.rejects(client.events.list(), (error: unknown) => isNgoApiError(error) && error.status === 500);
    assert.equal(api.seen.length, 3);
    assert.equal(waits.length, 2);
  });

  it('does not retry an answer that will not change (400)', async () => {
    const api = mockApi();
    const { sleep, waits } = instantSleep();
    const client = clientOf(api, {
      retry: { sleep },
      fetch: (input, init) => {
        const request = new Request(input, init);
        return api.fetch(new Request(request.url.replace('limit=5', 'limit=abc'), request));
      },
    });
    await assert.rejects(client.events.list({ limit: 5 }), (error: unknown) => isNgoApiError(error) && error.status === 400);
    assert.equal(api.seen.length, 1);
    assert.deepEqual(waits, []);
  });

  it('stops waiting and retrying at once when the signal aborts', async () => {
    const api = mockApi({ faults: { failRate: 1 } });
    const controller = new AbortController();
    const client = clientOf(api, {
      retry: {
        // A real, long wait, cut short by the abort that happens as it starts.
        sleep: (ms, signal) => {
          const waiting = new Promise<void>((resolve, reject) => {
            const timer = setTimeout(resolve, ms);
            signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
          });
          controller.abort();
          return waiting;
        },
        baseDelay: 60_000,
        random: () => 1,
      },
    });
    await assert.rejects(client.events.list({}, { signal: controller.signal }), { name: 'AbortError' });
    assert.equal(api.seen.length, 1);
  });

  it('raises NgoNetworkError marked timedOut when every attempt times out', async () => {
    const api = mockApi();
    api.before((request) => hang(request));
    const { sleep } = instantSleep();
    const client = clientOf(api, { timeout: 10, retry: { limit: 1, sleep } });
    await assert.rejects(client.events.list(), (error: unknown) => isNgoNetworkError(error) && error.timedOut);
    assert.equal(api.seen.length, 2);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-23T09:00:00Z');
  it('reads seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('3', now), 3000);
    assert.equal(parseRetryAfter('Mon, 23 Nov 2026 09:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('Mon, 23 Nov 2026 08:00:00 GMT', now), 0, 'a date in the past means now');
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });

  it('is honoured on a 503 given as a date', async () => {
    const api = mockApi();
    const inFiveSeconds = new Date(Date.now() + 5_000).toUTCString();
    api.before((_request, index) =>
      index === 0 ? new Response(null, { status: 503, headers: { 'retry-after': inFiveSeconds } }) : undefined,
    );
    const { sleep, waits } = instantSleep();
    const client = clientOf(api, { retry: { sleep } });
    await client.events.list();
    assert.equal(waits.length, 1);
    assert.ok(waits[0]! > 3_000 && waits[0]! <= 5_000, `waited ${waits[0]} ms`);
  });
});

describe('idempotency keys', () => {
  it('sends one key per logical write, the same on every retry', async () => {
    const api = mockApi();
    api.before((request, index) => (index < 2 ? offline() : refuseWrites(request)));
    const { sleep } = instantSleep();
    const client = clientOf(api, { retry: { sleep } });
    await assert.rejects(client.events.register('evt_001', registration));
    const keys = api.seen.map((request) => request.headers.get('idempotency-key'));
    assert.equal(keys.length, 3);
    assert.match(keys[0]!, UUID);
    assert.deepEqual(new Set(keys).size, 1);

    await assert.rejects(client.events.register('evt_001', registration));
    assert.notEqual(api.seen[3]!.headers.get('idempotency-key'), keys[0]);
  });

  it('uses the key the caller gives', async () => {
    const api = mockApi();
    api.before(refuseWrites);
    const client = clientOf(api, { retry: 0 });
    await assert.rejects(client.events.register('evt_001', registration, { idempotencyKey: 'draft-42' }));
    assert.equal(api.seen[0]!.headers.get('idempotency-key'), 'draft-42');
  });

  it('sends no key on a read', async () => {
    const api = mockApi();
    await clientOf(api).events.list();
    assert.equal(api.seen[0]!.headers.get('idempotency-key'), null);
  });
});

describe('requests and answers', () => {
  it('sends the credential, the language and a checked body', async () => {
    const api = mockApi();
    api.before(refuseWrites);
    const client = clientOf(api, { retry: 0, locale: 'zh-CN' });
    await assert.rejects(client.events.register('evt 1', { ...registration, name: '  Ada  ' }));
    const [request] = api.seen;
    assert.equal(request!.url, `${BASE_URL}/v1/events/evt%201/registrations`);
    assert.equal(request!.headers.get('authorization'), 'Bearer pk_test');
    assert.equal(request!.headers.get('accept-language'), 'zh-CN');
    assert.equal(request!.headers.get('content-type'), 'application/json');
    assert.deepEqual(JSON.parse(request!.body), { ...registration, name: 'Ada' });
  });

  it('refuses a body that breaks the contract before sending it', async () => {
    const api = mockApi();
    await assert.rejects(clientOf(api).events.register('evt_001', { ...registration, email: 'nope' }), (error: unknown) => {
      assert.ok(error instanceof NgoValidationError);
      assert.equal(error.direction, 'request');
      assert.deepEqual(Object.keys(error.fieldErrors), ['email']);
      return true;
    });
    assert.equal(api.seen.length, 0);
  });

  it('raises NgoValidationError (response) when the server breaks the schema', async () => {
    const api = mockApi();
    const client = clientOf(api, {
      fetch: async (input, init) => {
        const page = await (await api.fetch(input, init)).json();
        page.items[1].startsAt = 'next Tuesday';
        return Response.json(page);
      },
    });
    await assert.rejects(client.events.list(), (error: unknown) => {
      assert.ok(error instanceof NgoValidationError);
      assert.equal(error.direction, 'response');
      assert.deepEqual(error.issues.map((issue) => issue.path.join('.')), ['items.1.startsAt']);
      return true;
    });
  });

  it('raises NgoValidationError (response) when a success is not JSON', async () => {
    const client = clientOf(mockApi(), { fetch: async () => new Response('<html>proxy</html>', { status: 200 }) });
    await assert.rejects(client.events.list(), (error: unknown) => error instanceof NgoValidationError && error.direction === 'response');
  });
});
