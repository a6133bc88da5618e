import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyData, type SuggestionRecord } from '@ngo-kit/mock-server';
import { SUGGESTION_STATUSES } from '@ngo-kit/sdk/schemas';
import { addMember, addVolunteer, SECRET, testServer, type Answer } from './support.js';

const TOKEN_A = 'browser-token-aaaaaaaa';
const TOKEN_B = 'browser-token-bbbbbbbb';

function stored(id: string, overrides: Partial<SuggestionRecord> = {}): SuggestionRecord {
  return {
    id,
    title: `Suggestion ${id}`,
    body: 'Text.',
    category: 'events',
    status: 'new',
    authorName: null,
    authorMemberId: null,
    contactEmail: null,
    staffReply: null,
    hidden: false,
    createdAt: '2026-10-01T10:00:00Z',
    updatedAt: '2026-10-01T10:00:00Z',
    ...overrides,
  };
}

/** Three listed suggestions with 1, 3 and 0 votes, one hidden one with 5; Lin is a member. */
function fixture() {
  const data = emptyData();
  const lin = addVolunteer(data, { id: 'mem_lin', name: 'Lin Mei', email: 'lin.mei@example.org' });
  data.suggestions.push(
    stored('sug_old', { createdAt: '2026-09-01T10:00:00Z', status: 'done', category: 'website' }),
    stored('sug_popular', { createdAt: '2026-10-01T10:00:00Z', status: 'planned' }),
    stored('sug_new', { createdAt: '2026-11-01T10:00:00Z' }),
    stored('sug_spam', { createdAt: '2026-11-02T10:00:00Z', hidden: true, title: 'Buy cheap watches' }),
  );
  const vote = (suggestionId: string, voter: string) => data.votes.push({ suggestionId, voter, at: '2026-11-05T10:00:00Z' });
  vote('sug_old', 'browser:x1');
  for (const voter of ['browser:x1', 'browser:x2', 'member:mem_other']) vote('sug_popular', voter);
  for (let index = 0; index < 5; index++) vote('sug_spam', `browser:bot${index}`);
  return { data, lin };
}

const ids = (answer: Answer): string[] => answer.body.items.map((item: { id: string }) => item.id);

const idea = { title: 'Weekend events', body: 'Many of us work on weekdays.', category: 'events' };

