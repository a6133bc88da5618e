import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyData, type StoreData } from '@ngo-kit/mock-server';
import { addMember, fixtureEvent } from './events-fixture.js';
import { TEST_NOW, testServer } from './support.js';

const SIGNUP = {
  name: 'Chen Jing',
  email: 'chen.jing@example.org',
  roles: ['member'],
  interests: ['education'],
  locale: 'zh-CN',
  newsletter: false,
  consent: true,
} as const;

function server(change?: (data: StoreData) => void, now?: Date) {
  const data = emptyData();
  change?.(data);
  return testServer({ data, ...(now ? { now: () => now } : {}) });
}

function mailTo(store: ReturnType<typeof testServer>['store'], to: string) {
  return store.read().mail.filter((mail) => mail.to === to);
}

describe('POST /v1/members', () => {
  it('signs up a pending member and mails the confirmation token', async () => {
    const { call, store } = server();
    const answer = await call('POST', '/v1/members', { body: SIGNUP });
    assert.equal(answer.status, 201);
    const { consent: _consent, ...details } = SIGNUP;
    assert.deepEqual(answer.body, { id: 'mem_000001', ...details, status: 'pending', joinedAt: '2026-11-23T09:00:00.000Z' });
    const [mail, ...more] = mailTo(store, SIGNUP.email);
    assert.equal(more.length, 0);
    assert.equal(mail?.kind, 'member_confirmation');
    assert.match(mail?.token ?? '', /^mc_[\w-]{20,}$/);
    assert.equal(store.read().members[0]?.confirmationToken, mail?.token);
    assert.equal(store.read().subscriptions.length, 0);
  });

  it('opens a pending newsletter subscription for an opt-in, without a second e-mail', async () => {
    const { call, store } = server();
    await call('POST', '/v1/members', { body: { ...SIGNUP, newsletter: true } });
    const [subscription, ...more] = store.read().subscriptions;
    assert.equal(more.length, 0);
    assert.equal(subscription?.email, SIGNUP.email);
    assert.equal(subscription?.status, 'pending');
    assert.equal(subscription?.locale, 'zh-CN');
    assert.equal(mailTo(store, SIGNUP.email).length, 1);
  });

  it('mails a new token when a pending address signs up again, taking the new details', async () => {
    const { call, store } = server();
    const first = await call('POST', '/v1/members', { body: SIGNUP });
    const oldToken = mailTo(store, SIGNUP.email)[0]?.token;
    const again = await call('POST', '/v1/members', { body: { ...SIGNUP, email: 'Chen.Jing@example.org', roles: ['volunteer'] } });
    assert.equal(again.status, 201);
    assert.equal(again.body.id, first.body.id);
    assert.deepEqual(again.body.roles, ['volunteer']);
    assert.equal(store.read().members.length, 1);
    const tokens = mailTo(store, SIGNUP.email).map((mail) => mail.token);
    assert.equal(tokens.length, 2);
    assert.notEqual(tokens[1], oldToken);
    assert.equal((await call('POST', '/v1/members/confirm', { body: { token: oldToken } })).status, 404);
    assert.equal((await call('POST', '/v1/members/confirm', { body: { token: tokens[1] } })).status, 200);
  });

  it('answers 409 for the address of an active member', async () => {
    const { call, store } = server((data) => addMember(data, 'mem_chen', { email: 'chen.jing@example.org' }));
    const answer = await call('POST', '/v1/members', { body: { ...SIGNUP, email: 'CHEN.JING@example.org' } });
    assert.equal(answer.status, 409);
    assert.equal(answer.body.error.code, 'conflict');
    assert.equal(store.read().members.length, 1);
    assert.equal(store.read().mail.length, 0);
  });

  it('answers 400 with field errors, the honeypot included, and 401 without a key', async () => {
    const { call, store } = server();
    const answer = await call('POST', '/v1/members', {
      body: { ...SIGNUP, email: 'nope', roles: ['member', 'member'], locale: 'fr', consent: false, website: 'x' },
    });
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors).sort(), ['consent', 'email', 'locale', 'roles', 'website']);
    assert.equal((await call('POST', '/v1/members', { body: { ...SIGNUP, roles: [] } })).status, 400);
    assert.equal((await call('POST', '/v1/members', { as: null, body: SIGNUP })).status, 401);
    assert.equal(store.read().members.length, 0);
  });
});

