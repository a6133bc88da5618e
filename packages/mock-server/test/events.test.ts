import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Faults, StoreData } from '@ngo-kit/mock-server';
import { addMember, eventsFixture } from './events-fixture.js';
import { SECRET, testServer, type Answer } from './support.js';

const REGISTRANT = { name: 'Li Wei', email: 'li.wei@example.org', role: 'attendee', consent: true } as const;
const SMALL_ANSWERS = { diet: 'veg' };

function ids(answer: Answer): string[] {
  return answer.body.items.map((item: { id: string }) => item.id);
}

function server(change?: (data: StoreData) => void) {
  const data = eventsFixture();
  change?.(data);
  return testServer({ data });
}

function register(call: ReturnType<typeof testServer>['call'], eventId: string, body: object = {}, as?: string) {
  return call('POST', `/v1/events/${eventId}/registrations`, { body: { ...REGISTRANT, ...body }, ...(as ? { as } : {}) });
}

describe('GET /v1/events', () => {
  it('lists every event soonest first, cancelled ones with their status, one of them in Chinese', async () => {
    const { call } = server();
    const answer = await call('GET', '/v1/events');
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(ids(answer), [
      'evt_started',
      'evt_closed',
      'evt_small',
      'evt_online',
      'evt_cancelled',
      'evt_sale',
      'evt_exchange_q1',
      'evt_night',
      'evt_exchange_q2',
    ]);
    assert.equal(answer.body.nextCursor, null);
    const cancelled = answer.body.items.find((event: { id: string }) => event.id === 'evt_cancelled');
    assert.equal(cancelled.status, 'cancelled');
    const sale = answer.body.items.find((event: { id: string }) => event.id === 'evt_sale');
    assert.equal(sale.title, '冬季爱心义卖');
  });

  it('filters by kind, tag, series and time window', async () => {
    const { call } = server();
    assert.deepEqual(ids(await call('GET', '/v1/events?kind=online')), ['evt_online']);
    assert.deepEqual(ids(await call('GET', '/v1/events?kind=hybrid')), ['evt_exchange_q1', 'evt_exchange_q2']);
    assert.deepEqual(ids(await call('GET', '/v1/events?series=quarterly-exchange')), ['evt_exchange_q1', 'evt_exchange_q2']);
    assert.deepEqual(ids(await call('GET', '/v1/events?tag=volunteers')), ['evt_small', 'evt_online']);
    const window = await call('GET', '/v1/events?from=2027-01-01T00:00:00Z&to=2027-04-01T00:00:00Z');
    assert.deepEqual(ids(window), ['evt_exchange_q1', 'evt_night']);
  });

  it('walks every page with the cursor', async () => {
    const { call } = server();
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const page: Answer = await call('GET', `/v1/events${query}`);
      assert.ok(page.body.items.length <= 2);
      seen.push(...ids(page));
      cursor = page.body.nextCursor;
      pages++;
    }
    assert.equal(pages, 5);
    assert.deepEqual(seen, ids(await call('GET', '/v1/events')));
  });

  it('gives up to 500 events a page, so that a month calendar needs one or two requests, and no more than that', async () => {
    const { call } = server((data) => {
      const [model] = data.events;
      for (let index = 0; index < 600; index++) data.events.push({ ...model!, id: `evt_many_${index}` });
    });
    const first = await call('GET', '/v1/events?from=2020-01-01T00:00:00Z&limit=500');
    assert.equal(first.status, 200);
    assert.equal(first.body.items.length, 500);
    const second = await call('GET', `/v1/events?from=2020-01-01T00:00:00Z&limit=500&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    assert.equal(second.body.items.length, 109);
    assert.equal(second.body.nextCursor, null);
    const tooMany = await call('GET', '/v1/events?limit=501');
    assert.equal(tooMany.status, 400);
    assert.deepEqual(Object.keys(tooMany.body.error.fieldErrors), ['limit']);
    // other lists keep their pages of at most 100
    assert.equal((await call('GET', '/v1/announcements?limit=101')).status, 400);
  });

  it('answers bad query parameters with the error envelope and field errors', async () => {
    const { call } = server();
    const answer = await call('GET', '/v1/events?limit=0&kind=boat&from=yesterday&cursor=nonsense');
    assert.equal(answer.status, 400);
    assert.equal(answer.body.error.code, 'validation_failed');
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors).sort(), ['from', 'kind', 'limit']);
    assert.match(answer.body.error.fieldErrors.kind[0], /online/);
    const cursor = await call('GET', '/v1/events?cursor=bm9wZQ');
    assert.equal(cursor.status, 400);
    assert.deepEqual(Object.keys(cursor.body.error.fieldErrors), ['cursor']);
  });

  it('needs a key', async () => {
    const { call, handle } = server();
    assert.equal((await call('GET', '/v1/events', { as: null })).status, 401);
    for (const authorization of ['Bearer nonsense', 'Basic pk_x']) {
      const response = await handle(new Request('http://mock.test/v1/events', { headers: { authorization } }));
      assert.equal(response.status, 401);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'unauthorized');
    }
  });

  it('tells an unknown path from a wrong method', async () => {
    const { call } = server();
    const missing = await call('GET', '/v1/nothing');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
    const wrong = await call('DELETE', '/v1/events');
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET, POST');
  });
});

describe('GET /v1/events/{id}', () => {
  it('answers one event with every optional field written out', async () => {
    const { call } = server((data) => {
      const { status: _status, points: _points, questions: _questions, registrationDeadline: _deadline, ...bare } =
        data.events.find((event) => event.id === 'evt_sale')!;
      data.events = [bare];
    });
    const answer = await call('GET', '/v1/events/evt_sale');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.id, 'evt_sale');
    assert.equal(answer.body.status, 'scheduled');
    assert.equal(answer.body.points, 0);
    assert.deepEqual(answer.body.questions, []);
    assert.equal(answer.body.registrationDeadline, null);
    assert.equal(answer.body.registeredCount, 0);
    assert.equal('joinUrl' in answer.body, false, 'the join link is for confirmed registrants only');
  });

  it('answers 404 for an unknown event and 401 without a key', async () => {
    const { call } = server();
    const missing = await call('GET', '/v1/events/evt_nope');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
    assert.equal((await call('GET', '/v1/events/evt_small', { as: null })).status, 401);
  });
});

describe('iCalendar', () => {
  it('serves a feed of the events matching the filters, without join links', async () => {
    const { call } = server();
    const answer = await call('GET', '/v1/events.ics?series=quarterly-exchange');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.ok(answer.text.startsWith('BEGIN:VCALENDAR\r\n'));
    assert.doesNotMatch(answer.text, /\r(?!\n)|(?<!\r)\n/);
    assert.deepEqual([...answer.text.matchAll(/^UID:(.*)\r$/gm)].map((match) => match[1]), [
      'evt_exchange_q1@ngo-kit',
      'evt_exchange_q2@ngo-kit',
    ]);
    assert.match(answer.text, /\r\nX-WR-TIMEZONE:Europe\/Berlin\r\n/);
    assert.match(answer.text, /\r\nDTSTART:20270116T130000Z\r\n/);
    assert.doesNotMatch(answer.text, /meet\.example|CONFERENCE/);
  });

  it('marks cancelled events in the feed', async () => {
    const { call } = server();
    const answer = await call('GET', '/v1/events.ics?to=2026-12-13T00:00:00Z&from=2026-12-12T00:00:00Z');
    assert.equal([...answer.text.matchAll(/BEGIN:VEVENT/g)].length, 1);
    assert.match(answer.text, /\r\nSTATUS:CANCELLED\r\n/);
  });

  it('refuses bad filters and a missing key', async () => {
    const { call } = server();
    const bad = await call('GET', '/v1/events.ics?kind=boat');
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.body.error.fieldErrors), ['kind']);
    assert.equal((await call('GET', '/v1/events.ics', { as: null })).status, 401);
  });

  it('serves one event as a file, in UTC across a daylight saving change', async () => {
    const { call } = server();
    const answer = await call('GET', '/v1/events/evt_night.ics');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.equal(answer.headers.get('content-disposition'), 'attachment; filename="evt_night.ics"');
    assert.equal([...answer.text.matchAll(/BEGIN:VEVENT/g)].length, 1);
    assert.match(answer.text, /\r\nDTSTART:20270328T003000Z\r\nDTEND:20270328T020000Z\r\n/);
    assert.match(answer.text, /\r\nDTSTAMP:20261123T090000Z\r\n/);
  });

  it('answers 404 for an unknown event and 401 without a key', async () => {
    const { call } = server();
    assert.equal((await call('GET', '/v1/events/evt_nope.ics')).status, 404);
    assert.equal((await call('GET', '/v1/events/evt_night.ics', { as: null })).status, 401);
  });
});

const NEW_EVENT = {
  title: 'Charity sale planning',
  summary: 'Who brings what.',
  language: 'en',
  startsAt: '2027-02-06T10:00:00+01:00',
  endsAt: '2027-02-06T12:00:00+01:00',
  timeZone: 'Europe/Berlin',
  kind: 'hybrid',
  location: { name: 'Community Hall', city: 'Berlin', country: 'DE' },
  joinUrl: 'https://meet.example/planning',
};

describe('POST /v1/events (staff)', () => {
  it('creates a scheduled event with the defaults of what was left out, and says where it is', async () => {
    const { call, store } = server();
    const answer = await call('POST', '/v1/events', { as: SECRET, body: NEW_EVENT });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.id, 'evt_000001');
    assert.equal(answer.headers.get('location'), 'http://mock.test/v1/events/evt_000001');
    assert.equal(answer.body.status, 'scheduled');
    assert.equal(answer.body.startsAt, '2027-02-06T09:00:00.000Z');
    assert.equal(answer.body.capacity, null);
    assert.deepEqual(answer.body.tags, []);
    assert.equal(answer.body.points, 0);
    assert.equal(answer.body.registeredCount, 0);
    assert.equal(store.read().events.find((event) => event.id === 'evt_000001')?.joinUrl, 'https://meet.example/planning');
    assert.equal((await call('GET', '/v1/events/evt_000001')).body.title, 'Charity sale planning');
  });

  it('answers 400 with field errors for bad fields and for fields that do not hold together', async () => {
    const { call, store } = server();
    const before = store.read().events.length;
    const fields = await call('POST', '/v1/events', { as: SECRET, body: { ...NEW_EVENT, title: ' ', timeZone: 'Mars/Olympus', extra: 1 } });
    assert.equal(fields.status, 400);
    assert.deepEqual(Object.keys(fields.body.error.fieldErrors).sort(), ['_', 'timeZone', 'title']);

    const together = await call('POST', '/v1/events', {
      as: SECRET,
      body: {
        ...NEW_EVENT,
        kind: 'online',
        endsAt: '2027-02-06T09:00:00+01:00',
        registrationDeadline: '2027-02-06T11:00:00+01:00',
        questions: [
          { id: 'q', type: 'text', prompt: 'One', required: false, maxLength: 5 },
          { id: 'q', type: 'choice', prompt: 'Two', required: true, options: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] },
        ],
      },
    });
    assert.equal(together.status, 400);
    assert.deepEqual(Object.keys(together.body.error.fieldErrors).sort(), [
      'endsAt',
      'location',
      'questions.1.id',
      'questions.1.options',
      'registrationDeadline',
    ]);
    const offline = await call('POST', '/v1/events', { as: SECRET, body: { ...NEW_EVENT, kind: 'offline', location: null } });
    assert.deepEqual(Object.keys(offline.body.error.fieldErrors).sort(), ['joinUrl', 'location']);
    assert.equal(store.read().events.length, before);
  });

  it('is for staff only', async () => {
    const { call } = server();
    assert.equal((await call('POST', '/v1/events', { as: null, body: NEW_EVENT })).status, 401);
    const publishable = await call('POST', '/v1/events', { body: NEW_EVENT });
    assert.equal(publishable.status, 403);
    assert.equal(publishable.body.error.code, 'forbidden');
  });
});

describe('PATCH /v1/events/{id} (staff)', () => {
  it('changes the fields sent and keeps the others', async () => {
    const { call } = server();
    const answer = await call('PATCH', '/v1/events/evt_small', { as: SECRET, body: { title: 'Briefing, moved', points: 30 } });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.title, 'Briefing, moved');
    assert.equal(answer.body.points, 30);
    assert.equal(answer.body.capacity, 2);
    assert.equal(answer.body.questions.length, 2);
  });

  it('confirms the waitlist in order when places are added, and refuses fewer places than are confirmed', async () => {
    const { call } = server();
    const people = ['a', 'b', 'c', 'd', 'e'];
    for (const who of people) await register(call, 'evt_small', { email: `${who}@example.org`, answers: SMALL_ANSWERS });
    const fewer = await call('PATCH', '/v1/events/evt_small', { as: SECRET, body: { capacity: 1 } });
    assert.equal(fewer.status, 409);
    assert.equal(fewer.body.error.code, 'conflict');

    const more = await call('PATCH', '/v1/events/evt_small', { as: SECRET, body: { capacity: 4 } });
    assert.equal(more.status, 200);
    assert.equal(more.body.registeredCount, 4);
    const unlimited = await call('PATCH', '/v1/events/evt_small', { as: SECRET, body: { capacity: null } });
    assert.equal(unlimited.body.registeredCount, 5);
  });

  it('checks the event as it will be, answers 404 and 409, and is for staff only', async () => {
    const { call } = server();
    const online = await call('PATCH', '/v1/events/evt_small', { as: SECRET, body: { kind: 'online' } });
    assert.equal(online.status, 400);
    assert.deepEqual(Object.keys(online.body.error.fieldErrors), ['location']);
    const early = await call('PATCH', '/v1/events/evt_small', { as: SECRET, body: { endsAt: '2026-12-01T00:00:00Z' } });
    assert.deepEqual(Object.keys(early.body.error.fieldErrors), ['endsAt']);
    const typo = await call('PATCH', '/v1/events/evt_small', { as: SECRET, body: { capacity: -1 } });
    assert.deepEqual(Object.keys(typo.body.error.fieldErrors), ['capacity']);
    assert.equal((await call('PATCH', '/v1/events/evt_nope', { as: SECRET, body: { title: 'x' } })).status, 404);
    assert.equal((await call('PATCH', '/v1/events/evt_cancelled', { as: SECRET, body: { title: 'x' } })).status, 409);
    assert.equal((await call('PATCH', '/v1/events/evt_small', { body: { title: 'x' } })).status, 403);
    assert.equal((await call('PATCH', '/v1/events/evt_small', { as: null, body: { title: 'x' } })).status, 401);
  });
});

describe('POST /v1/events/{id}/cancellation (staff)', () => {
  it('cancels the event and keeps its registrations as they are, telling each registrant', async () => {
    const { call, store } = server();
    for (const who of ['a', 'b', 'c']) await register(call, 'evt_small', { email: `${who}@example.org`, answers: SMALL_ANSWERS });
    const answer = await call('POST', '/v1/events/evt_small/cancellation', { as: SECRET });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.status, 'cancelled');
    assert.equal(answer.body.registeredCount, 2);
    const statuses = store.read().registrations.map((registration) => registration.status);
    assert.deepEqual(statuses, ['confirmed', 'confirmed', 'waitlisted']);
    const told = store.read().mail.filter((mail) => mail.subject.startsWith('Cancelled:')).map((mail) => mail.to);
    assert.deepEqual(told, ['a@example.org', 'b@example.org', 'c@example.org']);
    assert.equal((await call('GET', '/v1/events/evt_small')).body.status, 'cancelled');
  });

  it('answers 409 the second time, 404 for an unknown event, and is for staff only', async () => {
    const { call } = server();
    assert.equal((await call('POST', '/v1/events/evt_small/cancellation', { as: SECRET })).status, 200);
    const again = await call('POST', '/v1/events/evt_small/cancellation', { as: SECRET });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'conflict');
    assert.equal((await call('POST', '/v1/events/evt_nope/cancellation', { as: SECRET })).status, 404);
    assert.equal((await call('POST', '/v1/events/evt_online/cancellation')).status, 403);
    assert.equal((await call('POST', '/v1/events/evt_online/cancellation', { as: null })).status, 401);
  });
});

describe('POST /v1/events/{id}/registrations', () => {
  it('confirms a place, with a cancellation link from the server origin, and mails it', async () => {
    const { call, store } = server();
    const answer = await register(call, 'evt_small', { answers: { diet: 'veg', note: ' nuts ' } });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.status, 'confirmed');
    assert.equal(answer.body.waitlistPosition, null);
    assert.equal(answer.body.joinUrl, null);
    assert.match(answer.body.cancellationToken, /^ct_[\w-]{20,}$/);
    assert.equal(answer.body.cancellationUrl, `http://mock.test/registrations/${answer.body.id}/cancellation#token=${answer.body.cancellationToken}`);
    const stored = store.read().registrations[0];
    assert.deepEqual(stored?.answers, { diet: 'veg', note: 'nuts' });
    assert.equal(stored?.memberId, null);
    const mail = store.read().mail;
    assert.equal(mail.length, 1);
    assert.equal(mail[0]?.kind, 'registration');
    assert.equal(mail[0]?.to, REGISTRANT.email);
    assert.equal(mail[0]?.token, answer.body.cancellationToken);
    assert.equal((await call('GET', '/v1/events/evt_small')).body.registeredCount, 1);
  });

  it('waitlists in order once the places are taken', async () => {
    const { call } = server();
    const statuses = [];
    for (const who of ['a', 'b', 'c', 'd']) {
      const answer = await register(call, 'evt_small', { email: `${who}@example.org`, answers: SMALL_ANSWERS });
      statuses.push([answer.body.status, answer.body.waitlistPosition]);
    }
    assert.deepEqual(statuses, [
      ['confirmed', null],
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
  });

  it('reveals the join link of an online event to confirmed registrants only', async () => {
    const { call } = server();
    const first = await register(call, 'evt_online', { email: 'first@example.org' });
    assert.equal(first.body.status, 'confirmed');
    assert.equal(first.body.joinUrl, 'https://meet.example/onboarding');
    const second = await register(call, 'evt_online', { email: 'second@example.org' });
    assert.equal(second.body.status, 'waitlisted');
    assert.equal(second.body.joinUrl, null);
  });

  it('links the registration to the member by e-mail or by the member token', async () => {
    const { call, store } = server((data) => {
      addMember(data, 'mem_ana', { email: 'Ana@Example.org' });
      addMember(data, 'mem_bo');
    });
    await register(call, 'evt_sale', { email: 'ana@example.org' });
    await register(call, 'evt_sale', { email: 'bo.private@example.org' }, 'mt_mem_bo');
    await register(call, 'evt_sale', { email: 'stranger@example.org' });
    assert.deepEqual(
      store.read().registrations.map((registration) => registration.memberId),
      ['mem_ana', 'mem_bo', null],
    );
  });

  it('refuses the same e-mail twice for one event, in any case, until that registration is cancelled', async () => {
    const { call } = server();
    const first = await register(call, 'evt_sale');
    const twice = await register(call, 'evt_sale', { email: 'LI.WEI@example.org', name: 'Someone else' });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, 'conflict');
    assert.equal((await register(call, 'evt_online')).status, 201, 'another event is fine');
    await call('POST', `/v1/registrations/${first.body.id}/cancellation`, { body: { token: first.body.cancellationToken } });
    assert.equal((await register(call, 'evt_sale')).status, 201);
  });

  it('checks the answers against the event questions, with a field error per answer', async () => {
    const { call, store } = server();
    const missing = await register(call, 'evt_small', { answers: { note: 'hi' } });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.error.fieldErrors, { 'answers.diet': ['An answer is required'] });
    const wrong = await register(call, 'evt_small', { answers: { diet: 'Vegetarian', note: 'far too long', extra: 'x' } });
    assert.equal(wrong.status, 400);
    assert.deepEqual(wrong.body.error.fieldErrors, {
      'answers.diet': ['Choose one of: veg, any'],
      'answers.note': ['At most 10 characters'],
      'answers.extra': ['Not a question of this event'],
    });
    const blank = await register(call, 'evt_small', { answers: { diet: '   ' } });
    assert.deepEqual(Object.keys(blank.body.error.fieldErrors), ['answers.diet']);
    assert.equal(store.read().registrations.length, 0);
  });

  it('answers 400 for a form that breaks the schema, the honeypot included', async () => {
    const { call } = server();
    const answer = await call('POST', '/v1/events/evt_sale/registrations', {
      body: { name: '', email: 'nope', role: 'boss', consent: false, website: 'http://spam.example' },
    });
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors).sort(), ['consent', 'email', 'name', 'role', 'website']);
  });

  it('refuses a cancelled event with 409, and after the deadline or the start with 422', async () => {
    const { call, store } = server();
    const cancelled = await register(call, 'evt_cancelled');
    assert.equal(cancelled.status, 409);
    assert.match(cancelled.body.error.message, /cancelled/);
    const closed = await register(call, 'evt_closed');
    assert.equal(closed.status, 422);
    assert.equal(closed.body.error.code, 'unprocessable');
    assert.equal((await register(call, 'evt_started')).status, 422);
    assert.equal(store.read().registrations.length, 0);
  });

  it('answers 404 for an unknown event and 401 without a key', async () => {
    const { call } = server();
    assert.equal((await register(call, 'evt_nope')).status, 404);
    assert.equal((await call('POST', '/v1/events/evt_sale/registrations', { as: null, body: REGISTRANT })).status, 401);
  });

  it('gives 200 concurrent registrations for 50 places exactly 50 places and a waitlist 1..150 without gaps', async () => {
    const { call, store } = server((data) => {
      data.events.push({ ...data.events.find((event) => event.id === 'evt_sale')!, id: 'evt_big', capacity: 50 });
    });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, index) => register(call, 'evt_big', { email: `runner${index}@example.org` })),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status).filter((status) => status !== 201),
      [],
    );
    const confirmed = answers.filter((answer) => answer.body.status === 'confirmed');
    const waitlisted = answers.filter((answer) => answer.body.status === 'waitlisted');
    assert.equal(confirmed.length, 50);
    assert.equal(waitlisted.length, 150);
    const positions = waitlisted.map((answer) => answer.body.waitlistPosition).sort((a, b) => a - b);
    assert.deepEqual(positions, Array.from({ length: 150 }, (_, index) => index + 1));
    assert.equal((await call('GET', '/v1/events/evt_big')).body.registeredCount, 50);

    const leaving = confirmed[17]!.body;
    const first = waitlisted.find((answer) => answer.body.waitlistPosition === 1)!.body;
    const second = waitlisted.find((answer) => answer.body.waitlistPosition === 2)!.body;
    const cancel = await call('POST', `/v1/registrations/${leaving.id}/cancellation`, { body: { token: leaving.cancellationToken } });
    assert.equal(cancel.status, 200);
    const data = store.read();
    const statusOf = (id: string) => data.registrations.find((registration) => registration.id === id)?.status;
    assert.equal(statusOf(first.id), 'confirmed');
    assert.equal(data.registrations.filter((registration) => registration.status === 'confirmed').length, 50);
    assert.equal(data.registrations.filter((registration) => registration.status === 'waitlisted').length, 149);
    const promotedMail = data.mail.filter((mail) => mail.to === `runner${answers.findIndex((answer) => answer.body.id === first.id)}@example.org`);
    assert.deepEqual(promotedMail.map((mail) => mail.subject.split(':')[0]), ['Waitlisted', 'Confirmed']);

    const mine = await call('POST', `/v1/registrations/${second.id}/cancellation`, { body: { token: second.cancellationToken } });
    assert.equal(mine.body.status, 'cancelled');
    const third = waitlisted.find((answer) => answer.body.waitlistPosition === 3)!.body;
    const renumbered = await call('POST', `/v1/registrations/${third.id}/cancellation`, { body: { token: 'ct_wrong_token_here' } });
    assert.equal(renumbered.status, 403);
    const remaining = store.read().registrations.filter((registration) => registration.status === 'waitlisted');
    assert.equal(remaining.length, 148);
  });
});

