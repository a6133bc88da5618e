import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, isNgoApiError } from '@ngo-kit/sdk';
import { adaLovelace, BASE_URL, mockApi } from './support.js';

const idea = { body: 'Many of us work on weekdays.', category: 'events' } as const;

/** The real mock server with one signed-in member, Ada, and a client holding her token. */
function signedIn() {
  const api = mockApi();
  api.store.write((data) => {
    data.members.push(adaLovelace());
    data.sessions.push({ token: 'mt_ada', memberId: 'mem_ada', createdAt: '2026-11-01T00:00:00Z', expiresAt: '2027-11-01T00:00:00Z' });
  });
  const client = createClient({ baseUrl: BASE_URL, publishableKey: 'pk_test', memberToken: 'mt_ada', fetch: api.fetch, cache: false });
  return { api, client };
}

describe('client.suggestions.mine', () => {
  it('lists the member’s own signed suggestions, waiting for moderation too, never the anonymous one', async () => {
    const { api, client } = signedIn();
    const first = await client.suggestions.create({ ...idea, title: 'Weekend events', anonymous: false });
    await client.suggestions.create({ ...idea, title: 'Sent anonymously', anonymous: true });
    const second = await client.suggestions.create({ ...idea, title: 'Evening events', anonymous: false });

    const page = await client.suggestions.mine();
    assert.deepEqual(
      page.items.map((mine) => [mine.id, mine.title, mine.authorName, mine.listed, mine.status, mine.votes, mine.staffReply]),
      [
        [second.id, 'Evening events', 'Ada Lovelace', false, 'new', 0, null],
        [first.id, 'Weekend events', 'Ada Lovelace', false, 'new', 0, null],
      ],
    );
    assert.ok(page.items[0]!.createdAt instanceof Date);
    assert.equal(page.nextCursor, null);
    assert.equal(api.seen.at(-1)!.headers.get('authorization'), 'Bearer mt_ada');
  });

  it('pages with limit and cursor: iterateMine reads every page', async () => {
    const { api, client } = signedIn();
    for (const title of ['First idea', 'Second idea', 'Third idea']) await client.suggestions.create({ ...idea, title, anonymous: false });
    const titles: string[] = [];
    for await (const mine of client.suggestions.iterateMine({ limit: 2 })) titles.push(mine.title);
    assert.deepEqual(titles, ['Third idea', 'Second idea', 'First idea']);
    assert.deepEqual(
      api.seen.filter((request) => request.method === 'GET').map((request) => new URL(request.url).searchParams.get('limit')),
      ['2', '2'],
    );
  });

  it('is a 401 NgoApiError without a member token', async () => {
    const { client } = signedIn();
    client.setMemberToken(null);
    const error = await client.suggestions.mine().catch((caught: unknown) => caught);
    assert.ok(isNgoApiError(error));
    assert.deepEqual([error.status, error.code], [401, 'unauthorized']);
  });
});
