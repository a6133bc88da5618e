import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyData, type StoreData, type SurveyRecord, type SurveyResponseRecord } from '@ngo-kit/mock-server';
import { SECRET, testServer } from './support.js';

/** Open around TEST_NOW (2026-11-23). */
const SURVEY: SurveyRecord = {
  id: 'srv_autumn',
  title: 'Autumn satisfaction survey',
  description: 'Six questions, two minutes.',
  opensAt: '2026-11-01T00:00:00Z',
  closesAt: '2026-12-01T00:00:00Z',
  questions: [
    { id: 'q_nps', type: 'nps', prompt: 'Would you recommend us?', required: true, lowLabel: 'Never', highLabel: 'Surely' },
    { id: 'q_events', type: 'csat', prompt: 'How satisfied are you with our events?', required: true },
    { id: 'q_news', type: 'csat', prompt: 'And with our newsletter?', required: false },
    {
      id: 'q_grid',
      type: 'likert',
      prompt: 'How far do you agree?',
      required: true,
      statements: [
        { id: 's_info', label: 'I am well informed' },
        { id: 's_welcome', label: 'I feel welcome' },
      ],
      scale: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'],
    },
    {
      id: 'q_format',
      type: 'single_choice',
      prompt: 'Which format do you prefer?',
      required: false,
      options: [
        { id: 'o_online', label: 'Online' },
        { id: 'o_offline', label: 'Offline' },
        { id: 'o_hybrid', label: 'Hybrid' },
      ],
    },
    {
      id: 'q_themes',
      type: 'multiple_choice',
      prompt: 'Which themed events should we repeat?',
      required: false,
      options: [
        { id: 't_run', label: 'Charity run' },
        { id: 't_sale', label: 'Charity sale' },
        { id: 't_exchange', label: 'Exchange meeting' },
      ],
      minSelections: 1,
      maxSelections: 2,
    },
    { id: 'q_text', type: 'free_text', prompt: 'Anything else?', required: false, maxLength: 20 },
  ],
};

const NOT_YET_OPEN: SurveyRecord = { ...SURVEY, id: 'srv_spring', opensAt: '2027-03-01T00:00:00Z', closesAt: '2027-04-01T00:00:00Z' };
const CLOSED: SurveyRecord = { ...SURVEY, id: 'srv_summer', opensAt: '2026-06-01T00:00:00Z', closesAt: '2026-07-01T00:00:00Z' };

const MEMBER_TOKEN = 'mt_lin_mei';
const OTHER_MEMBER_TOKEN = 'mt_other';
const BROWSER = 'browser-token-0123456789';

const COMPLETE_ANSWERS = {
  q_nps: { type: 'nps', value: 9 },
  q_events: { type: 'csat', value: 4 },
  q_grid: { type: 'likert', value: { s_info: 4, s_welcome: 5 } },
};

function fixture(): StoreData {
  const data = emptyData();
  data.surveys.push(SURVEY, NOT_YET_OPEN, CLOSED);
  const session = { createdAt: '2026-11-20T00:00:00Z', expiresAt: '2026-12-20T00:00:00Z' };
  data.sessions.push({ token: MEMBER_TOKEN, memberId: 'mem_lin', ...session }, { token: OTHER_MEMBER_TOKEN, memberId: 'mem_other', ...session });
  return data;
}

describe('GET /v1/surveys/{id}', () => {
  it('answers the survey with its questions and its status by the server’s clock', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('GET', '/v1/surveys/srv_autumn');
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { ...SURVEY, status: 'open' });
    assert.equal((await call('GET', '/v1/surveys/srv_spring')).body.status, 'upcoming');
    assert.equal((await call('GET', '/v1/surveys/srv_summer')).body.status, 'closed');
  });

  it('says closed from the very moment of closesAt, and open from opensAt', async () => {
    const at = (iso: string) => testServer({ data: fixture(), now: () => new Date(iso) }).call;
    assert.equal((await at('2026-12-01T00:00:00Z')('GET', '/v1/surveys/srv_autumn')).body.status, 'closed');
    assert.equal((await at('2026-11-30T23:59:59Z')('GET', '/v1/surveys/srv_autumn')).body.status, 'open');
    assert.equal((await at('2026-11-01T00:00:00Z')('GET', '/v1/surveys/srv_autumn')).body.status, 'open');
    assert.equal((await at('2026-10-31T23:59:59Z')('GET', '/v1/surveys/srv_autumn')).body.status, 'upcoming');
  });

  it('answers 404 for an unknown survey', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('GET', '/v1/surveys/srv_nothing');
    assert.equal(answer.status, 404);
    assert.equal(answer.body.error.code, 'not_found');
  });

  it('needs a key', async () => {
    const { call } = testServer({ data: fixture() });
    assert.equal((await call('GET', '/v1/surveys/srv_autumn', { as: null })).status, 401);
  });
});