describe('GET /v1/suggestions', () => {
  it('lists the public suggestions newest first with votes counted from the votes, never a hidden one', async () => {
    const { call } = testServer({ data: fixture().data });
    const answer = await call('GET', '/v1/suggestions');
    assert.equal(answer.status, 200);
    assert.deepEqual(ids(answer), ['sug_new', 'sug_popular', 'sug_old']);
    assert.deepEqual(answer.body.items.map((item: { votes: number }) => item.votes), [0, 3, 1]);
    assert.deepEqual(Object.keys(answer.body.items[0]).sort(), [
      'authorName',
      'body',
      'category',
      'createdAt',
      'id',
      'listed',
      'staffReply',
      'status',
      'title',
      'votes',
    ]);
    for (const as of [SECRET, 'pk_other']) assert.ok(!ids(await call('GET', '/v1/suggestions', { as })).includes('sug_spam'));
  });

  it('sorts by votes, then newest', async () => {
    const { data } = fixture();
    data.votes.push({ suggestionId: 'sug_new', voter: 'browser:y', at: '2026-11-05T10:00:00Z' });
    const { call } = testServer({ data });
    assert.deepEqual(ids(await call('GET', '/v1/suggestions?sort=votes')), ['sug_popular', 'sug_new', 'sug_old']);
    assert.deepEqual(ids(await call('GET', '/v1/suggestions?sort=recent')), ['sug_new', 'sug_popular', 'sug_old']);
  });

  it('filters by status and category, page by page', async () => {
    const { call } = testServer({ data: fixture().data });
    assert.deepEqual(ids(await call('GET', '/v1/suggestions?status=planned')), ['sug_popular']);
    assert.deepEqual(ids(await call('GET', '/v1/suggestions?category=website')), ['sug_old']);
    assert.deepEqual(ids(await call('GET', '/v1/suggestions?status=declined')), []);
    const first = await call('GET', '/v1/suggestions?limit=2');
    assert.deepEqual(ids(first), ['sug_new', 'sug_popular']);
    const second = await call('GET', `/v1/suggestions?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    assert.deepEqual([ids(second), second.body.nextCursor], [['sug_old'], null]);
  });

  it('refuses unknown filters', async () => {
    const { call } = testServer({ data: fixture().data });
    const answer = await call('GET', '/v1/suggestions?status=open&category=food&sort=loud&limit=1000');
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors).sort(), ['category', 'limit', 'sort', 'status']);
  });

  it('needs a key', async () => {
    const { call } = testServer({ data: fixture().data });
    assert.equal((await call('GET', '/v1/suggestions', { as: null })).status, 401);
  });
});

describe('POST /v1/suggestions', () => {
  it('shows a member’s own name on a signed suggestion', async () => {
    const { data, lin } = fixture();
    const { call, store } = testServer({ data });
    const answer = await call('POST', '/v1/suggestions', { as: lin, body: { ...idea, title: '  Weekend events  ', anonymous: false } });
    assert.equal(answer.status, 201);
    assert.deepEqual(answer.body, {
      id: 'sug_000001',
      title: 'Weekend events',
      body: idea.body,
      category: 'events',
      status: 'new',
      votes: 0,
      authorName: 'Lin Mei',
      staffReply: null,
      listed: false,
      createdAt: '2026-11-23T09:00:00.000Z',
    });
    const record = store.read().suggestions.at(-1);
    assert.deepEqual([record?.authorMemberId, record?.contactEmail, record?.hidden], ['mem_lin', null, true]);
  });

  it('keeps a new suggestion out of the public list and out of votes until a moderator publishes it', async () => {
    const { call } = testServer({ data: fixture().data });
    const created = await call('POST', '/v1/suggestions', { body: { ...idea, anonymous: true } });
    assert.deepEqual([created.status, created.body.listed], [201, false]);
    assert.deepEqual(ids(await call('GET', '/v1/suggestions')), ['sug_new', 'sug_popular', 'sug_old']);
    const early = await call('POST', `/v1/suggestions/${created.body.id}/votes`, { body: { voterToken: TOKEN_A } });
    assert.equal(early.status, 404);

    const published = await call('PATCH', `/v1/suggestions/${created.body.id}`, { as: SECRET, body: { hidden: false } });
    assert.deepEqual([published.status, published.body.listed, published.body.status], [200, true, 'new']);
    assert.deepEqual(ids(await call('GET', '/v1/suggestions')), [created.body.id, 'sug_new', 'sug_popular', 'sug_old']);
    const vote = await call('POST', `/v1/suggestions/${created.body.id}/votes`, { body: { voterToken: TOKEN_A } });
    assert.deepEqual([vote.status, vote.body.votes], [201, 1]);
  });

  it('takes a name and a contact e-mail from someone not signed in, and shows only the name', async () => {
    const { call, store } = testServer({ data: fixture().data });
    const answer = await call('POST', '/v1/suggestions', {
      body: { ...idea, anonymous: false, name: 'Sam', contactEmail: 'sam@example.org' },
    });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.authorName, 'Sam');
    assert.ok(!answer.text.includes('sam@example.org'));
    const record = store.read().suggestions.at(-1);
    assert.deepEqual([record?.authorName, record?.authorMemberId, record?.contactEmail], ['Sam', null, 'sam@example.org']);
    const nameless = await call('POST', '/v1/suggestions', { body: { ...idea, anonymous: false } });
    assert.equal(nameless.body.authorName, null);
  });

  it('stores nothing that could name the author of an anonymous suggestion', async () => {
    const { data, lin } = fixture();
    const { call, store } = testServer({ data });
    const answer = await call('POST', '/v1/suggestions', { as: lin, body: { ...idea, anonymous: true } });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.authorName, null);
    const record = store.read().suggestions.at(-1);
    assert.deepEqual([record?.authorName, record?.authorMemberId, record?.contactEmail], [null, null, null]);
  });

  it('refuses a name or an e-mail sent with an anonymous suggestion, storing nothing', async () => {
    const { call, store } = testServer({ data: fixture().data });
    const answer = await call('POST', '/v1/suggestions', {
      body: { ...idea, anonymous: true, name: 'Sam', contactEmail: 'sam@example.org' },
    });
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors).sort(), ['contactEmail', 'name']);
    assert.equal(store.read().suggestions.length, 4);
  });

  it('refuses a second name from a signed-in member', async () => {
    const { data, lin } = fixture();
    const { call, store } = testServer({ data });
    const answer = await call('POST', '/v1/suggestions', { as: lin, body: { ...idea, anonymous: false, name: 'Someone else' } });
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors), ['name']);
    assert.equal(store.read().suggestions.length, 4);
  });

  it('validates the suggestion and catches a bot in the honeypot', async () => {
    const { call, store } = testServer({ data: fixture().data });
    const cases: [unknown, string[]][] = [
      [{ ...idea, title: 'Hi', anonymous: false }, ['title']],
      [{ ...idea, category: 'food', anonymous: false }, ['category']],
      [{ ...idea }, ['anonymous']],
      [{ ...idea, anonymous: false, contactEmail: 'not-an-address' }, ['contactEmail']],
      [{ ...idea, anonymous: false, website: 'http://spam.example' }, ['website']],
    ];
    for (const [body, fields] of cases) {
      const answer = await call('POST', '/v1/suggestions', { body });
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.deepEqual(Object.keys(answer.body.error.fieldErrors), fields, JSON.stringify(body));
    }
    assert.equal(store.read().suggestions.length, 4);
  });

  it('needs a key', async () => {
    const { call } = testServer({ data: fixture().data });
    assert.equal((await call('POST', '/v1/suggestions', { as: null, body: { ...idea, anonymous: true } })).status, 401);
  });
});

describe('an anonymous suggestion', () => {
  it('never reveals its author in any answer of any endpoint, staff ones included', async () => {
    const { data, lin } = fixture();
    const { call, store } = testServer({ data });
    const revealing = ['Lin Mei', 'lin.mei@example.org', 'mem_lin'];
    const answers: Answer[] = [];
    const created = await call('POST', '/v1/suggestions', { as: lin, body: { ...idea, anonymous: true } });
    answers.push(created);
    const path = `/v1/suggestions/${created.body.id}`;
    answers.push(await call('GET', '/v1/suggestions/inbox?listed=false', { as: SECRET }));
    answers.push(await call('PATCH', path, { as: SECRET, body: { hidden: false } }));
    answers.push(await call('POST', `${path}/votes`, { as: lin, body: {} }));
    answers.push(await call('POST', `${path}/votes`, { body: { voterToken: TOKEN_A } }));
    for (const status of SUGGESTION_STATUSES) {
      answers.push(await call('PATCH', path, { as: SECRET, body: { status, staffReply: `Now ${status}.` } }));
      for (const as of ['pk_test', lin, SECRET]) {
        answers.push(await call('GET', `/v1/suggestions?status=${status}`, { as }));
        answers.push(await call('GET', '/v1/suggestions?sort=votes', { as }));
      }
      answers.push(await call('GET', `/v1/suggestions/inbox?status=${status}`, { as: SECRET }));
    }
    answers.push(await call('PATCH', path, { as: SECRET, body: { hidden: true } }));
    const mine = await call('GET', '/v1/me/suggestions', { as: lin });
    assert.deepEqual(ids(mine), [], 'not even among the sender’s own');
    answers.push(mine);
    assert.equal(answers.length, 1 + 4 + SUGGESTION_STATUSES.length * 8 + 2);
    assert.ok(answers[1]!.body.items.some((item: { id: string }) => item.id === created.body.id), 'in the inbox');
    assert.ok(answers.every((answer) => answer.status < 300), JSON.stringify(answers.map((answer) => answer.status)));
    for (const answer of answers) {
      for (const secret of revealing) assert.ok(!answer.text.includes(secret), `${secret} in ${answer.text}`);
    }
    const record = store.read().suggestions.find((suggestion) => suggestion.id === created.body.id);
    const recordText = JSON.stringify(record);
    for (const secret of revealing) assert.ok(!recordText.includes(secret), `${secret} stored in ${recordText}`);
  });
});

describe('GET /v1/me/suggestions', () => {
  /** Lin's three signed suggestions (one listed with votes and a reply, one hidden, one older), and one of Jo's. */
  function mineFixture() {
    const { data, lin } = fixture();
    const jo = addMember(data, 'mem_jo', { name: 'Jo Park' });
    const newcomer = addMember(data, 'mem_new');
    const signed = { authorName: 'Lin Mei', authorMemberId: 'mem_lin' };
    data.suggestions.push(
      stored('sug_lin_old', { ...signed, createdAt: '2026-08-01T10:00:00Z', status: 'done', staffReply: 'Done in October.' }),
      stored('sug_lin_spam', { ...signed, createdAt: '2026-10-05T10:00:00Z', hidden: true }),
      stored('sug_lin_new', { ...signed, createdAt: '2026-11-10T10:00:00Z', status: 'under_review' }),
      stored('sug_jo', { authorName: 'Jo Park', authorMemberId: 'mem_jo', createdAt: '2026-11-11T10:00:00Z' }),
    );
    data.votes.push({ suggestionId: 'sug_lin_new', voter: 'member:mem_jo', at: '2026-11-12T10:00:00Z' });
    return { data, lin, jo, newcomer };
  }

  it('lists only the caller’s own signed suggestions, newest first, listed or not, with status, reply and votes', async () => {
    const { data, lin, jo, newcomer } = mineFixture();
    const { call } = testServer({ data });
    const answer = await call('GET', '/v1/me/suggestions', { as: lin });
    assert.equal(answer.status, 200);
    assert.deepEqual(ids(answer), ['sug_lin_new', 'sug_lin_spam', 'sug_lin_old']);
    assert.deepEqual(
      answer.body.items.map((item: Record<string, unknown>) => [item['status'], item['listed'], item['votes'], item['staffReply']]),
      [
        ['under_review', true, 1, null],
        ['new', false, 0, null],
        ['done', true, 0, 'Done in October.'],
      ],
    );
    assert.deepEqual(Object.keys(answer.body.items[0]).sort(), Object.keys((await call('GET', '/v1/suggestions')).body.items[0]).sort());
    assert.deepEqual(ids(await call('GET', '/v1/me/suggestions', { as: jo })), ['sug_jo']);
    assert.deepEqual(ids(await call('GET', '/v1/me/suggestions', { as: newcomer })), []);
  });

  it('shows a signed suggestion the member just sent, waiting for moderation, and never an anonymous one', async () => {
    const { data, lin } = mineFixture();
    const { call } = testServer({ data });
    const signed = await call('POST', '/v1/suggestions', { as: lin, body: { ...idea, anonymous: false } });
    const anonymous = await call('POST', '/v1/suggestions', { as: lin, body: { ...idea, title: 'Quietly', anonymous: true } });
    assert.deepEqual([signed.status, anonymous.status], [201, 201]);
    const answer = await call('GET', '/v1/me/suggestions', { as: lin });
    assert.deepEqual(ids(answer), [signed.body.id, 'sug_lin_new', 'sug_lin_spam', 'sug_lin_old']);
    assert.deepEqual([answer.body.items[0].listed, answer.body.items[0].authorName], [false, 'Lin Mei']);
    assert.ok(!answer.text.includes('Quietly'));
  });

  it('pages with limit and cursor, and refuses a bad one', async () => {
    const { data, lin } = mineFixture();
    const { call } = testServer({ data });
    const first = await call('GET', '/v1/me/suggestions?limit=2', { as: lin });
    assert.deepEqual(ids(first), ['sug_lin_new', 'sug_lin_spam']);
    const second = await call('GET', `/v1/me/suggestions?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, { as: lin });
    assert.deepEqual([ids(second), second.body.nextCursor], [['sug_lin_old'], null]);
    for (const [query, field] of [['limit=0', 'limit'], ['limit=101', 'limit'], ['cursor=nope', 'cursor']]) {
      const bad = await call('GET', `/v1/me/suggestions?${query}`, { as: lin });
      assert.deepEqual([bad.status, Object.keys(bad.body.error.fieldErrors)], [400, [field]], query);
    }
  });

  it('needs a member token: 401 with a publishable key or none, 403 with a secret key, in the error envelope', async () => {
    const { call } = testServer({ data: mineFixture().data });
    for (const [as, status, code] of [[null, 401, 'unauthorized'], ['pk_test', 401, 'unauthorized'], ['mt_unknown', 401, 'unauthorized'], [SECRET, 403, 'forbidden']] as const) {
      const answer = await call('GET', '/v1/me/suggestions', { as });
      assert.deepEqual([answer.status, answer.body.error.code], [status, code], String(as));
      assert.ok(!answer.text.includes('sug_lin'));
    }
  });
});

