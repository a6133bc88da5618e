import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '@ngo-kit/sdk';
import { BASE_URL, mockApi, someEvents } from './support.js';

describe('pagination', () => {
  const clientOf = (api: ReturnType<typeof mockApi>) =>
    createClient({ baseUrl: BASE_URL, publishableKey: 'pk_test', fetch: api.fetch, cache: false });

  it('list answers one page and its nextCursor', async () => {
    const api = mockApi({ events: someEvents(5) });
    const first = await clientOf(api).events.list({ limit: 2 });
    assert.deepEqual(first.items.map((event) => event.id), ['evt_001', 'evt_002']);
    assert.equal(typeof first.nextCursor, 'string');
    const second = await clientOf(api).events.list({ limit: 2, cursor: first.nextCursor! });
    const last = await clientOf(api).events.list({ limit: 2, cursor: second.nextCursor! });
    assert.deepEqual(last.items.map((event) => event.id), ['evt_005']);
    assert.equal(last.nextCursor, null);
  });

  it('iterate walks every page with for await, keeping the filters', async () => {
    const api = mockApi({ events: someEvents(7) });
    const ids: string[] = [];
    for await (const event of clientOf(api).events.iterate({ limit: 3, tag: 'test' })) ids.push(event.id);
    assert.deepEqual(ids, someEvents(7).map((event) => event.id));
    assert.equal(api.seen.length, 3);
    assert.ok(api.seen.every((request) => new URL(request.url).searchParams.get('tag') === 'test'));
  });

  it('stops asking when the loop stops', async () => {
    const api = mockApi({ events: someEvents(7) });
    let count = 0;
    for await (const _event of clientOf(api).events.iterate({ limit: 2 })) if (++count === 3) break;
    assert.equal(api.seen.length, 2);
  });

  it('ends after one request on an empty list', async () => {
    const api = mockApi({ events: [] });
    for await (const _event of clientOf(api).events.iterate()) assert.fail('no events');
    assert.equal(api.seen.length, 1);
  });
});
