import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyData, seededRandom, type Faults } from '@ngo-kit/mock-server';
import { testServer } from './support.js';

const idea = { title: 'Weekend events', body: 'Some of us work on weekdays.', category: 'events', anonymous: true };

function titles(store: ReturnType<typeof testServer>['store']): string[] {
  return store.read().suggestions.map((suggestion) => suggestion.title);
}

describe('faults', () => {
  it('fails a request before doing anything with failRate: nothing is applied', async () => {
    const { call, store } = testServer({ data: emptyData(), faults: { failRate: 1 } });
    const answer = await call('POST', '/v1/suggestions', { body: idea, headers: { 'idempotency-key': 'key-1' } });
    assert.equal(answer.status, 500);
    assert.equal(answer.body.error.code, 'internal_error');
    assert.deepEqual(titles(store), []);
  });

  it('applies a write and loses its answer with lostAnswerRate; a repeat with the same key gets the kept answer, once', async () => {
    const faults: Faults = { lostAnswerRate: 1 };
    const { call, store } = testServer({ data: emptyData(), faults });
    const lost = await call('POST', '/v1/suggestions', { body: idea, headers: { 'idempotency-key': 'key-2' } });
    assert.equal(lost.status, 500);
    assert.deepEqual(titles(store), ['Weekend events'], 'the write was applied although its answer was a 500');
    faults.lostAnswerRate = 0;
    const repeat = await call('POST', '/v1/suggestions', { body: idea, headers: { 'idempotency-key': 'key-2' } });
    assert.equal(repeat.status, 201);
    assert.equal(repeat.headers.get('idempotent-replayed'), 'true');
    assert.equal(repeat.body.id, store.read().suggestions[0]?.id);
    assert.deepEqual(titles(store), ['Weekend events'], 'the repeat was not applied again');
  });

  it('never loses the answer of a read or of a refused write', async () => {
    const { call, store } = testServer({ data: emptyData(), faults: { lostAnswerRate: 1 } });
    assert.equal((await call('GET', '/v1/suggestions')).status, 200);
    assert.equal((await call('POST', '/v1/suggestions', { body: { ...idea, title: '' } })).status, 400);
    assert.deepEqual(titles(store), []);
  });

  it('fails the same requests of a sequence for the same seed', async () => {
    async function statuses(seed: number): Promise<number[]> {
      const { call } = testServer({ data: emptyData(), faults: { failRate: 0.3, lostAnswerRate: 0.2 }, random: seededRandom(seed) });
      const seen: number[] = [];
      for (let index = 0; index < 40; index++) {
        seen.push((await call('POST', '/v1/suggestions', { body: { ...idea, title: `Idea ${index}` } })).status);
      }
      return seen;
    }
    const first = await statuses(7);
    assert.deepEqual(await statuses(7), first);
    assert.notDeepEqual(await statuses(8), first);
    assert.ok(first.includes(500) && first.includes(201), `both outcomes happen: ${first.join(' ')}`);
  });

  it('adds up to jitterMs of random latency to each answer', async () => {
    let drawn = 0;
    const random = () => {
      drawn += 1;
      return 0.5;
    };
    const { call } = testServer({ data: emptyData(), faults: { jitterMs: 2 }, random });
    assert.equal((await call('GET', '/v1/suggestions')).status, 200);
    assert.equal(drawn, 2, 'one draw for the latency, one for failRate');
  });
});