describe('POST /v1/suggestions/{id}/votes', () => {
  it('counts one vote per member and one per browser', async () => {
    const { data, lin } = fixture();
    const { call, store } = testServer({ data });
    const vote = (as: string, body: object) => call('POST', '/v1/suggestions/sug_new/votes', { as, body });
    const first = await vote(lin, {});
    assert.deepEqual([first.status, first.body], [201, { suggestionId: 'sug_new', votes: 1 }]);
    const again = await vote(lin, { voterToken: TOKEN_B });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'conflict');
    assert.deepEqual((await vote('pk_test', { voterToken: TOKEN_A })).body, { suggestionId: 'sug_new', votes: 2 });
    assert.equal((await vote('pk_other', { voterToken: TOKEN_A })).status, 409);
    assert.deepEqual((await vote('pk_test', { voterToken: TOKEN_B })).body.votes, 3);
    assert.deepEqual(
      store.read().votes.filter((record) => record.suggestionId === 'sug_new').map((record) => record.voter),
      ['member:mem_lin', `browser:${TOKEN_A}`, `browser:${TOKEN_B}`],
    );
    const listed = await call('GET', '/v1/suggestions');
    assert.equal(listed.body.items.find((item: { id: string }) => item.id === 'sug_new').votes, 3);
  });

  it('counts a vote sent 50 times at once once', async () => {
    const { call, store } = testServer({ data: fixture().data });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => call('POST', '/v1/suggestions/sug_new/votes', { body: { voterToken: TOKEN_A } })),
    );
    assert.equal(answers.filter((answer) => answer.status === 201).length, 1);
    assert.equal(answers.filter((answer) => answer.status === 409).length, 49);
    assert.equal(store.read().votes.filter((vote) => vote.suggestionId === 'sug_new').length, 1);
  });

  it('needs a member or a voter token', async () => {
    const { call, store } = testServer({ data: fixture().data });
    const anonymous = await call('POST', '/v1/suggestions/sug_new/votes', { body: {} });
    assert.equal(anonymous.status, 400);
    assert.deepEqual(Object.keys(anonymous.body.error.fieldErrors), ['voterToken']);
    const short = await call('POST', '/v1/suggestions/sug_new/votes', { body: { voterToken: 'short' } });
    assert.deepEqual([short.status, Object.keys(short.body.error.fieldErrors)], [400, ['voterToken']]);
    assert.equal((await call('POST', '/v1/suggestions/sug_new/votes')).status, 400);
    assert.equal(store.read().votes.length, 9);
  });

  it('is 404 for an unknown or a hidden suggestion', async () => {
    const { call } = testServer({ data: fixture().data });
    assert.equal((await call('POST', '/v1/suggestions/sug_nope/votes', { body: { voterToken: TOKEN_A } })).status, 404);
    assert.equal((await call('POST', '/v1/suggestions/sug_spam/votes', { body: { voterToken: TOKEN_A } })).status, 404);
  });

  it('needs a key', async () => {
    const { call } = testServer({ data: fixture().data });
    assert.equal((await call('POST', '/v1/suggestions/sug_new/votes', { as: null, body: { voterToken: TOKEN_A } })).status, 401);
  });
});