describe('GET /v1/surveys', () => {
  it('lists the surveys newest first, each with its status', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('GET', '/v1/surveys');
    assert.equal(answer.status, 200);
    assert.deepEqual(
      answer.body.items.map((survey: { id: string; status: string }) => [survey.id, survey.status]),
      [
        ['srv_spring', 'upcoming'],
        ['srv_autumn', 'open'],
        ['srv_summer', 'closed'],
      ],
    );
    assert.equal(answer.body.nextCursor, null);
    assert.deepEqual(answer.body.items[1], { ...SURVEY, status: 'open' });
  });

  it('gives the survey taking responses now with status=open', async () => {
    const { call } = testServer({ data: fixture() });
    const open = await call('GET', '/v1/surveys?status=open&limit=1');
    assert.deepEqual(open.body.items.map((survey: { id: string }) => survey.id), ['srv_autumn']);
    const closed = await call('GET', '/v1/surveys?status=closed');
    assert.deepEqual(closed.body.items.map((survey: { id: string }) => survey.id), ['srv_summer']);
  });

  it('answers an empty page when no survey is open, and 400 for an unknown status', async () => {
    const { call } = testServer({ data: emptyData() });
    assert.deepEqual((await call('GET', '/v1/surveys?status=open')).body, { items: [], nextCursor: null });
    const wrong = await call('GET', '/v1/surveys?status=running');
    assert.equal(wrong.status, 400);
    assert.deepEqual(Object.keys(wrong.body.error.fieldErrors), ['status']);
  });

  it('pages with a cursor', async () => {
    const { call } = testServer({ data: fixture() });
    const first = await call('GET', '/v1/surveys?limit=2');
    assert.equal(first.body.items.length, 2);
    const second = await call('GET', `/v1/surveys?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    assert.deepEqual(second.body.items.map((survey: { id: string }) => survey.id), ['srv_summer']);
    assert.equal(second.body.nextCursor, null);
  });
});

describe('POST /v1/surveys/{id}/responses', () => {
  it('saves a response halfway, then completes it', async () => {
    const { call, store } = testServer({ data: fixture() });
    const draft = await call('POST', '/v1/surveys/srv_autumn/responses', {
      body: { answers: { q_nps: { type: 'nps', value: 10 } }, complete: false, anonymousToken: BROWSER },
    });
    assert.equal(draft.status, 201);
    assert.equal(draft.body.complete, false);
    assert.deepEqual(draft.body.answers, { q_nps: { type: 'nps', value: 10 } });
    assert.deepEqual(Object.keys(draft.body).sort(), ['answers', 'complete', 'createdAt', 'id', 'surveyId', 'updatedAt']);

    const more = await call('PATCH', `/v1/surveys/srv_autumn/responses/${draft.body.id}`, {
      body: { answers: { q_events: { type: 'csat', value: 5 } }, complete: false, anonymousToken: BROWSER },
    });
    assert.equal(more.status, 200);
    assert.deepEqual(Object.keys(more.body.answers).sort(), ['q_events', 'q_nps']);

    const done = await call('PATCH', `/v1/surveys/srv_autumn/responses/${draft.body.id}`, {
      body: {
        answers: { q_grid: COMPLETE_ANSWERS.q_grid, q_text: { type: 'free_text', value: '  Thanks!  ' } },
        complete: true,
        anonymousToken: BROWSER,
      },
    });
    assert.equal(done.status, 200);
    assert.equal(done.body.complete, true);
    assert.deepEqual(done.body.answers, {
      q_nps: { type: 'nps', value: 10 },
      q_events: { type: 'csat', value: 5 },
      q_grid: { type: 'likert', value: { s_info: 4, s_welcome: 5 } },
      q_text: { type: 'free_text', value: 'Thanks!' },
    });
    assert.equal(store.read().surveyResponses.length, 1);

    const again = await call('PATCH', `/v1/surveys/srv_autumn/responses/${draft.body.id}`, {
      body: { answers: { q_nps: { type: 'nps', value: 0 } }, complete: true, anonymousToken: BROWSER },
    });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'conflict');
    assert.equal(store.read().surveyResponses[0]?.answers.q_nps?.value, 10);
  });

  it('refuses a second response from the same browser or member', async () => {
    const { call, store } = testServer({ data: fixture() });
    const byBrowser = { answers: COMPLETE_ANSWERS, complete: true, anonymousToken: BROWSER };
    assert.equal((await call('POST', '/v1/surveys/srv_autumn/responses', { body: byBrowser })).status, 201);
    const twice = await call('POST', '/v1/surveys/srv_autumn/responses', { body: byBrowser });
    assert.equal(twice.status, 409);
    assert.match(twice.body.error.message, /already answered/);

    const byMember = { answers: COMPLETE_ANSWERS, complete: true };
    assert.equal((await call('POST', '/v1/surveys/srv_autumn/responses', { as: MEMBER_TOKEN, body: byMember })).status, 201);
    const memberTwice = await call('POST', '/v1/surveys/srv_autumn/responses', {
      as: MEMBER_TOKEN,
      body: { ...byMember, anonymousToken: 'another-browser-token-42' },
    });
    assert.equal(memberTwice.status, 409);

    const memberFromAnsweredBrowser = await call('POST', '/v1/surveys/srv_autumn/responses', {
      as: OTHER_MEMBER_TOKEN,
      body: byBrowser,
    });
    assert.equal(memberFromAnsweredBrowser.status, 409);
    assert.equal(store.read().surveyResponses.length, 2);
  });

  it('takes one of many simultaneous submissions from one browser', async () => {
    const { call, store } = testServer({ data: fixture() });
    const body = { answers: COMPLETE_ANSWERS, complete: true, anonymousToken: BROWSER };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call('POST', '/v1/surveys/srv_autumn/responses', { body })),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status).sort(),
      [201, ...Array.from({ length: 19 }, () => 409)],
    );
    assert.equal(store.read().surveyResponses.length, 1);
  });

  it('points a second start to the saved draft', async () => {
    const { call } = testServer({ data: fixture() });
    const body = { answers: {}, complete: false, anonymousToken: BROWSER };
    const draft = await call('POST', '/v1/surveys/srv_autumn/responses', { body });
    assert.equal(draft.status, 201);
    const again = await call('POST', '/v1/surveys/srv_autumn/responses', { body });
    assert.equal(again.status, 409);
    assert.ok(again.body.error.message.includes(draft.body.id));
  });

  it('needs a member token or an anonymous token', async () => {
    const { call, store } = testServer({ data: fixture() });
    for (const as of [undefined, SECRET]) {
      const answer = await call('POST', '/v1/surveys/srv_autumn/responses', { as, body: { answers: COMPLETE_ANSWERS, complete: true } });
      assert.equal(answer.status, 400);
      assert.deepEqual(Object.keys(answer.body.error.fieldErrors), ['anonymousToken']);
    }
    assert.equal(store.read().surveyResponses.length, 0);
  });

  it('refuses a survey that is not open', async () => {
    const { call, store } = testServer({ data: fixture() });
    for (const id of ['srv_spring', 'srv_summer']) {
      const answer = await call('POST', `/v1/surveys/${id}/responses`, {
        body: { answers: COMPLETE_ANSWERS, complete: true, anonymousToken: BROWSER },
      });
      assert.equal(answer.status, 422, id);
      assert.equal(answer.body.error.code, 'unprocessable');
    }
    assert.equal(store.read().surveyResponses.length, 0);
  });

  it('answers 404 for an unknown survey', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('POST', '/v1/surveys/srv_nothing/responses', {
      body: { answers: COMPLETE_ANSWERS, complete: true, anonymousToken: BROWSER },
    });
    assert.equal(answer.status, 404);
  });

  it('checks every answer against its question', async () => {
    const { call, store } = testServer({ data: fixture() });
    const answer = await call('POST', '/v1/surveys/srv_autumn/responses', {
      body: {
        answers: {
          q_nps: { type: 'csat', value: 3 },
          q_grid: { type: 'likert', value: { s_info: 3, s_nothing: 2 } },
          q_format: { type: 'single_choice', value: 'o_boat' },
          q_themes: { type: 'multiple_choice', value: ['t_run', 't_sale', 't_exchange'] },
          q_text: { type: 'free_text', value: 'This is longer than twenty.' },
          q_ghost: { type: 'nps', value: 5 },
        },
        complete: false,
        anonymousToken: BROWSER,
      },
    });
    assert.equal(answer.status, 400);
    const { fieldErrors } = answer.body.error;
    assert.deepEqual(Object.keys(fieldErrors).sort(), [
      'answers.q_format',
      'answers.q_ghost',
      'answers.q_grid',
      'answers.q_nps',
      'answers.q_text',
      'answers.q_themes',
    ]);
    assert.match(fieldErrors['answers.q_nps'][0], /nps answer/);
    assert.match(fieldErrors['answers.q_grid'][0], /s_nothing/);
    assert.match(fieldErrors['answers.q_format'][0], /o_boat/);
    assert.match(fieldErrors['answers.q_themes'][0], /at most 2/);
    assert.match(fieldErrors['answers.q_text'][0], /at most 20/);
    assert.equal(store.read().surveyResponses.length, 0);
  });

  it('refuses an option chosen twice', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('POST', '/v1/surveys/srv_autumn/responses', {
      body: { answers: { q_themes: { type: 'multiple_choice', value: ['t_run', 't_run'] } }, complete: false, anonymousToken: BROWSER },
    });
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors), ['answers.q_themes']);
  });

  it('refuses values that no question allows, with field errors from the schema', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('POST', '/v1/surveys/srv_autumn/responses', {
      body: { answers: { q_nps: { type: 'nps', value: 11 } }, complete: false, anonymousToken: 'short' },
    });
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors).sort(), ['anonymousToken', 'answers.q_nps.value']);
  });

  it('names every required question missing from a complete response', async () => {
    const { call, store } = testServer({ data: fixture() });
    const answer = await call('POST', '/v1/surveys/srv_autumn/responses', {
      body: {
        answers: {
          q_news: { type: 'csat', value: 5 },
          q_grid: { type: 'likert', value: { s_info: 2 } },
          q_themes: { type: 'multiple_choice', value: [] },
          q_text: { type: 'free_text', value: '   ' },
        },
        complete: true,
        anonymousToken: BROWSER,
      },
    });
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body.error.fieldErrors, {
      'answers.q_nps': ['This question is required.'],
      'answers.q_events': ['This question is required.'],
      'answers.q_grid': ['Rate every statement.'],
    });
    assert.equal(store.read().surveyResponses.length, 0);
  });

  it('asks a complete response for the least number of selections', async () => {
    const { call } = testServer({ data: fixture() });
    const body = {
      answers: { ...COMPLETE_ANSWERS, q_themes: { type: 'multiple_choice', value: ['t_run'] } },
      complete: true,
      anonymousToken: BROWSER,
    };
    const withTwoAtLeast = structuredClone(fixture());
    const themes = withTwoAtLeast.surveys[0]?.questions[5];
    assert.ok(themes?.type === 'multiple_choice');
    themes.minSelections = 2;
    const strict = testServer({ data: withTwoAtLeast });
    const refused = await strict.call('POST', '/v1/surveys/srv_autumn/responses', { body });
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body.error.fieldErrors, { 'answers.q_themes': ['Choose at least 2.'] });
    assert.equal((await strict.call('POST', '/v1/surveys/srv_autumn/responses', { body: { ...body, complete: false } })).status, 201);
    assert.equal((await call('POST', '/v1/surveys/srv_autumn/responses', { body })).status, 201);
  });
});

describe('PATCH /v1/surveys/{id}/responses/{responseId}', () => {
  async function startedBy(as: string | undefined, anonymousToken?: string) {
    const server = testServer({ data: fixture() });
    const draft = await server.call('POST', '/v1/surveys/srv_autumn/responses', {
      as,
      body: { answers: { q_nps: { type: 'nps', value: 7 } }, complete: false, ...(anonymousToken ? { anonymousToken } : {}) },
    });
    assert.equal(draft.status, 201);
    return { ...server, path: `/v1/surveys/srv_autumn/responses/${draft.body.id}` };
  }

  it('lets only the same browser continue', async () => {
    const { call, path } = await startedBy(undefined, BROWSER);
    const body = { answers: COMPLETE_ANSWERS, complete: true };
    for (const attempt of [
      { body },
      { body: { ...body, anonymousToken: 'someone-else-token-0000' } },
      { as: MEMBER_TOKEN, body },
    ]) {
      const answer = await call('PATCH', path, attempt);
      assert.equal(answer.status, 403);
      assert.equal(answer.body.error.code, 'forbidden');
    }
    assert.equal((await call('PATCH', path, { body: { ...body, anonymousToken: BROWSER } })).status, 200);
  });

  it('lets only the same member continue', async () => {
    const { call, path } = await startedBy(MEMBER_TOKEN);
    const body = { answers: COMPLETE_ANSWERS, complete: true };
    assert.equal((await call('PATCH', path, { as: OTHER_MEMBER_TOKEN, body })).status, 403);
    assert.equal((await call('PATCH', path, { body: { ...body, anonymousToken: BROWSER } })).status, 403);
    const done = await call('PATCH', path, { as: MEMBER_TOKEN, body });
    assert.equal(done.status, 200);
    assert.equal(done.body.answers.q_nps.value, 9);
  });

  it('checks the merged answers when completing', async () => {
    const { call, path } = await startedBy(undefined, BROWSER);
    const answer = await call('PATCH', path, {
      body: { answers: { q_events: { type: 'csat', value: 2 } }, complete: true, anonymousToken: BROWSER },
    });
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors), ['answers.q_grid']);
  });

  it('answers 404 for an unknown response', async () => {
    const { call } = await startedBy(undefined, BROWSER);
    const answer = await call('PATCH', '/v1/surveys/srv_autumn/responses/rsp_999999', {
      body: { answers: {}, complete: false, anonymousToken: BROWSER },
    });
    assert.equal(answer.status, 404);
    const elsewhere = await call('PATCH', '/v1/surveys/srv_summer/responses/rsp_000001', {
      body: { answers: {}, complete: false, anonymousToken: BROWSER },
    });
    assert.equal(elsewhere.status, 404);
  });

  it('needs a key', async () => {
    const { call, path } = await startedBy(undefined, BROWSER);
    const answer = await call('PATCH', path, { as: null, body: { answers: {}, complete: false, anonymousToken: BROWSER } });
    assert.equal(answer.status, 401);
  });
});

describe('GET /v1/surveys/{id}/results', () => {
  function response(id: string, answers: SurveyResponseRecord['answers'], complete = true, surveyId = 'srv_autumn'): SurveyResponseRecord {
    const at = '2026-11-10T10:00:00Z';
    return { id, surveyId, answers, complete, createdAt: at, updatedAt: at, respondent: `browser:${id}`, memberId: null };
  }

  function withResponses(): StoreData {
    const data = fixture();
    data.surveyResponses.push(
      response('rsp_1', {
        q_nps: { type: 'nps', value: 10 },
        q_events: { type: 'csat', value: 5 },
        q_news: { type: 'csat', value: 3 },
        q_grid: { type: 'likert', value: { s_info: 4, s_welcome: 5 } },
        q_format: { type: 'single_choice', value: 'o_online' },
        q_themes: { type: 'multiple_choice', value: ['t_run', 't_sale'] },
        q_text: { type: 'free_text', value: 'More runs' },
      }),
      response('rsp_2', {
        q_nps: { type: 'nps', value: 9 },
        q_events: { type: 'csat', value: 4 },
        q_grid: { type: 'likert', value: { s_info: 2, s_welcome: 4 } },
        q_format: { type: 'single_choice', value: 'o_offline' },
        q_themes: { type: 'multiple_choice', value: ['t_run'] },
        q_text: { type: 'free_text', value: '' },
      }),
      response('rsp_3', {
        q_nps: { type: 'nps', value: 6 },
        q_events: { type: 'csat', value: 2 },
        q_news: { type: 'csat', value: 4 },
        q_grid: { type: 'likert', value: { s_info: 3, s_welcome: 5 } },
        q_themes: { type: 'multiple_choice', value: ['t_exchange'] },
      }),
      response('rsp_4', {
        q_nps: { type: 'nps', value: 8 },
        q_events: { type: 'csat', value: 5 },
        q_grid: { type: 'likert', value: { s_info: 5, s_welcome: 5 } },
        q_format: { type: 'single_choice', value: 'o_online' },
        q_text: { type: 'free_text', value: 'Great team' },
      }),
      response('rsp_draft', { q_nps: { type: 'nps', value: 0 }, q_events: { type: 'csat', value: 1 } }, false),
      response('rsp_other', { q_nps: { type: 'nps', value: 0 } }, true, 'srv_summer'),
    );
    return data;
  }

  it('tallies the complete responses only', async () => {
    const { call } = testServer({ data: withResponses() });
    const answer = await call('GET', '/v1/surveys/srv_autumn/results', { as: SECRET });
    assert.equal(answer.status, 200);
    const scale = (counts: Record<string, number>, lowest: number, highest: number) => {
      const all: Record<string, number> = {};
      for (let score = lowest; score <= highest; score += 1) all[String(score)] = counts[String(score)] ?? 0;
      return all;
    };
    assert.deepEqual(answer.body, {
      surveyId: 'srv_autumn',
      responses: 4,
      incomplete: 1,
      // CSAT answers 5, 4, 2, 5 and 3, 4: four of six are 4 or 5
      satisfactionRate: 4 / 6,
      // 10, 9, 6, 8: two promoters, one detractor of four
      nps: 25,
      questions: [
        { questionId: 'q_nps', type: 'nps', answered: 4, score: 25, counts: scale({ 6: 1, 8: 1, 9: 1, 10: 1 }, 0, 10) },
        {
          questionId: 'q_events',
          type: 'csat',
          answered: 4,
          satisfactionRate: 0.75,
          average: 4,
          counts: scale({ 2: 1, 4: 1, 5: 2 }, 1, 5),
        },
        { questionId: 'q_news', type: 'csat', answered: 2, satisfactionRate: 0.5, average: 3.5, counts: scale({ 3: 1, 4: 1 }, 1, 5) },
        {
          questionId: 'q_grid',
          type: 'likert',
          answered: 4,
          statements: [
            { statementId: 's_info', average: 3.5, counts: scale({ 2: 1, 3: 1, 4: 1, 5: 1 }, 1, 5) },
            { statementId: 's_welcome', average: 4.75, counts: scale({ 4: 1, 5: 3 }, 1, 5) },
          ],
        },
        { questionId: 'q_format', type: 'single_choice', answered: 3, counts: { o_online: 2, o_offline: 1, o_hybrid: 0 } },
        { questionId: 'q_themes', type: 'multiple_choice', answered: 3, counts: { t_run: 2, t_sale: 1, t_exchange: 1 } },
        { questionId: 'q_text', type: 'free_text', answered: 2, answers: ['More runs', 'Great team'] },
      ],
    });
  });

  it('has no figures before the first complete response', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('GET', '/v1/surveys/srv_autumn/results', { as: SECRET });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.responses, 0);
    assert.equal(answer.body.satisfactionRate, null);
    assert.equal(answer.body.nps, null);
  });

  it('is for staff only', async () => {
    const { call } = testServer({ data: withResponses() });
    assert.equal((await call('GET', '/v1/surveys/srv_autumn/results')).status, 403);
    assert.equal((await call('GET', '/v1/surveys/srv_autumn/results', { as: MEMBER_TOKEN })).status, 403);
    assert.equal((await call('GET', '/v1/surveys/srv_autumn/results', { as: null })).status, 401);
    assert.equal((await call('GET', '/v1/surveys/srv_autumn/results', { as: 'sk_wrong' })).status, 401);
  });

  it('answers 404 for an unknown survey', async () => {
    const { call } = testServer({ data: withResponses() });
    assert.equal((await call('GET', '/v1/surveys/srv_nothing/results', { as: SECRET })).status, 404);
  });
});