describe('POST /v1/members/confirm', () => {
  it('makes the member active; a volunteer starts volunteering and the newsletter opt-in is confirmed', async () => {
    const { call, store } = server();
    await call('POST', '/v1/members', { body: { ...SIGNUP, roles: ['member', 'volunteer'], newsletter: true } });
    assert.equal(store.read().members[0]?.volunteerFrom, null, 'a pending signup is no volunteer yet');
    const token = mailTo(store, SIGNUP.email)[0]?.token;
    const answer = await call('POST', '/v1/members/confirm', { body: { token } });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.status, 'active');
    const member = store.read().members[0];
    assert.equal(member?.confirmedAt, TEST_NOW.toISOString());
    assert.equal(member?.volunteerFrom, TEST_NOW.toISOString());
    assert.equal(member?.confirmationToken, null);
    assert.equal(store.read().subscriptions[0]?.status, 'confirmed');
  });

  it('leaves volunteerFrom empty for a member who is no volunteer', async () => {
    const { call, store } = server();
    await call('POST', '/v1/members', { body: SIGNUP });
    await call('POST', '/v1/members/confirm', { body: { token: mailTo(store, SIGNUP.email)[0]?.token } });
    assert.equal(store.read().members[0]?.volunteerFrom, null);
  });

  it('answers 404 for an unknown or used token, 400 for a malformed one, 401 without a key', async () => {
    const { call, store } = server();
    await call('POST', '/v1/members', { body: SIGNUP });
    const token = mailTo(store, SIGNUP.email)[0]?.token;
    assert.equal((await call('POST', '/v1/members/confirm', { body: { token } })).status, 200);
    const used = await call('POST', '/v1/members/confirm', { body: { token } });
    assert.equal(used.status, 404);
    assert.equal(used.body.error.code, 'not_found');
    assert.equal((await call('POST', '/v1/members/confirm', { body: { token: 'mc_unknown_token' } })).status, 404);
    const malformed = await call('POST', '/v1/members/confirm', { body: { token: 'short' } });
    assert.equal(malformed.status, 400);
    assert.deepEqual(Object.keys(malformed.body.error.fieldErrors), ['token']);
    assert.equal((await call('POST', '/v1/members/confirm', { as: null, body: { token } })).status, 401);
  });
});