describe('DELETE /v1/suggestions/{id}/votes', () => {
  it('withdraws the vote of this member or browser only, and answers the count, also a second time', async () => {
    const { data, lin } = fixture();
    const { call, store } = testServer({ data });
    const path = '/v1/suggestions/sug_popular/votes';
    assert.deepEqual((await call('POST', path, { as: lin, body: {} })).body.votes, 4);
    assert.deepEqual((await call('POST', path, { body: { voterToken: TOKEN_A } })).body.votes, 5);

    const withdrawn = await call('DELETE', path, { as: lin, body: { voterToken: TOKEN_A } });
    assert.deepEqual([withdrawn.status, withdrawn.body], [200, { suggestionId: 'sug_popular', votes: 4 }]);
    const again = await call('DELETE', path, { as: lin, body: {} });
    assert.deepEqual([again.status, again.body.votes], [200, 4]);
    assert.deepEqual((await call('DELETE', path, { body: { voterToken: TOKEN_A } })).body.votes, 3);
    assert.deepEqual((await call('DELETE', path, { body: { voterToken: TOKEN_B } })).body.votes, 3);
    assert.deepEqual(
      store.read().votes.filter((vote) => vote.suggestionId === 'sug_popular').map((vote) => vote.voter),
      ['browser:x1', 'browser:x2', 'member:mem_other'],
    );
    assert.deepEqual((await call('POST', path, { body: { voterToken: TOKEN_A } })).body.votes, 4, 'a vote again after withdrawing');
  });

  it('needs a member or a voter token, and a listed suggestion', async () => {
    const { call } = testServer({ data: fixture().data });
    const nobody = await call('DELETE', '/v1/suggestions/sug_new/votes', { body: {} });
    assert.deepEqual([nobody.status, Object.keys(nobody.body.error.fieldErrors)], [400, ['voterToken']]);
    for (const id of ['sug_nope', 'sug_spam']) {
      assert.equal((await call('DELETE', `/v1/suggestions/${id}/votes`, { body: { voterToken: TOKEN_A } })).status, 404, id);
    }
    assert.equal((await call('DELETE', '/v1/suggestions/sug_new/votes', { as: null, body: { voterToken: TOKEN_A } })).status, 401);
  });
});

