import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  emptyData,
  type AttendanceRecord,
  type EventRecord,
  type MemberRecord,
  type RegistrationRecord,
  type StoreData,
  type SurveyRecord,
  type SurveyResponseRecord,
} from '@ngo-kit/mock-server';
import { KPI_IDS } from '@ngo-kit/sdk/schemas';
import { PUBLISHABLE, SECRET, testServer } from './support.js';

function member(id: string, joinedAt: string, extra: Partial<MemberRecord> = {}): MemberRecord {
  return {
    id,
    name: id,
    email: `${id}@members.example`,
    roles: ['member'],
    interests: [],
    locale: 'en',
    newsletter: false,
    status: 'active',
    joinedAt,
    confirmedAt: joinedAt,
    confirmationToken: null,
    leftAt: null,
    volunteerFrom: null,
    volunteerUntil: null,
    ...extra,
  };
}

function event(id: string, startsAt: string, endsAt: string, extra: Partial<EventRecord> = {}): EventRecord {
  return {
    id,
    title: `Event ${id}`,
    summary: '',
    language: 'en',
    startsAt,
    endsAt,
    timeZone: 'UTC',
    kind: 'offline',
    location: { name: 'Hall' },
    capacity: null,
    tags: [],
    series: null,
    joinUrl: null,
    createdAt: '2025-01-01T00:00:00Z',
    ...extra,
  };
}

/** Registrations of an event by status, the first `attended` confirmed ones checked in. */
function turnout(
  data: StoreData,
  eventId: string,
  counts: { confirmed: number; attended: number; waitlisted?: number; cancelled?: number; waitlistedCheckedIn?: number },
) {
  const add = (status: RegistrationRecord['status'], count: number, checkedIn: number) => {
    for (let index = 0; index < count; index += 1) {
      const id = `reg_${eventId}_${status}_${index}`;
      data.registrations.push({
        id,
        eventId,
        memberId: null,
        name: id,
        email: `${id}@people.example`,
        phone: null,
        role: 'attendee',
        answers: {},
        status,
        cancellationToken: `token_${id}`,
        createdAt: '2025-01-01T00:00:00Z',
        cancelledAt: status === 'cancelled' ? '2025-01-02T00:00:00Z' : null,
      });
      if (index < checkedIn) {
        const attendance: AttendanceRecord = {
          registrationId: id,
          eventId,
          memberId: null,
          checkedInAt: '2025-01-03T00:00:00Z',
          hoursServed: 0,
          pointsAwarded: 0,
        };
        data.attendance.push(attendance);
      }
    }
  };
  add('confirmed', counts.confirmed, counts.attended);
  add('waitlisted', counts.waitlisted ?? 0, counts.waitlistedCheckedIn ?? 0);
  add('cancelled', counts.cancelled ?? 0, 0);
}

const SURVEY: SurveyRecord = {
  id: 'srv_h1',
  title: 'Half-yearly survey',
  description: '',
  opensAt: '2026-05-01T00:00:00Z',
  closesAt: '2026-12-01T00:00:00Z',
  questions: [
    { id: 'q_nps', type: 'nps', prompt: 'Recommend us?', required: true, lowLabel: 'No', highLabel: 'Yes' },
    { id: 'q_events', type: 'csat', prompt: 'Events?', required: true },
    { id: 'q_news', type: 'csat', prompt: 'Newsletter?', required: false },
  ],
};

function response(id: string, updatedAt: string, scores: { nps: number; events: number; news?: number }, complete = true): SurveyResponseRecord {
  const answers: SurveyResponseRecord['answers'] = {
    q_nps: { type: 'nps', value: scores.nps },
    q_events: { type: 'csat', value: scores.events },
  };
  if (scores.news !== undefined) answers.q_news = { type: 'csat', value: scores.news };
  return { id, surveyId: SURVEY.id, answers, complete, createdAt: updatedAt, updatedAt, respondent: `browser:${id}`, memberId: null };
}

/**
 * One organisation, the clock at TEST_NOW (2026-11-23T09:00Z). Each figure
 * expected below is counted by hand from this list.
 */
