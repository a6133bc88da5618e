import { emptyData, type EventRecord, type StoreData } from '@ngo-kit/mock-server';

export { addMember } from './support.js';

/** An event that tests change only where it matters to them. */
export function fixtureEvent(id: string, changes: Partial<EventRecord> = {}): EventRecord {
  return {
    id,
    title: `Event ${id}`,
    summary: 'A test event.',
    language: 'en',
    startsAt: '2026-12-05T10:00:00+01:00',
    endsAt: '2026-12-05T12:00:00+01:00',
    timeZone: 'Europe/Berlin',
    kind: 'offline',
    location: { name: 'Community Hall', city: 'Berlin', country: 'DE' },
    capacity: null,
    tags: [],
    series: null,
    status: 'scheduled',
    points: 0,
    registrationDeadline: null,
    questions: [],
    joinUrl: null,
    createdAt: '2026-09-01T09:00:00Z',
    ...changes,
  };
}

/**
 * The events of the events tests, around the test clock (2026-11-23T09:00Z):
 * soonest first they are `evt_started` (running now), `evt_closed` (deadline
 * passed), `evt_small` (2 places, questions, points), `evt_online` (join link),
 * `evt_cancelled`, `evt_sale` (Chinese, Shanghai), `evt_exchange_q1` and
 * `evt_exchange_q2` (a series) and `evt_night` (across the switch to summer time).
 */
export function eventsFixture(): StoreData {
  const data = emptyData();
  data.events.push(
    fixtureEvent('evt_started', {
      startsAt: '2026-11-23T08:00:00Z',
      endsAt: '2026-11-23T12:00:00Z',
      points: 15,
      capacity: 10,
    }),
    fixtureEvent('evt_closed', {
      startsAt: '2026-12-01T18:00:00+01:00',
      endsAt: '2026-12-01T20:00:00+01:00',
      registrationDeadline: '2026-11-20T00:00:00Z',
    }),
    fixtureEvent('evt_small', {
      title: 'Charity run briefing',
      capacity: 2,
      points: 20,
      tags: ['charity-run', 'volunteers'],
      questions: [
        {
          id: 'diet',
          type: 'choice',
          prompt: 'Food',
          required: true,
          options: [
            { id: 'veg', label: 'Vegetarian' },
            { id: 'any', label: 'Anything' },
          ],
        },
        { id: 'note', type: 'text', prompt: 'Anything else?', required: false, maxLength: 10 },
      ],
    }),
    fixtureEvent('evt_online', {
      title: 'Volunteer onboarding, online',
      startsAt: '2026-12-10T18:30:00Z',
      endsAt: '2026-12-10T19:30:00Z',
      timeZone: 'Europe/London',
      kind: 'online',
      location: null,
      capacity: 1,
      tags: ['volunteers'],
      joinUrl: 'https://meet.example/onboarding',
    }),
    fixtureEvent('evt_cancelled', { startsAt: '2026-12-12T10:00:00Z', endsAt: '2026-12-12T11:00:00Z', status: 'cancelled' }),
    fixtureEvent('evt_sale', {
      title: '冬季爱心义卖',
      summary: '手工制品义卖，收入用于助学。',
      language: 'zh-CN',
      startsAt: '2026-12-19T10:00:00+08:00',
      endsAt: '2026-12-19T16:00:00+08:00',
      timeZone: 'Asia/Shanghai',
      location: { name: '街道文化站', city: '上海', country: 'CN' },
      tags: ['fundraising'],
    }),
    fixtureEvent('evt_exchange_q1', {
      startsAt: '2027-01-16T14:00:00+01:00',
      endsAt: '2027-01-16T17:00:00+01:00',
      kind: 'hybrid',
      series: 'quarterly-exchange',
      joinUrl: 'https://meet.example/exchange',
    }),
    fixtureEvent('evt_night', {
      title: 'Night walk into summer time',
      startsAt: '2027-03-28T01:30:00+01:00',
      endsAt: '2027-03-28T04:00:00+02:00',
    }),
    fixtureEvent('evt_exchange_q2', {
      startsAt: '2027-04-17T14:00:00+02:00',
      endsAt: '2027-04-17T17:00:00+02:00',
      kind: 'hybrid',
      series: 'quarterly-exchange',
    }),
  );
  return data;
}
