import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, isNgoApiError, isNgoNetworkError, memoryStorage } from '@ngo-kit/sdk';
import { seededRandom } from './fake-write-server.js';
import { BASE_URL, instantSleep, mockApi } from './support.js';

const SUBMISSIONS = 500;

describe('the outbox against the real mock server', () => {
  it(`delivers ${SUBMISSIONS} submissions exactly once through 30 % failures, lost answers and random latency`, async () => {
    const random = seededRandom(20261123);
    // 20 % of requests fail with a 500 before the server does anything.
    const api = mockApi({ faults: { failRate: 0.2 }, random });
    // Random latency, so that requests overtake each other.
    api.before(async () => {
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 3)));
      return undefined;
    });
    // Another 10 % of writes: the server applies them, then the connection drops before the answer arrives.
    const dropped = new Set<number>();
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const index = api.seen.length;
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      const response = await api.fetch(input, init);
      if (method !== 'GET' && random() < 0.1) {
        dropped.add(index);
        throw new TypeError('fetch failed: connection reset');
      }
      return response;
    };
    const { sleep } = instantSleep();
    const storage = memoryStorage();
    const client = createClient({ baseUrl: BASE_URL, publishableKey: 'pk_test', fetch, storage, retry: { sleep, limit: 1 } });

    let delivered = 0;
    let kept = 0;
    await Promise.all(
      Array.from({ length: SUBMISSIONS }, async (_, index) => {
        const input = { title: `Suggestion ${index}`, body: 'Kept through every failure.', category: 'other', anonymous: true } as const;
        try {
          await client.suggestions.create(input);
          delivered++;
        } catch (error) {
          assert.ok(isNgoNetworkError(error) || isNgoApiError(error), String(error));
          assert.ok(error.outboxId, `submission ${index} was neither delivered nor kept: ${String(error)}`);
          kept++;
        }
      }),
    );
    assert.equal(delivered + kept, SUBMISSIONS);
    assert.ok(kept > 0, 'the faults were strong enough to send some writes to the outbox');

    for (let round = 0; round < 50 && client.outbox.pending.length > 0; round++) await client.outbox.flush();
    assert.equal(client.outbox.pending.length, 0, 'the outbox drained');

    const titles = api.store.read().suggestions.map((suggestion) => suggestion.title);
    assert.equal(titles.length, SUBMISSIONS, 'every submission arrived, none twice');
    assert.equal(new Set(titles).size, SUBMISSIONS);
    assert.ok(dropped.size > 0 && api.statuses.includes(500), 'both kinds of failure happened');
  });
});