function fixture(): StoreData {
  const data = emptyData();
  data.members.push(
    member('m01', '2025-05-01T00:00:00Z'),
    member('m02', '2025-06-01T00:00:00Z', { leftAt: '2026-04-15T00:00:00Z' }),
    member('m03', '2025-07-01T00:00:00Z', { volunteerFrom: '2025-07-01T00:00:00Z' }),
    member('m04', '2025-08-01T00:00:00Z', { volunteerFrom: '2025-08-01T00:00:00Z', volunteerUntil: '2026-06-30T00:00:00Z' }),
    member('m05', '2025-09-01T00:00:00Z', { leftAt: '2026-02-01T12:00:00Z', volunteerFrom: '2025-09-01T00:00:00Z' }),
    member('m06', '2025-10-01T00:00:00Z', { volunteerFrom: '2025-10-01T00:00:00Z' }),
    member('m07', '2026-02-10T00:00:00Z'),
    member('m08', '2026-03-05T00:00:00Z', { volunteerFrom: '2026-03-05T00:00:00Z' }),
    member('m09', '2026-05-20T00:00:00Z', { volunteerFrom: '2026-06-01T00:00:00Z', volunteerUntil: '2026-09-01T00:00:00Z' }),
    member('m10', '2026-08-08T00:00:00Z', { status: 'pending', confirmedAt: null, confirmationToken: 'ct_pending' }),
    member('m11', '2026-10-15T00:00:00Z'),
    member('m12', '2025-01-01T00:00:00Z', { leftAt: '2025-12-31T00:00:00Z' }),
  );
  data.events.push(
    event('e_feb', '2026-02-14T10:00:00Z', '2026-02-14T12:00:00Z'),
    event('e_jun', '2026-06-20T10:00:00Z', '2026-06-20T12:00:00Z'),
    event('e_cancelled', '2026-09-05T10:00:00Z', '2026-09-05T12:00:00Z', { status: 'cancelled' }),
    event('e_oct_empty', '2026-10-10T10:00:00Z', '2026-10-10T12:00:00Z'),
    event('e_now', '2026-11-23T08:00:00Z', '2026-11-23T10:00:00Z'),
    event('e_dec', '2026-12-12T10:00:00Z', '2026-12-12T12:00:00Z'),
    event('e_last_year', '2025-12-20T10:00:00Z', '2025-12-20T12:00:00Z'),
  );
  turnout(data, 'e_feb', { confirmed: 4, attended: 3, waitlisted: 1, cancelled: 1 });
  turnout(data, 'e_jun', { confirmed: 6, attended: 4, waitlisted: 1, waitlistedCheckedIn: 1 });
  turnout(data, 'e_cancelled', { confirmed: 5, attended: 0 });
  turnout(data, 'e_now', { confirmed: 2, attended: 1 });
  turnout(data, 'e_dec', { confirmed: 3, attended: 0 });
  turnout(data, 'e_last_year', { confirmed: 10, attended: 1 });
  data.surveys.push(SURVEY);
  data.surveyResponses.push(
    response('r1', '2026-06-10T10:00:00Z', { nps: 10, events: 5, news: 4 }),
    response('r2', '2026-06-12T10:00:00Z', { nps: 6, events: 3 }),
    response('r3_draft', '2026-06-15T10:00:00Z', { nps: 10, events: 5 }, false),
    response('r4_last_year', '2025-12-20T10:00:00Z', { nps: 0, events: 1 }),
    response('r5', '2026-11-20T10:00:00Z', { nps: 9, events: 4, news: 2 }),
    response('r6', '2026-11-22T10:00:00Z', { nps: 8, events: 3 }),
  );
  return data;
}

interface KpiAnswer {
  id: string;
  target: number;
  value: number | null;
  met: boolean | null;
  inputs: Record<string, number>;
  series: { month: string; value: number | null }[];
  public: boolean;
}

/** The report of a period, by default as staff see it (the secret key). */
async function report(period: string, as: string = SECRET) {
  const { call } = testServer({ data: fixture() });
  const answer = await call('GET', `/v1/metrics/kpis?period=${period}`, { as });
  assert.equal(answer.status, 200);
  const kpis = Object.fromEntries(answer.body.kpis.map((kpi: KpiAnswer) => [kpi.id, kpi])) as Record<string, KpiAnswer>;
  return { body: answer.body, kpis };
}

const MONTHS_2026 = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((month) => `2026-${month}`);

function series(values: (number | null)[], months = MONTHS_2026) {
  return months.map((month, index) => ({ month, value: values[index] }));
}