describe('GET /v1/suggestions/inbox', () => {
  it('shows staff every suggestion, listed or not, with the contact address, and filters by listed', async () => {
    const { call } = testServer({ data: fixture().data });
    const created = await call('POST', '/v1/suggestions', {
      body: { ...idea, anonymous: false, name: 'Sam', contactEmail: 'sam@example.org' },
    });
    const all = await call('GET', '/v1/suggestions/inbox', { as: SECRET });
    assert.equal(all.status, 200);
    assert.deepEqual(ids(all), [created.body.id, 'sug_spam', 'sug_new', 'sug_popular', 'sug_old']);
    assert.deepEqual(all.body.items.map((item: { listed: boolean }) => item.listed), [false, false, true, true, true]);
    assert.equal(all.body.items[0].contactEmail, 'sam@example.org');
    assert.deepEqual(ids(await call('GET', '/v1/suggestions/inbox?listed=false', { as: SECRET })), [created.body.id, 'sug_spam']);
    assert.deepEqual(ids(await call('GET', '/v1/suggestions/inbox?listed=true&sort=votes', { as: SECRET })), [
      'sug_popular',
      'sug_old',
      'sug_new',
    ]);
    assert.equal((await call('GET', '/v1/suggestions/inbox?listed=maybe', { as: SECRET })).status, 400);
  });

  it('needs a secret key', async () => {
    const { data, lin } = fixture();
    const { call } = testServer({ data });
    for (const [as, status] of [[null, 401], ['pk_test', 403], [lin, 403]] as const) {
      assert.equal((await call('GET', '/v1/suggestions/inbox', { as })).status, status, String(as));
    }
  });
});

