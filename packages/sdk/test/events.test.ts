import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { after, before, describe, it } from 'node:test';
import { createHandler, type Faults } from '@ngo-kit/mock-server';
import { serve, type RunningServer } from '@ngo-kit/mock-server/node';
import {
  createClient,
  EVENT_PAGE_MAX,
  isNgoApiError,
  isNgoNetworkError,
  isNgoValidationError,
  NgoApiError,
  NgoNetworkError,
  NgoValidationError,
} from '@ngo-kit/sdk';

describe('client.events.list against the mock server', () => {
  const faults: Faults = {};
  let server: RunningServer;
  before(async () => {
    server = await serve(createHandler({ faults }));
  });
  after(() => server.close());

  const client = () => createClient({ baseUrl: server.url, publishableKey: 'pk_test_sdk', retry: 0 });

  it('parses events, with timestamps as Dates', async () => {
    const { items, nextCursor } = await client().events.list({ limit: 100 });
    assert.ok(items.length >= 5);
    assert.equal(nextCursor, null);
    const exchange = items.find((event) => event.title === 'Quarterly exchange meeting: winter');
    assert.ok(exchange);
    assert.ok(exchange.startsAt instanceof Date);
    assert.equal(exchange.startsAt.toISOString(), '2026-12-12T13:00:00.000Z');
    assert.equal(exchange.timeZone, 'Europe/Berlin');
  });

  it('sends filters in their wire form', async () => {
    const { items } = await client().events.list({
      from: new Date('2027-01-01T00:00:00Z'),
      to: new Date('2027-04-01T00:00:00Z'),
      limit: 1,
    });
    assert.deepEqual(items.map((event) => event.title), ['New volunteer onboarding (online)']);
  });

  it('asks for pages of up to EVENT_PAGE_MAX (500) events: a month calendar needs all of its weeks', async () => {
    assert.equal(EVENT_PAGE_MAX, 500);
    const { items, nextCursor } = await client().events.list({ limit: EVENT_PAGE_MAX });
    assert.ok(items.length >= 5);
    assert.equal(nextCursor, null);
  });

  it('refuses bad input before sending, with field errors', async () => {
    await assert.rejects(client().events.list({ limit: EVENT_PAGE_MAX + 1 }), (error: unknown) => {
      assert.ok(error instanceof NgoValidationError);
      assert.equal(error.direction, 'request');
      assert.deepEqual(Object.keys(error.fieldErrors), ['limit']);
      return true;
    });
  });

  it('turns an error answer into NgoApiError naming method and URL', async () => {
    faults.failRate = 1;
    try {
      await assert.rejects(client().events.list({ kind: 'online' }), (error: unknown) => {
        assert.ok(error instanceof NgoApiError);
        assert.equal(error.status, 500);
        assert.equal(error.code, 'internal_error');
        assert.match(error.message, /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/events\?kind=online failed with 500/);
        return true;
      });
    } finally {
      faults.failRate = 0;
    }
  });

  it('carries the field errors of a 400', async () => {
    // The SDK refuses such a limit itself, so the bad value is put in on the wire.
    const tampering = createClient({
      baseUrl: server.url,
      publishableKey: 'pk_test_sdk',
      fetch: (input, init) => {
        const request = new Request(input, init);
        return fetch(new Request(request.url.replace('limit=5', 'limit=abc'), request));
      },
    });
    await assert.rejects(tampering.events.list({ limit: 5 }), (error: unknown) => {
      assert.ok(isNgoApiError(error));
      assert.equal(error.code, 'validation_failed');
      assert.ok(error.fieldErrors['limit']?.length);
      return true;
    });
  });

  it('retries a failed read and then succeeds', async () => {
    let calls = 0;
    const flaky = createClient({
      baseUrl: server.url,
      publishableKey: 'pk_test_sdk',
      retry: { limit: 2, sleep: async () => undefined },
      fetch: async (input, init) => {
        calls += 1;
        const request = new Request(input, init);
        if (calls === 1) request.headers.set('prefer', 'scenario=failing');
        return fetch(request);
      },
    });
    const { items } = await flaky.events.list();
    assert.ok(items.length > 0);
    assert.equal(calls, 2);
  });

  it('cancels when its signal aborts', async () => {
    faults.latencyMs = 5_000;
    try {
      const controller = new AbortController();
      const pending = client().events.list({}, { signal: controller.signal });
      controller.abort();
      await assert.rejects(pending, { name: 'AbortError' });
    } finally {
      faults.latencyMs = 0;
    }
  });
});

describe('client errors without a server', () => {
  it('raises NgoNetworkError with the cause when nothing answers', async () => {
    const closed = await serve(createHandler());
    await closed.close();
    const client = createClient({ baseUrl: closed.url, publishableKey: 'pk_test', retry: 0 });
    await assert.rejects(client.events.list(), (error: unknown) => {
      assert.ok(error instanceof NgoNetworkError);
      assert.equal(error.timedOut, false);
      assert.ok(error.cause);
      return true;
    });
  });

  it('raises NgoNetworkError marked timedOut after the timeout', async () => {
    const hanging = createClient({
      baseUrl: 'http://mock.test',
      publishableKey: 'pk_test',
      retry: 0,
      timeout: 50,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    });
    await assert.rejects(hanging.events.list(), (error: unknown) => isNgoNetworkError(error) && error.timedOut);
  });

  it('times out a server that sends its headers and then stalls in the body', async () => {
    const stalling = createClient({
      baseUrl: 'http://mock.test',
      publishableKey: 'pk_test',
      retry: 0,
      timeout: 50,
      fetch: (_input, init) => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"items": ['));
            init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
          },
        });
        return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
      },
    });
    await assert.rejects(stalling.events.list(), (error: unknown) => isNgoNetworkError(error) && error.timedOut);
  });

  it('raises NgoValidationError with the zod issues when a response breaks the contract', async () => {
    const broken = createClient({
      baseUrl: 'http://mock.test',
      publishableKey: 'pk_test',
      fetch: async () => Response.json({ items: [{ id: 1, title: 'No dates' }], nextCursor: null }),
    });
    await assert.rejects(broken.events.list(), (error: unknown) => {
      assert.ok(isNgoValidationError(error));
      assert.equal(error.direction, 'response');
      assert.ok(error.issues.some((issue) => issue.path.join('.') === 'items.0.startsAt'));
      return true;
    });
  });

  it('recognises errors from another realm by name', () => {
    const foreign: unknown = runInNewContext('(() => { const e = new Error("x"); e.name = "NgoApiError"; return e; })()');
    assert.equal(foreign instanceof Error, false);
    assert.equal(isNgoApiError(foreign), true);
    assert.equal(isNgoNetworkError(foreign), false);
    assert.equal(isNgoApiError({ name: 'Other' }), false);
    assert.equal(isNgoApiError(null), false);
  });
});