describe('GET /v1/metrics/kpis for a year', () => {
  it('answers the four KPIs in order with their targets', async () => {
    const { body } = await report('2026');
    assert.equal(body.period, '2026');
    assert.deepEqual(
      body.kpis.map((kpi: KpiAnswer) => [kpi.id, kpi.target]),
      [
        ['member_growth', 0.2],
        ['participation', 0.7],
        ['volunteer_retention', 0.6],
        ['satisfaction', 0.8],
      ],
    );
  });

  it('measures member growth up to now', async () => {
    const { kpis } = await report('2026');
    // at the start m01-m06 (m12 had left); now m01, m03, m04, m06, m07, m08, m09, m11 (m02, m05 left, m10 pending)
    assert.deepEqual(kpis.member_growth?.inputs, { membersAtStart: 6, membersAtEnd: 8 });
    assert.equal(kpis.member_growth?.value, 2 / 6);
    assert.equal(kpis.member_growth?.met, true);
    // month ends: 6, 6 (-m05 +m07), 7 (+m08), 6 (-m02), 7 (+m09), 7, 7, 7, 7, 8 (+m11), 8 now, December not begun
    assert.deepEqual(kpis.member_growth?.series, series([0, 0, 1 / 6, 0, 1 / 6, 1 / 6, 1 / 6, 1 / 6, 1 / 6, 2 / 6, 2 / 6, null]));
  });

  it('measures participation over the events that have ended', async () => {
    const { kpis } = await report('2026');
    // e_feb 3 of 4, e_jun 4 of 6 (the waitlisted walk-in aside), e_oct_empty 0 of 0; not the cancelled, running or coming ones
    assert.deepEqual(kpis.participation?.inputs, { events: 3, registered: 10, attended: 7 });
    assert.equal(kpis.participation?.value, 0.7);
    assert.equal(kpis.participation?.met, true);
    assert.deepEqual(kpis.participation?.series, series([null, 0.75, 0.75, 0.75, 0.75, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, null]));
  });

  it('measures volunteer retention without the new volunteers', async () => {
    const { kpis } = await report('2026');
    // at the start m03, m04, m05, m06; now m03, m06, m08, of whom m08 is new; m09 came and went
    assert.deepEqual(kpis.volunteer_retention?.inputs, { volunteersAtStart: 4, volunteersAtEnd: 3, newVolunteers: 1 });
    assert.equal(kpis.volunteer_retention?.value, 0.5);
    assert.equal(kpis.volunteer_retention?.met, false);
    // (end - new) / 4 at each month end: 4-0, 3-0 (m05 left), 4-1 (+m08), 4-1, 4-1, 4-2 (m04 out, m09 in), 4-2, 3-1 (m09 out), ...
    assert.deepEqual(
      kpis.volunteer_retention?.series,
      series([1, 0.75, 0.75, 0.75, 0.75, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, null]),
    );
  });

  it('measures satisfaction from the complete responses of the year, with NPS beside it', async () => {
    const { body, kpis } = await report('2026');
    // CSAT 5, 4 (r1), 3 (r2), 4, 2 (r5), 3 (r6): three of six satisfied; NPS 10, 6, 9, 8: 50 % - 25 %
    assert.deepEqual(kpis.satisfaction?.inputs, { responses: 4, csatAnswers: 6, satisfiedAnswers: 3 });
    assert.equal(kpis.satisfaction?.value, 0.5);
    assert.equal(kpis.satisfaction?.met, false);
    assert.equal(body.nps, 25);
    const twoOfThree = 2 / 3;
    assert.deepEqual(
      kpis.satisfaction?.series,
      series([null, null, null, null, null, twoOfThree, twoOfThree, twoOfThree, twoOfThree, twoOfThree, 0.5, null]),
    );
  });

  it('lists the participation of each event for staff only', async () => {
    const publicReport = await report('2026', PUBLISHABLE);
    assert.equal('events' in publicReport.body, false);
    const { body } = await report('2026');
    assert.deepEqual(
      body.events.map((entry: { eventId: string; registered: number; attended: number; rate: number | null; met: boolean | null }) => [
        entry.eventId,
        entry.registered,
        entry.attended,
        entry.rate,
        entry.met,
      ]),
      [
        ['e_feb', 4, 3, 0.75, true],
        ['e_jun', 6, 4, 4 / 6, false],
        ['e_oct_empty', 0, 0, null, null],
        ['e_now', 2, 1, null, null],
        ['e_dec', 3, 0, null, null],
      ],
    );
    assert.equal(body.events[0].title, 'Event e_feb');
  });
});

