import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAdminClient, createClient, isNgoNetworkError, type NgoAdminClient, type NgoClient } from '@ngo-kit/sdk';
import { ROUTES } from '@ngo-kit/sdk/contract';
import { BASE_URL, instantSleep, offline, type Seen } from './support.js';

const email = 'ada@example.org';
const token = 'tok_12345678';
const answers = { q1: { type: 'nps', value: 9 } } as const;

/** One call per operation of the contract, through the client a caller of that route uses. */
const CALLS: Record<string, (client: NgoClient, admin: NgoAdminClient) => Promise<unknown>> = {
  listEvents: (c) => c.events.list({ kind: 'online' }),
  getEventsCalendar: (c) => c.events.calendarFeed({ tag: 'run' }),
  getEvent: (c) => c.events.retrieve('evt_1'),
  getEventCalendar: (c) => c.events.calendar('evt_1'),
  createRegistration: (c) => c.events.register('evt_1', { name: 'Ada', email, role: 'volunteer', consent: true }),
  cancelRegistration: (c) => c.events.cancelRegistration('reg_1', token),
  checkInAttendance: (_, a) => a.events.checkIn('evt_1', { registrationId: 'reg_1', hoursServed: 2 }),
  createEvent: (_, a) =>
    a.events.create({
      title: 'Charity run',
      summary: '5 km along the river.',
      language: 'en',
      startsAt: '2027-04-18T09:00:00+02:00',
      endsAt: '2027-04-18T13:00:00+02:00',
      timeZone: 'Europe/Berlin',
      kind: 'offline',
      location: { name: 'Riverside Park' },
      capacity: 200,
      tags: ['charity-run'],
      series: null,
    }),
  updateEvent: (_, a) => a.events.update('evt_1', { capacity: 80 }),
  cancelEvent: (_, a) => a.events.cancel('evt_1'),
  requestSignInLink: (c) => c.sessions.requestLink({ email }),
  createLedgerEntry: (_, a) => a.members.recordPoints('mem_1', { source: 'adjustment', amount: -5, reason: 'Correction' }),
  issueCertificate: (_, a) => a.members.issueCertificate('mem_1', { period: '2026-Q3' }),
  signUp: (c) =>
    c.members.signUp({ name: 'Ada', email, roles: ['volunteer'], interests: ['run'], locale: 'en', newsletter: true, consent: true }),
  confirmEmail: (c) => c.members.confirmEmail({ token }),
  createSession: (c) => c.sessions.create({ email, token }),
  getMe: (c) => c.me.retrieve(),
  listMyRegistrations: (c) => c.me.registrations({ limit: 5 }),
  getMyPoints: (c) => c.points.balance(),
  listMyLedger: (c) => c.points.ledger(),
  listMyCertificates: (c) => c.certificates.list(),
  getMyCertificateSvg: (c) => c.certificates.svg('cert_1'),
  listRewards: (c) => c.rewards.list({ kind: 'prize' }),
  redeemReward: (c) => c.rewards.redeem('rwd_1'),
  listSuggestions: (c) => c.suggestions.list({ sort: 'votes' }),
  listMySuggestions: (c) => c.suggestions.mine({ limit: 5 }),
  createSuggestion: (c) => c.suggestions.create({ title: 'Evening events', body: 'After work.', category: 'events', anonymous: true }),
  voteSuggestion: (c) => c.suggestions.vote('sug_1', { voterToken: 'v'.repeat(16) }),
  withdrawSuggestionVote: (c) => c.suggestions.withdrawVote('sug_1', { voterToken: 'v'.repeat(16) }),
  moderateSuggestion: (_, a) => a.suggestions.moderate('sug_1', { status: 'planned' }),
  listSurveys: (c) => c.surveys.list({ status: 'open' }),
  listSuggestionInbox: (_, a) => a.suggestions.inbox({ listed: false }),
  getSurvey: (c) => c.surveys.retrieve('srv_1'),
  createSurveyResponse: (c) => c.surveys.respond('srv_1', { answers, complete: false }),
  updateSurveyResponse: (c) => c.surveys.update('srv_1', 'rsp_1', { answers, complete: true }),
  getSurveyResults: (_, a) => a.surveys.results('srv_1'),
  subscribeNewsletter: (c) => c.newsletter.subscribe({ email, locale: 'zh-CN', consent: true }),
  confirmNewsletter: (c) => c.newsletter.confirm({ token }),
  unsubscribeNewsletter: (c) => c.newsletter.unsubscribe({ token }),
  listNewsletterIssues: (c) => c.newsletter.issues({ locale: 'en' }),
  listAnnouncements: (c) => c.announcements.list(),
  createAnnouncement: (_, a) => a.announcements.create({ title: 'Run', bodyHtml: '<p>Run.</p>', kind: 'platform', locale: 'en' }),
  listDonorWall: (c) => c.donors.wall({ period: '2026' }),
  recordDonation: (_, a) =>
    a.donors.recordDonation({
      donorName: 'Lin',
      email,
      amount: 5000,
      currency: 'CNY',
      date: '2026-11-20',
      publicThanks: true,
      anonymous: false,
      locale: 'zh-CN',
    }),
  listThankYouLetters: (_, a) => a.donors.letters({ period: '2026' }),
  getKpis: (c) => c.metrics.kpis({ period: '2026' }),
  updateKpiPublication: (_, a) => a.metrics.publish({ kpis: ['member_growth', 'satisfaction'] }),
  createStaffSession: (_, a) => a.staffSessions.create({ name: 'Mei Chen', expiresInMinutes: 120 }),
};