describe('POST /v1/registrations/{id}/cancellation', () => {
  async function twoPlacesTaken() {
    const context = server();
    const taken = [];
    for (const who of ['a', 'b', 'c', 'd']) {
      taken.push((await register(context.call, 'evt_small', { email: `${who}@example.org`, answers: SMALL_ANSWERS })).body);
    }
    return { ...context, taken };
  }

  it('cancels with the token and confirms the first of the waitlist, whose place is renumbered away', async () => {
    const { call, taken, store } = await twoPlacesTaken();
    const [a, , c, d] = taken;
    const answer = await call('POST', `/v1/registrations/${a.id}/cancellation`, { body: { token: a.cancellationToken } });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.status, 'cancelled');
    assert.equal(answer.body.waitlistPosition, null);
    assert.equal(answer.body.joinUrl, null);
    const byId = (id: string) => store.read().registrations.find((registration) => registration.id === id);
    assert.equal(byId(c.id)?.status, 'confirmed');
    assert.equal(byId(d.id)?.status, 'waitlisted');
    const mine = await call('POST', `/v1/registrations/${d.id}/cancellation`, { body: { token: d.cancellationToken } });
    assert.equal(mine.body.status, 'cancelled');
  });

  it('answers the cancelled registration again, without moving anyone else up', async () => {
    const { call, taken, store } = await twoPlacesTaken();
    const [a] = taken;
    await call('POST', `/v1/registrations/${a.id}/cancellation`, { body: { token: a.cancellationToken } });
    const again = await call('POST', `/v1/registrations/${a.id}/cancellation`, { body: { token: a.cancellationToken } });
    assert.equal(again.status, 200);
    assert.equal(again.body.status, 'cancelled');
    assert.deepEqual(
      store.read().registrations.map((registration) => registration.status),
      ['cancelled', 'confirmed', 'confirmed', 'waitlisted'],
    );
  });

  it('renumbers the waitlist when a waitlisted registration cancels', async () => {
    const { call, taken, store } = await twoPlacesTaken();
    const [, , c, d] = taken;
    await call('POST', `/v1/registrations/${c.id}/cancellation`, { body: { token: c.cancellationToken } });
    const { body } = await call('GET', '/v1/events/evt_small');
    assert.equal(body.registeredCount, 2);
    assert.equal(store.read().registrations.find((registration) => registration.id === d.id)?.status, 'waitlisted');
    const later = await register(call, 'evt_small', { email: 'e@example.org', answers: SMALL_ANSWERS });
    assert.equal(later.body.waitlistPosition, 2, 'd is first now, e second');
  });

  it('refuses a wrong token with 403, an unknown registration with 404 and a started event with 422', async () => {
    const { call, taken, store } = await twoPlacesTaken();
    const wrong = await call('POST', `/v1/registrations/${taken[0].id}/cancellation`, { body: { token: taken[1].cancellationToken } });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.error.code, 'forbidden');
    assert.equal((await call('POST', '/v1/registrations/reg_nope/cancellation', { body: { token: 'ct_12345678' } })).status, 404);
    store.write((data) => {
      data.registrations.push({ ...data.registrations[0]!, id: 'reg_started', eventId: 'evt_started', cancellationToken: 'ct_started' });
    });
    const started = await call('POST', '/v1/registrations/reg_started/cancellation', { body: { token: 'ct_started' } });
    assert.equal(started.status, 422);
    assert.equal(store.read().registrations.filter((registration) => registration.status === 'cancelled').length, 0);
  });

  it('answers 400 without a token in the body and 401 without a key', async () => {
    const { call, taken } = await twoPlacesTaken();
    const missing = await call('POST', `/v1/registrations/${taken[0].id}/cancellation`, { body: {} });
    assert.equal(missing.status, 400);
    assert.deepEqual(Object.keys(missing.body.error.fieldErrors), ['token']);
    const inQuery = await call('POST', `/v1/registrations/${taken[0].id}/cancellation?token=${taken[0].cancellationToken}`, { body: {} });
    assert.equal(inQuery.status, 400, 'the token is read from the body only');
    const anonymous = await call('POST', `/v1/registrations/${taken[0].id}/cancellation`, {
      as: null,
      body: { token: taken[0].cancellationToken },
    });
    assert.equal(anonymous.status, 401);
  });
});