describe('GET /v1/metrics/kpis for a quarter', () => {
  it('measures a running quarter from its own start', async () => {
    const { body, kpis } = await report('2026-Q4');
    const months = ['2026-10', '2026-11', '2026-12'];
    // on 1 October: m01, m03, m04, m06, m07, m08, m09; now also m11
    assert.deepEqual(kpis.member_growth?.inputs, { membersAtStart: 7, membersAtEnd: 8 });
    assert.equal(kpis.member_growth?.value, 1 / 7);
    assert.equal(kpis.member_growth?.met, false);
    assert.deepEqual(kpis.member_growth?.series, series([1 / 7, 1 / 7, null], months));
    assert.deepEqual(kpis.volunteer_retention?.inputs, { volunteersAtStart: 3, volunteersAtEnd: 3, newVolunteers: 0 });
    assert.equal(kpis.volunteer_retention?.value, 1);
    // only e_oct_empty has ended: nothing to measure
    assert.deepEqual(kpis.participation?.inputs, { events: 1, registered: 0, attended: 0 });
    assert.equal(kpis.participation?.value, null);
    assert.equal(kpis.participation?.met, null);
    // r5 and r6: CSAT 4, 2, 3; NPS 9 and 8: one promoter of two
    assert.equal(kpis.satisfaction?.value, 1 / 3);
    assert.equal(body.nps, 50);
  });

  it('measures a past quarter at its end, not now', async () => {
    const { kpis } = await report('2026-Q2');
    // 1 April: m01-m04, m06-m08; 1 July: m02 gone, m09 in
    assert.deepEqual(kpis.member_growth?.inputs, { membersAtStart: 7, membersAtEnd: 7 });
    assert.equal(kpis.member_growth?.value, 0);
    assert.deepEqual(kpis.participation?.inputs, { events: 1, registered: 6, attended: 4 });
  });

  it('has no figures for a period that has not begun', async () => {
    const { body, kpis } = await report('2027-Q1');
    for (const kpi of Object.values(kpis)) {
      assert.equal(kpi.value, null, kpi.id);
      assert.equal(kpi.met, null, kpi.id);
      assert.deepEqual(kpi.inputs, {}, kpi.id);
      assert.deepEqual(kpi.series, series([null, null, null], ['2027-01', '2027-02', '2027-03']), kpi.id);
    }
    assert.equal(body.nps, null);
  });
});

describe('GET /v1/metrics/kpis refusals', () => {
  it('needs a period of the right form', async () => {
    const { call } = testServer({ data: fixture() });
    for (const query of ['', '?period=2026-07', '?period=Q3']) {
      const answer = await call('GET', `/v1/metrics/kpis${query}`);
      assert.equal(answer.status, 400, query);
      assert.deepEqual(Object.keys(answer.body.error.fieldErrors), ['period']);
    }
  });

  it('needs a key', async () => {
    const { call } = testServer({ data: fixture() });
    assert.equal((await call('GET', '/v1/metrics/kpis?period=2026', { as: null })).status, 401);
    assert.equal((await call('GET', '/v1/metrics/kpis?period=2026', { as: 'sk_unknown' })).status, 401);
  });
});

describe('what a publishable key sees of the KPIs', () => {
  it('sees none until the organisation publishes some', async () => {
    const { body } = await report('2026', PUBLISHABLE);
    assert.equal(body.access, 'public');
    assert.deepEqual(body.kpis, []);
    assert.equal(body.nps, null);
    assert.equal('events' in body, false);
  });

  it('sees exactly the published KPIs, in their order, NPS only beside a published satisfaction', async () => {
    const { call } = testServer({ data: fixture() });
    const kpisSeenBy = async (as: string) => {
      const answer = await call('GET', '/v1/metrics/kpis?period=2026', { as });
      assert.equal(answer.status, 200);
      return answer.body;
    };
    const published = await call('PATCH', '/v1/metrics/publication', { as: SECRET, body: { kpis: ['satisfaction', 'member_growth'] } });
    assert.equal(published.status, 200);
    assert.deepEqual(published.body, { kpis: ['member_growth', 'satisfaction'] });

    const seen = await kpisSeenBy(PUBLISHABLE);
    assert.deepEqual(seen.kpis.map((kpi: KpiAnswer) => [kpi.id, kpi.value, kpi.public]), [
      ['member_growth', 2 / 6, true],
      ['satisfaction', 0.5, true],
    ]);
    assert.equal(seen.nps, 25);

    const staff = await kpisSeenBy(SECRET);
    assert.equal(staff.access, 'staff');
    assert.deepEqual(staff.kpis.map((kpi: KpiAnswer) => [kpi.id, kpi.public]), [
      ['member_growth', true],
      ['participation', false],
      ['volunteer_retention', false],
      ['satisfaction', true],
    ]);

    await call('PATCH', '/v1/metrics/publication', { as: SECRET, body: { kpis: ['participation'] } });
    const withoutSatisfaction = await kpisSeenBy(PUBLISHABLE);
    assert.deepEqual(withoutSatisfaction.kpis.map((kpi: KpiAnswer) => kpi.id), ['participation']);
    assert.equal(withoutSatisfaction.nps, null);
  });

  it('lets only the secret key choose what is published, from known KPIs named once', async () => {
    const { call } = testServer({ data: fixture() });
    const body = { kpis: [...KPI_IDS] };
    assert.equal((await call('PATCH', '/v1/metrics/publication', { as: PUBLISHABLE, body })).status, 403);
    for (const bad of [{ kpis: ['happiness'] }, { kpis: ['nps'] }, { kpis: ['participation', 'participation'] }, { kpis: 'all' }, {}]) {
      const answer = await call('PATCH', '/v1/metrics/publication', { as: SECRET, body: bad });
      assert.equal(answer.status, 400, JSON.stringify(bad));
    }
  });
});