describe('POST /v1/sessions/links and POST /v1/sessions', () => {
  const ANA = 'mem_ana@example.org';

  it('mails a sign-in token that opens a 30-day session once', async () => {
    const { call, store } = server((data) => addMember(data, 'mem_ana'));
    const link = await call('POST', '/v1/sessions/links', { body: { email: 'MEM_ANA@example.org' } });
    assert.equal(link.status, 202);
    assert.equal(link.text, '');
    const [mail, ...more] = mailTo(store, ANA);
    assert.equal(more.length, 0);
    assert.equal(mail?.kind, 'sign_in');
    assert.match(mail?.token ?? '', /^si_[\w-]{20,}$/);

    const session = await call('POST', '/v1/sessions', { body: { email: ANA, token: mail?.token } });
    assert.equal(session.status, 201);
    assert.match(session.body.token, /^mt_[\w-]{20,}$/);
    assert.equal(session.body.expiresAt, new Date(TEST_NOW.getTime() + 30 * 24 * 3600 * 1000).toISOString());
    assert.equal(session.body.member.id, 'mem_ana');
    assert.equal(session.body.member.tier, 'bronze');
    const me = await call('GET', '/v1/me', { as: session.body.token });
    assert.equal(me.status, 200);
    assert.equal(me.body.id, 'mem_ana');

    const reused = await call('POST', '/v1/sessions', { body: { email: ANA, token: mail?.token } });
    assert.equal(reused.status, 401);
    assert.equal(reused.body.error.code, 'unauthorized');
  });

  it('answers 202 for an unknown address too, and mails nothing', async () => {
    const { call, store } = server((data) => addMember(data, 'mem_ana'));
    const answer = await call('POST', '/v1/sessions/links', { body: { email: 'nobody@example.org' } });
    assert.equal(answer.status, 202);
    assert.equal(answer.text, '');
    assert.equal(store.read().mail.length, 0);
  });

  it('sends a pending member the confirmation again instead of a sign-in token', async () => {
    const { call, store } = server();
    await call('POST', '/v1/members', { body: SIGNUP });
    const answer = await call('POST', '/v1/sessions/links', { body: { email: SIGNUP.email } });
    assert.equal(answer.status, 202);
    const mail = mailTo(store, SIGNUP.email);
    assert.deepEqual(mail.map((message) => message.kind), ['member_confirmation', 'member_confirmation']);
    assert.equal(mail[0]?.token, mail[1]?.token);
  });

  it('takes only the latest token, and refuses a wrong address, a wrong token or an expired one with 401', async () => {
    const { call, store } = server((data) => {
      addMember(data, 'mem_ana');
      addMember(data, 'mem_bo');
    });
    await call('POST', '/v1/sessions/links', { body: { email: ANA } });
    await call('POST', '/v1/sessions/links', { body: { email: ANA } });
    const [older, latest] = mailTo(store, ANA).map((mail) => mail.token);
    assert.equal((await call('POST', '/v1/sessions', { body: { email: ANA, token: older } })).status, 401);
    assert.equal((await call('POST', '/v1/sessions', { body: { email: 'mem_bo@example.org', token: latest } })).status, 401);
    assert.equal((await call('POST', '/v1/sessions', { body: { email: ANA, token: 'si_wrong_token' } })).status, 401);

    const later = testServer({ store, now: () => new Date(TEST_NOW.getTime() + 31 * 60 * 1000) });
    assert.equal((await later.call('POST', '/v1/sessions', { body: { email: ANA, token: latest } })).status, 401);
    assert.equal((await call('POST', '/v1/sessions', { body: { email: ANA, token: latest } })).status, 201);
  });

  it('answers 400 for bad bodies and 401 without a key', async () => {
    const { call } = server();
    const link = await call('POST', '/v1/sessions/links', { body: { email: 'nope' } });
    assert.equal(link.status, 400);
    assert.deepEqual(Object.keys(link.body.error.fieldErrors), ['email']);
    const session = await call('POST', '/v1/sessions', { body: { email: 'nope', token: '' } });
    assert.equal(session.status, 400);
    assert.deepEqual(Object.keys(session.body.error.fieldErrors).sort(), ['email', 'token']);
    assert.equal((await call('POST', '/v1/sessions/links', { as: null, body: { email: 'a@example.org' } })).status, 401);
    assert.equal((await call('POST', '/v1/sessions', { as: null, body: { email: 'a@example.org', token: 'si_12345678' } })).status, 401);
  });
});

describe('GET /v1/me', () => {
  function withLedger() {
    return server((data) => {
      addMember(data, 'mem_ana', { roles: ['member', 'volunteer'] });
      const base = { memberId: 'mem_ana', kind: 'earned', reason: 'x', at: '2026-06-01T00:00:00Z' } as const;
      data.ledger.push(
        { ...base, id: 'led_1', source: 'attendance', amount: 180, eventId: 'evt_a', balanceAfter: 180 },
        { ...base, id: 'led_2', source: 'volunteer_hours', amount: 25, hours: 2.5, eventId: null, balanceAfter: 205 },
        { ...base, id: 'led_3', kind: 'redeemed', source: 'reward', amount: -150, rewardId: 'rwd_1', redemptionId: 'rdm_1', balanceAfter: 55 },
        { ...base, id: 'led_4', source: 'volunteer_hours', amount: 13, hours: 1.25, eventId: 'evt_a', balanceAfter: 68 },
        { ...base, id: 'led_5', memberId: 'mem_bo', source: 'volunteer_hours', amount: 1000, hours: 100, eventId: null, balanceAfter: 1000 },
      );
    });
  }

  it("answers the member's profile, the tier from points earned (redeeming does not lower it) and the hours served", async () => {
    const { call } = withLedger();
    const answer = await call('GET', '/v1/me', { as: 'mt_mem_ana' });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.id, 'mem_ana');
    assert.equal(answer.body.tier, 'silver', '218 earned, 68 left');
    assert.equal(answer.body.hoursServed, 3.75);
    assert.equal('confirmationToken' in answer.body, false);
  });

  it('needs a member token that has not expired', async () => {
    const { call, store } = withLedger();
    assert.equal((await call('GET', '/v1/me')).status, 401, 'a publishable key is not a member');
    assert.equal((await call('GET', '/v1/me', { as: null })).status, 401);
    assert.equal((await call('GET', '/v1/me', { as: 'sk_test' })).status, 403);
    store.write((data) => {
      data.sessions[0]!.expiresAt = '2026-11-23T08:59:59Z';
    });
    assert.equal((await call('GET', '/v1/me', { as: 'mt_mem_ana' })).status, 401);
  });
});