const CREDENTIALS = { publishable: 'Bearer pk_test', member: 'Bearer mt_test', secret: 'Bearer sk_test' } as const;

/**
 * Publishable routes where a signed-in member acts as themselves: one survey response and one vote
 * per person, on any device.
 */
const AS_MEMBER_WHEN_SIGNED_IN = new Set(['createSurveyResponse', 'updateSurveyResponse', 'voteSuggestion', 'withdrawSuggestionVote']);

/** Clients whose every request is recorded and answered 404, which is neither retried nor kept. */
function recordingClients() {
  const seen: Seen[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push({ method: request.method, url: request.url, headers: request.headers, body: await request.text() });
    return Response.json({ error: { code: 'not_found', message: 'Recorded.' } }, { status: 404 });
  };
  const options = { baseUrl: BASE_URL, fetch, cache: false } as const;
  return {
    seen,
    client: createClient({ ...options, publishableKey: 'pk_test', memberToken: 'mt_test' }),
    admin: createAdminClient({ ...options, secretKey: 'sk_test' }),
  };
}

describe('resources', () => {
  it('cover every operation of the contract', () => {
    assert.deepEqual(
      ROUTES.map((route) => route.operationId).filter((id) => !(id in CALLS)),
      [],
      'operations of routes.ts without an SDK method',
    );
    assert.deepEqual(Object.keys(CALLS).filter((id) => !ROUTES.some((route) => route.operationId === id)), []);
  });

  for (const route of ROUTES) {
    it(`${route.operationId}: ${route.method} ${route.path} with the ${route.credential} credential`, async () => {
      const { seen, client, admin } = recordingClients();
      await assert.rejects(CALLS[route.operationId]!(client, admin));
      assert.equal(seen.length, 1);
      const [request] = seen;
      const pattern = new RegExp(`^${route.path.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/.]+')}$`);
      assert.equal(request!.method, route.method);
      assert.match(new URL(request!.url).pathname, pattern);
      const credential = AS_MEMBER_WHEN_SIGNED_IN.has(route.operationId) ? 'member' : route.credential;
      assert.equal(request!.headers.get('authorization'), CREDENTIALS[credential]);
      assert.equal(request!.body !== '', 'body' in route, 'a body exactly when the route takes one');
      assert.equal(request!.headers.has('idempotency-key'), route.method !== 'GET');
    });
  }
});