describe('staff tokens', () => {
  async function openSession(call: ReturnType<typeof testServer>['call'], body: unknown = { name: 'Mei Chen' }) {
    return call('POST', '/v1/staff/sessions', { as: SECRET, body });
  }

  it('are opened with the secret key, for an hour unless asked otherwise', async () => {
    const { call } = testServer({ data: fixture() });
    const opened = await openSession(call);
    assert.equal(opened.status, 201);
    assert.match(opened.body.token, /^st_[A-Za-z0-9_-]{20,}$/);
    assert.equal(opened.body.name, 'Mei Chen');
    assert.equal(opened.body.expiresAt, '2026-11-23T10:00:00.000Z');
    const longer = await openSession(call, { name: 'Mei Chen', expiresInMinutes: 720 });
    assert.equal(longer.body.expiresAt, '2026-11-23T21:00:00.000Z');
    assert.notEqual(longer.body.token, opened.body.token);
  });

  it('are refused to any other credential, and for a session too long or unnamed', async () => {
    const { call } = testServer({ data: fixture() });
    assert.equal((await call('POST', '/v1/staff/sessions', { as: PUBLISHABLE, body: { name: 'Me' } })).status, 403);
    const { token } = (await openSession(call)).body;
    assert.equal((await call('POST', '/v1/staff/sessions', { as: token, body: { name: 'Me' } })).status, 403);
    for (const bad of [{ name: '' }, { name: '  ' }, { name: 'Mei', expiresInMinutes: 721 }, { name: 'Mei', expiresInMinutes: 1 }, { name: 'Mei', role: 'admin' }]) {
      assert.equal((await openSession(call, bad)).status, 400, JSON.stringify(bad));
    }
  });

  it('read the staff view of the KPIs and what a publishable key reads, and nothing a secret key does', async () => {
    const { call } = testServer({ data: fixture() });
    const { token } = (await openSession(call)).body;
    const answer = await call('GET', '/v1/metrics/kpis?period=2026', { as: token });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.access, 'staff');
    assert.deepEqual(answer.body.kpis.map((kpi: KpiAnswer) => kpi.id), [...KPI_IDS]);
    assert.equal(answer.body.events.length, 5);
    assert.equal((await call('GET', '/v1/events', { as: token })).status, 200);
    assert.equal((await call('GET', '/v1/donors/letters?period=2026', { as: token })).status, 403);
    assert.equal((await call('PATCH', '/v1/metrics/publication', { as: token, body: { kpis: [] } })).status, 403);
    assert.equal((await call('GET', '/v1/me', { as: token })).status, 403);
  });

  it('stop working when they expire, and an unknown one never works', async () => {
    let now = new Date('2026-11-23T09:00:00Z');
    const { call } = testServer({ data: fixture(), now: () => now });
    const { token } = (await openSession(call, { name: 'Mei Chen', expiresInMinutes: 5 })).body;
    assert.equal((await call('GET', '/v1/metrics/kpis?period=2026', { as: token })).status, 200);
    now = new Date('2026-11-23T09:05:00Z');
    const expired = await call('GET', '/v1/metrics/kpis?period=2026', { as: token });
    assert.equal(expired.status, 401);
    assert.match(expired.body.error.message, /staff session has expired/);
    assert.equal((await call('GET', '/v1/metrics/kpis?period=2026', { as: 'st_made_up_token' })).status, 401);
  });
});