describe('GET /v1/me/registrations', () => {
  function withRegistrations() {
    return server((data) => {
      addMember(data, 'mem_ana');
      addMember(data, 'mem_bo');
      data.events.push(
        fixtureEvent('evt_late', { startsAt: '2027-02-01T10:00:00Z', endsAt: '2027-02-01T12:00:00Z' }),
        fixtureEvent('evt_soon', { startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T12:00:00Z', kind: 'hybrid', joinUrl: 'https://meet.example/soon' }),
        fixtureEvent('evt_mid', { startsAt: '2027-01-01T10:00:00Z', endsAt: '2027-01-01T12:00:00Z' }),
      );
      const base = { name: 'Ana', phone: null, role: 'attendee', answers: {}, cancelledAt: null } as const;
      data.registrations.push(
        { ...base, id: 'reg_late', eventId: 'evt_late', memberId: 'mem_ana', email: 'a@example.org', status: 'waitlisted', cancellationToken: 'ct_late_token', createdAt: '2026-11-01T00:00:00Z' },
        { ...base, id: 'reg_bo', eventId: 'evt_soon', memberId: 'mem_bo', email: 'b@example.org', status: 'confirmed', cancellationToken: 'ct_bo_token', createdAt: '2026-11-01T00:00:00Z' },
        { ...base, id: 'reg_soon', eventId: 'evt_soon', memberId: 'mem_ana', email: 'a@example.org', status: 'confirmed', cancellationToken: 'ct_soon_token', createdAt: '2026-11-02T00:00:00Z' },
        { ...base, id: 'reg_mid', eventId: 'evt_mid', memberId: 'mem_ana', email: 'a@example.org', status: 'cancelled', cancellationToken: 'ct_mid_token', createdAt: '2026-11-03T00:00:00Z' },
      );
    });
  }

  it("lists the member's own registrations, soonest event first, cancelled ones included", async () => {
    const { call } = withRegistrations();
    const answer = await call('GET', '/v1/me/registrations', { as: 'mt_mem_ana' });
    assert.equal(answer.status, 200);
    assert.deepEqual(
      answer.body.items.map((item: { id: string; status: string }) => [item.id, item.status]),
      [
        ['reg_soon', 'confirmed'],
        ['reg_mid', 'cancelled'],
        ['reg_late', 'waitlisted'],
      ],
    );
    const [soon, , late] = answer.body.items;
    assert.equal(soon.joinUrl, 'https://meet.example/soon');
    assert.equal(soon.cancellationUrl, 'http://mock.test/registrations/reg_soon/cancellation#token=ct_soon_token');
    assert.equal(late.waitlistPosition, 1);
    assert.equal(answer.body.nextCursor, null);
  });

  it('pages with the cursor', async () => {
    const { call } = withRegistrations();
    const first = await call('GET', '/v1/me/registrations?limit=2', { as: 'mt_mem_ana' });
    assert.deepEqual(first.body.items.map((item: { id: string }) => item.id), ['reg_soon', 'reg_mid']);
    const second = await call('GET', `/v1/me/registrations?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, { as: 'mt_mem_ana' });
    assert.deepEqual(second.body.items.map((item: { id: string }) => item.id), ['reg_late']);
    assert.equal(second.body.nextCursor, null);
  });

  it('answers 400 for a bad page size and 401 without a member token', async () => {
    const { call } = withRegistrations();
    const bad = await call('GET', '/v1/me/registrations?limit=500', { as: 'mt_mem_ana' });
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.body.error.fieldErrors), ['limit']);
    assert.equal((await call('GET', '/v1/me/registrations')).status, 401);
    assert.equal((await call('GET', '/v1/me/registrations', { as: 'mt_nobody' })).status, 401);
  });
});
