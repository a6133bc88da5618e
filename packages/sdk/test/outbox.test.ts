import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createClient,
  isNgoApiError,
  isNgoNetworkError,
  memoryStorage,
  NgoValidationError,
  type ClientOptions,
  type OutboxFailedEvent,
  type OutboxSentEvent,
} from '@ngo-kit/sdk';
import { Outbox } from '../src/outbox/outbox.js';
import { fakeWriteServer, seededRandom } from './fake-write-server.js';
import { BASE_URL, hang, instantSleep } from './support.js';

const person = (name: string) => ({ name, email: 'someone@example.org', role: 'attendee', consent: true }) as const;

function clientOf(server: ReturnType<typeof fakeWriteServer>, options: Partial<ClientOptions> = {}) {
  const { sleep } = instantSleep();
  return createClient({ baseUrl: BASE_URL, publishableKey: 'pk_test', fetch: server.fetch, retry: { sleep }, ...options });
}

/** The outbox's events, by type, in the order they came. */
function recordEvents(outbox: EventTarget) {
  const events: Event[] = [];
  for (const type of ['change', 'sent', 'failed', 'drained']) outbox.addEventListener(type, (event) => events.push(event));
  return { events, types: () => events.map((event) => event.type) };
}

describe('the outbox', () => {
  it('keeps writes made offline, keeps them across a reload, and sends each once when back online', async () => {
    const server = fakeWriteServer();
    const storage = memoryStorage();
    server.state.online = false;
    const before = clientOf(server, { storage });

    const outboxIds: string[] = [];
    for (const name of ['Ada', 'Grace', 'Hedy']) {
      await assert.rejects(before.events.register('evt_001', person(name)), (error: unknown) => {
        assert.ok(isNgoNetworkError(error));
        assert.ok(error.outboxId);
        outboxIds.push(error.outboxId);
        return true;
      });
    }
    assert.deepEqual(before.outbox.pending.map((entry) => entry.id), outboxIds);
    assert.deepEqual(before.outbox.pending.map((entry) => JSON.parse(entry.body!).name), ['Ada', 'Grace', 'Hedy']);
    assert.equal(new Set(server.sent.map((request) => request.key)).size, 3, 'each write kept one key over its three attempts');

    // A reload: a new client on the same storage tries at once, while still offline.
    const after = clientOf(server, { storage });
    assert.equal(after.outbox.pending.length, 3);
    assert.deepEqual(await after.outbox.flush(), { sent: 0, failed: 0, pending: 3 });
    assert.equal(after.outbox.pending[0]!.attempts, 2, 'tried on creation and by this flush');
    assert.match(after.outbox.pending[0]!.lastError!, /could not reach the server/);

    server.state.online = true;
    const recorded = recordEvents(after.outbox);
    assert.deepEqual(await after.outbox.flush(), { sent: 3, failed: 0, pending: 0 });
    assert.deepEqual(server.applied.map((write) => write.key), outboxIds);
    assert.deepEqual(server.applied.map((write) => write.body['name']), ['Ada', 'Grace', 'Hedy']);
    assert.deepEqual(recorded.types(), ['change', 'sent', 'change', 'sent', 'change', 'sent', 'drained']);
    const sent = recorded.events.filter((event): event is OutboxSentEvent => event.type === 'sent');
    assert.deepEqual(sent.map((event) => (event.result as { id: string }).id), ['reg_000001', 'reg_000002', 'reg_000003']);

    assert.deepEqual(await after.outbox.flush(), { sent: 0, failed: 0, pending: 0 });
    assert.equal(server.applied.length, 3);
  });

  it('drops a kept write that the server refuses for good, reports it, and sends the rest', async () => {
    const server = fakeWriteServer({ statusFor: (body) => (body['name'] === 'Late' ? 409 : 201) });
    server.state.online = false;
    const client = clientOf(server);
    await assert.rejects(client.events.register('evt_001', person('Late')));
    await assert.rejects(client.events.register('evt_001', person('Early')));
    server.state.online = true;
    const recorded = recordEvents(client.outbox);
    assert.deepEqual(await client.outbox.flush(), { sent: 1, failed: 1, pending: 0 });
    const [failed] = recorded.events.filter((event): event is OutboxFailedEvent => event.type === 'failed');
    assert.ok(isNgoApiError(failed!.error));
    assert.equal(failed!.error.code, 'conflict');
    assert.equal(JSON.parse(failed!.entry.body!).name, 'Late');
    assert.deepEqual(recorded.types(), ['change', 'failed', 'change', 'sent', 'drained']);
  });

  it('keeps a write that met a server failure or a rate limit, with the API error', async () => {
    const server = fakeWriteServer({ failRate: 1, random: () => 0.6 });
    const client = clientOf(server);
    await assert.rejects(client.events.register('evt_001', person('Ada')), (error: unknown) => {
      assert.ok(isNgoApiError(error));
      assert.equal(error.status, 500);
      assert.equal(error.outboxId, client.outbox.pending[0]?.id);
      return true;
    });
    assert.deepEqual(await client.outbox.flush(), { sent: 0, failed: 0, pending: 1 });
  });

  it('keeps a write whose attempts all timed out', async () => {
    const client = createClient({
      baseUrl: BASE_URL,
      publishableKey: 'pk_test',
      timeout: 10,
      retry: { limit: 1, sleep: instantSleep().sleep },
      fetch: (input, init) => hang(new Request(input, init)),
    });
    await assert.rejects(client.events.register('evt_001', person('Ada')), (error: unknown) => {
      assert.ok(isNgoNetworkError(error));
      assert.equal(error.timedOut, true);
      assert.ok(error.outboxId);
      return true;
    });
    assert.equal(client.outbox.pending.length, 1);
  });

  it('keeps nothing the caller cancelled or the SDK refused before sending', async () => {
    const server = fakeWriteServer();
    server.state.online = false;
    const client = clientOf(server);
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(client.events.register('evt_001', person('Ada'), { signal: controller.signal }), { name: 'AbortError' });
    await assert.rejects(
      client.events.register('evt_001', { ...person('Ada'), email: 'not an address' }),
      (error: unknown) => error instanceof NgoValidationError,
    );
    assert.deepEqual(client.outbox.pending, []);
  });

  it('says so when storage refuses the write: no outboxId', async () => {
    const server = fakeWriteServer();
    server.state.online = false;
    const full = { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } };
    const client = clientOf(server, { storage: full });
    await assert.rejects(client.events.register('evt_001', person('Ada')), (error: unknown) => {
      assert.ok(isNgoNetworkError(error));
      assert.equal(error.outboxId, undefined);
      return true;
    });
  });

  it('sends what it kept after any request succeeds', async () => {
    const server = fakeWriteServer();
    server.state.online = false;
    const client = clientOf(server);
    await assert.rejects(client.events.register('evt_001', person('Ada')));
    server.state.online = true;
    const drained = new Promise((resolve) => client.outbox.addEventListener('drained', resolve, { once: true }));
    await client.events.register('evt_002', person('Grace'));
    await drained;
    assert.deepEqual(server.applied.map((write) => write.body['name']).sort(), ['Ada', 'Grace']);
  });

  it('keeps one outbox per API and key', async () => {
    const server = fakeWriteServer();
    server.state.online = false;
    const storage = memoryStorage();
    await assert.rejects(clientOf(server, { storage }).events.register('evt_001', person('Ada')));
    assert.equal(clientOf(server, { storage, publishableKey: 'pk_other' }).outbox.pending.length, 0);
    assert.equal(clientOf(server, { storage, baseUrl: 'http://elsewhere.test' }).outbox.pending.length, 0);
    assert.equal(clientOf(server, { storage }).outbox.pending.length, 1);
  });

  it('flushes when the browser says it is online again', async () => {
    const delivered: string[] = [];
    const connectivity = new EventTarget();
    const outbox = new Outbox({
      storage: memoryStorage(),
      key: 'test',
      deliver: async (entry) => void delivered.push(entry.id),
      connectivity,
    });
    outbox.keep({ id: 'k1', method: 'POST', path: 'v1/suggestions', invalidates: [], createdAt: '2026-11-23T09:00:00Z', attempts: 0 });
    const drained = new Promise((resolve) => outbox.addEventListener('drained', resolve, { once: true }));
    connectivity.dispatchEvent(new Event('online'));
    await drained;
    assert.deepEqual(delivered, ['k1']);
  });

  it('runs a flush asked for during a flush after it, so that later writes are sent too', async () => {
    const delivered: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const outbox = new Outbox({
      storage: memoryStorage(),
      key: 'test',
      deliver: async (entry) => {
        await gate;
        delivered.push(entry.id);
      },
    });
    const entry = (id: string) => ({ id, method: 'POST', path: 'v1/suggestions', invalidates: [], createdAt: '2026-11-23T09:00:00Z', attempts: 0 }) as const;
    outbox.keep(entry('first'));
    const running = outbox.flush();
    outbox.keep(entry('second'));
    const following = outbox.flush();
    assert.equal(outbox.flush(), following, 'asking again joins the flush that follows');
    release();
    assert.deepEqual(await running, { sent: 1, failed: 0, pending: 1 });
    assert.deepEqual(await following, { sent: 1, failed: 0, pending: 0 });
    assert.deepEqual(delivered, ['first', 'second']);
  });
});

describe('the outbox under faults', () => {
  it('with 30 % of requests failing and random latency, 500 submissions all arrive exactly once', async () => {
    const random = seededRandom(20261123);
    const server = fakeWriteServer({ failRate: 0.3, random, maxLatencyMs: 3 });
    const client = clientOf(server, { retry: { sleep: instantSleep().sleep, random } });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 500 }, (_, index) => client.events.register('evt_001', person(`Person ${index}`))),
    );
    const rejected = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as { outboxId?: string }] : []));
    assert.ok(rejected.length > 0, 'some writes failed every attempt and were kept');
    assert.ok(rejected.every((error) => typeof error.outboxId === 'string'), 'every failed write was kept');

    for (let round = 0; client.outbox.pending.length > 0; round += 1) {
      assert.ok(round < 1000, 'the outbox drains');
      await client.outbox.flush();
    }
    const names = server.applied.map((write) => write.body['name']);
    assert.equal(server.applied.length, 500);
    assert.equal(new Set(names).size, 500);
    assert.equal(new Set(server.applied.map((write) => write.key)).size, 500);
    assert.ok(server.faults['lost-answer'] > 0 && server.state.replays > 0, 'answers were lost after the write applied, and replayed');
  });
});