describe('POST /v1/events/{id}/attendance (staff)', () => {
  function startedServer() {
    return server((data) => {
      addMember(data, 'mem_ana');
      addMember(data, 'mem_bo', { roles: ['member', 'volunteer'] });
      data.ledger.push({
        id: 'led_seed',
        memberId: 'mem_ana',
        kind: 'earned',
        source: 'adjustment',
        amount: 5,
        reason: 'Welcome',
        balanceAfter: 5,
        at: '2026-01-01T00:00:00Z',
      });
      const base = {
        eventId: 'evt_started',
        memberId: null,
        name: 'x',
        phone: null,
        answers: {},
        createdAt: '2026-11-01T00:00:00Z',
        cancelledAt: null,
      };
      data.registrations.push(
        { ...base, id: 'reg_ana', memberId: 'mem_ana', email: 'mem_ana@example.org', role: 'attendee', status: 'confirmed', cancellationToken: 'ct_a' },
        { ...base, id: 'reg_bo', email: 'mem_bo@example.org', role: 'volunteer', status: 'confirmed', cancellationToken: 'ct_b' },
        { ...base, id: 'reg_guest', email: 'guest@example.org', role: 'volunteer', status: 'confirmed', cancellationToken: 'ct_c' },
        { ...base, id: 'reg_wait', email: 'wait@example.org', role: 'attendee', status: 'waitlisted', cancellationToken: 'ct_d' },
        { ...base, id: 'reg_gone', email: 'gone@example.org', role: 'attendee', status: 'cancelled', cancellationToken: 'ct_e' },
        { ...base, id: 'reg_other', eventId: 'evt_sale', email: 'other@example.org', role: 'attendee', status: 'confirmed', cancellationToken: 'ct_f' },
      );
    });
  }

  it("checks in a confirmed attendee and awards the event's points in the ledger", async () => {
    const { call, store } = startedServer();
    const answer = await call('POST', '/v1/events/evt_started/attendance', { as: SECRET, body: { registrationId: 'reg_ana' } });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.registrationId, 'reg_ana');
    assert.equal(answer.body.eventId, 'evt_started');
    assert.equal(answer.body.hoursServed, 0);
    assert.equal(answer.body.pointsAwarded, 15);
    assert.equal('memberId' in answer.body, false);
    const entries = store.read().ledger.filter((entry) => entry.memberId === 'mem_ana');
    assert.deepEqual(entries.at(-1), {
      id: 'led_000001',
      memberId: 'mem_ana',
      kind: 'earned',
      source: 'attendance',
      amount: 15,
      eventId: 'evt_started',
      reason: 'Event evt_started',
      balanceAfter: 20,
      at: '2026-11-23T09:00:00.000Z',
    });
    assert.equal(store.read().attendance.length, 1);
  });

  it("awards a volunteer's hours too, linking the registration to the member the e-mail belongs to", async () => {
    const { call, store } = startedServer();
    const answer = await call('POST', '/v1/events/evt_started/attendance', {
      as: SECRET,
      body: { registrationId: 'reg_bo', hoursServed: 2.25 },
    });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.hoursServed, 2.25);
    assert.equal(answer.body.pointsAwarded, 15 + 23);
    const entries = store.read().ledger.filter((entry) => entry.memberId === 'mem_bo');
    assert.deepEqual(
      entries.map((entry) => [entry.source, entry.amount, entry.balanceAfter]),
      [
        ['attendance', 15, 15],
        ['volunteer_hours', 23, 38],
      ],
    );
    const hours = entries[1];
    assert.ok(hours?.source === 'volunteer_hours');
    assert.equal(hours.hours, 2.25);
    assert.equal(hours.eventId, 'evt_started');
    assert.equal(store.read().registrations.find((registration) => registration.id === 'reg_bo')?.memberId, 'mem_bo');
  });

  it('records a guest without a ledger entry', async () => {
    const { call, store } = startedServer();
    const answer = await call('POST', '/v1/events/evt_started/attendance', { as: SECRET, body: { registrationId: 'reg_guest', hoursServed: 1 } });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.pointsAwarded, 0);
    assert.equal(store.read().ledger.length, 1);
  });

  it('checks in once, confirmed registrations only, hours for volunteers only', async () => {
    const { call, store } = startedServer();
    const checkIn = (body: object) => call('POST', '/v1/events/evt_started/attendance', { as: SECRET, body });
    assert.equal((await checkIn({ registrationId: 'reg_ana' })).status, 201);
    const twice = await checkIn({ registrationId: 'reg_ana' });
    assert.equal(twice.status, 409);
    assert.match(twice.body.error.message, /already/);
    assert.equal((await checkIn({ registrationId: 'reg_wait' })).status, 409);
    assert.equal((await checkIn({ registrationId: 'reg_gone' })).status, 409);
    const attendeeHours = await checkIn({ registrationId: 'reg_guest', hoursServed: 1 });
    assert.equal(attendeeHours.status, 201, 'reg_guest is a volunteer');
    store.write((data) => {
      data.registrations.find((registration) => registration.id === 'reg_wait')!.status = 'confirmed';
    });
    const notVolunteer = await checkIn({ registrationId: 'reg_wait', hoursServed: 1 });
    assert.equal(notVolunteer.status, 422);
    assert.equal(store.read().attendance.length, 2);
    assert.equal(store.read().ledger.length, 2, 'the welcome entry and one attendance');
  });

  it('answers 404 for an unknown event or a registration of another event, 409 at a cancelled event', async () => {
    const { call, store } = startedServer();
    assert.equal((await call('POST', '/v1/events/evt_nope/attendance', { as: SECRET, body: { registrationId: 'reg_ana' } })).status, 404);
    assert.equal((await call('POST', '/v1/events/evt_started/attendance', { as: SECRET, body: { registrationId: 'reg_other' } })).status, 404);
    store.write((data) => {
      data.events.find((event) => event.id === 'evt_started')!.status = 'cancelled';
    });
    assert.equal((await call('POST', '/v1/events/evt_started/attendance', { as: SECRET, body: { registrationId: 'reg_ana' } })).status, 409);
  });

  it('answers 400 for a bad body and is for staff only', async () => {
    const { call } = startedServer();
    const bad = await call('POST', '/v1/events/evt_started/attendance', { as: SECRET, body: { registrationId: 'reg_bo', hoursServed: 1.3 } });
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.body.error.fieldErrors), ['hoursServed']);
    assert.equal((await call('POST', '/v1/events/evt_started/attendance', { body: { registrationId: 'reg_ana' } })).status, 403);
    assert.equal((await call('POST', '/v1/events/evt_started/attendance', { as: 'mt_mem_ana', body: { registrationId: 'reg_ana' } })).status, 403);
    assert.equal((await call('POST', '/v1/events/evt_started/attendance', { as: null, body: { registrationId: 'reg_ana' } })).status, 401);
  });
});