describe('credentials', () => {
  it('sends the member token on member routes and with survey responses once it is set, and the key everywhere else', async () => {
    const { seen } = recordingClients();
    const client = createClient({
      baseUrl: BASE_URL,
      publishableKey: 'pk_test',
      cache: false,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push({ method: request.method, url: request.url, headers: request.headers, body: '' });
        return Response.json({ error: { code: 'unauthorized', message: 'No.' } }, { status: 401 });
      },
    });
    await assert.rejects(client.me.retrieve());
    client.setMemberToken('mt_signed_in');
    await assert.rejects(client.me.retrieve());
    await assert.rejects(client.events.list());
    client.setMemberToken(null);
    await assert.rejects(client.points.balance());
    await assert.rejects(client.surveys.respond('srv_1', { answers: {}, complete: false, anonymousToken: 'b'.repeat(16) }));
    client.setMemberToken('mt_signed_in');
    await assert.rejects(client.surveys.respond('srv_1', { answers: {}, complete: false, anonymousToken: 'b'.repeat(16) }));
    assert.deepEqual(
      seen.map((request) => request.headers.get('authorization')),
      ['Bearer pk_test', 'Bearer mt_signed_in', 'Bearer pk_test', 'Bearer pk_test', 'Bearer pk_test', 'Bearer mt_signed_in'],
    );
  });

  it('sends a signed suggestion and a vote as the member, an anonymous suggestion with the key alone', async () => {
    const { seen, client } = recordingClients();
    const idea = { title: 'Evening events', body: 'After work.', category: 'events' } as const;
    await assert.rejects(client.suggestions.create({ ...idea, anonymous: false }));
    await assert.rejects(client.suggestions.create({ ...idea, anonymous: true }));
    await assert.rejects(client.suggestions.vote('sug_1'));
    await assert.rejects(client.suggestions.withdrawVote('sug_1'));
    assert.deepEqual(
      seen.map((request) => request.headers.get('authorization')),
      ['Bearer mt_test', 'Bearer pk_test', 'Bearer mt_test', 'Bearer mt_test'],
    );
  });

  it('a member write kept offline is sent later as the same member, even after sign-out', async () => {
    const authorizations: (string | null)[] = [];
    let online = false;
    const client = createClient({
      baseUrl: BASE_URL,
      publishableKey: 'pk_test',
      memberToken: 'mt_ada',
      retry: { limit: 0, sleep: instantSleep().sleep },
      fetch: async (input, init) => {
        if (!online) offline();
        authorizations.push(new Request(input, init).headers.get('authorization'));
        return Response.json({ error: { code: 'conflict', message: 'Out of stock.' } }, { status: 409 });
      },
    });
    await assert.rejects(client.rewards.redeem('rwd_1'), (error: unknown) => isNgoNetworkError(error) && error.outboxId !== undefined);
    assert.equal(client.outbox.pending[0]!.memberToken, 'mt_ada');
    client.setMemberToken(null);
    online = true;
    await client.outbox.flush();
    assert.deepEqual(authorizations, ['Bearer mt_ada']);
  });

  it('never keeps a sign-in in the outbox', async () => {
    const client = createClient({
      baseUrl: BASE_URL,
      publishableKey: 'pk_test',
      retry: { limit: 0, sleep: instantSleep().sleep },
      fetch: async () => offline(),
    });
    await assert.rejects(client.sessions.create({ email, token }), (error: unknown) => isNgoNetworkError(error) && !error.outboxId);
    assert.equal(client.outbox.pending.length, 0);
  });
});

describe('in a browser', () => {
  function asIfInABrowser(run: () => void) {
    const global = globalThis as { window?: unknown };
    global.window = {};
    try {
      run();
    } finally {
      delete global.window;
    }
  }

  it('createAdminClient refuses to run, and says why', () => {
    asIfInABrowser(() => {
      assert.throws(() => createAdminClient({ baseUrl: BASE_URL, secretKey: 'sk_test' }), /refuses to run in a browser/);
    });
    assert.ok(createAdminClient({ baseUrl: BASE_URL, secretKey: 'sk_test' }).events);
  });

  it('createClient refuses a secret key', () => {
    asIfInABrowser(() => {
      assert.throws(() => createClient({ baseUrl: BASE_URL, publishableKey: 'sk_test' }), /secret key/);
      assert.ok(createClient({ baseUrl: BASE_URL, publishableKey: 'pk_test' }).events);
    });
  });
});