describe('PATCH /v1/suggestions/{id}', () => {
  it('reaches every status, from any status', async () => {
    const { call } = testServer({ data: fixture().data });
    const reached: string[] = [];
    for (const status of ['under_review', 'planned', 'done', 'declined', 'new', 'done'] as const) {
      const answer = await call('PATCH', '/v1/suggestions/sug_popular', { as: SECRET, body: { status } });
      assert.equal(answer.status, 200);
      reached.push(answer.body.status);
      assert.deepEqual(ids(await call('GET', `/v1/suggestions?status=${status}`)).includes('sug_popular'), true);
    }
    assert.deepEqual(reached, ['under_review', 'planned', 'done', 'declined', 'new', 'done']);
    assert.deepEqual(new Set(reached), new Set(SUGGESTION_STATUSES));
  });

  it('replies in public, withdraws the reply, and keeps the votes', async () => {
    const { call } = testServer({ data: fixture().data });
    const reply = await call('PATCH', '/v1/suggestions/sug_popular', { as: SECRET, body: { staffReply: '  We will try in spring.  ' } });
    assert.deepEqual([reply.body.staffReply, reply.body.votes, reply.body.status], ['We will try in spring.', 3, 'planned']);
    const listed = await call('GET', '/v1/suggestions?status=planned');
    assert.equal(listed.body.items[0].staffReply, 'We will try in spring.');
    const withdrawn = await call('PATCH', '/v1/suggestions/sug_popular', { as: SECRET, body: { staffReply: null } });
    assert.equal(withdrawn.body.staffReply, null);
  });

  it('hides a suggestion from the list and brings it back', async () => {
    const { call } = testServer({ data: fixture().data });
    const hidden = await call('PATCH', '/v1/suggestions/sug_new', { as: SECRET, body: { hidden: true } });
    assert.equal(hidden.status, 200);
    assert.deepEqual(ids(await call('GET', '/v1/suggestions')), ['sug_popular', 'sug_old']);
    await call('PATCH', '/v1/suggestions/sug_spam', { as: SECRET, body: { hidden: false } });
    await call('PATCH', '/v1/suggestions/sug_new', { as: SECRET, body: { hidden: false } });
    assert.deepEqual(ids(await call('GET', '/v1/suggestions?sort=votes')), ['sug_spam', 'sug_popular', 'sug_old', 'sug_new']);
  });

  it('refuses an empty or unknown change', async () => {
    const { call, store } = testServer({ data: fixture().data });
    const before = structuredClone(store.read().suggestions);
    for (const body of [{}, { status: 'archived' }, { staffReply: '' }, { hidden: 'yes' }, { title: 'Renamed' }]) {
      const answer = await call('PATCH', '/v1/suggestions/sug_new', { as: SECRET, body });
      assert.equal(answer.status, 400, JSON.stringify(body));
    }
    assert.deepEqual(store.read().suggestions, before);
  });

  it('is 404 for an unknown suggestion', async () => {
    const { call } = testServer({ data: fixture().data });
    assert.equal((await call('PATCH', '/v1/suggestions/sug_nope', { as: SECRET, body: { status: 'done' } })).status, 404);
  });

  it('needs a secret key', async () => {
    const { data, lin } = fixture();
    const { call, store } = testServer({ data });
    const before = structuredClone(store.read().suggestions);
    const body = { status: 'declined' };
    for (const [as, status] of [[null, 401], ['pk_test', 403], [lin, 403], ['sk_wrong', 401]] as const) {
      assert.equal((await call('PATCH', '/v1/suggestions/sug_new', { as, body })).status, status, String(as));
    }
    assert.deepEqual(store.read().suggestions, before);
  });
});