describe('scenarios and faults', () => {
  it('answers 500 in the envelope when a request prefers the failing scenario', async () => {
    const { call } = server();
    const answer = await call('GET', '/v1/events', { headers: { prefer: 'scenario=failing' } });
    assert.equal(answer.status, 500);
    assert.equal(answer.body.error.code, 'internal_error');
  });

  it('answers an empty list in the empty scenario', async () => {
    const { call } = server();
    assert.deepEqual((await call('GET', '/v1/events', { headers: { prefer: 'scenario=empty' } })).body.items, []);
  });

  it('reads its faults on every request', async () => {
    const faults: Faults = { failRate: 1 };
    const { call } = testServer({ data: eventsFixture(), faults });
    assert.equal((await call('GET', '/v1/events')).status, 500);
    faults.failRate = 0;
    assert.equal((await call('GET', '/v1/events')).status, 200);
  });
});

describe('CORS', () => {
  it('answers a preflight and marks responses for allowed origins only', async () => {
    const { call, handle } = testServer({ data: eventsFixture(), allowedOrigins: ['https://ngo.example'] });
    const preflight = await handle(
      new Request('http://mock.test/v1/events', { method: 'OPTIONS', headers: { origin: 'https://ngo.example' } }),
    );
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://ngo.example');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
    const other = await call('GET', '/v1/events', { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});
