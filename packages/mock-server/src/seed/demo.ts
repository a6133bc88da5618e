import { emptyData, type StoreData } from '../store.js';

/**
 * The demo organisation's data: fixed, so that tests, screenshots and
 * benchmarks see the same thing every time.
 */
export function demoSeed(): StoreData {
  return {
    ...emptyData(),
    events: [
      {
        id: 'evt_exchange_2026q4',
        title: 'Quarterly exchange meeting: winter',
        summary: 'Members and volunteers share what the quarter brought and plan the next one.',
        language: 'en',
        startsAt: '2026-12-12T14:00:00+01:00',
        endsAt: '2026-12-12T17:00:00+01:00',
        timeZone: 'Europe/Berlin',
        kind: 'hybrid',
        location: { name: 'Community Hall', address: 'Lindenstraße 12', city: 'Berlin', country: 'DE' },
        capacity: 60,
        tags: ['exchange', 'members'],
        series: 'quarterly-exchange',
        joinUrl: null,
        createdAt: '2026-09-01T09:00:00+00:00',
      },
      {
        id: 'evt_charity_sale_2026',
        title: '冬季爱心义卖',
        summary: '义卖志愿者手工制品，所得款项全部用于社区助学项目。',
        language: 'zh-CN',
        startsAt: '2026-12-19T10:00:00+08:00',
        endsAt: '2026-12-19T16:00:00+08:00',
        timeZone: 'Asia/Shanghai',
        kind: 'offline',
        location: { name: '社区活动中心', address: '长宁路 88 号', city: '上海', country: 'CN' },
        capacity: 120,
        tags: ['charity-sale', 'fundraising'],
        series: null,
        joinUrl: null,
        createdAt: '2026-09-01T09:00:00+00:00',
      },
      {
        id: 'evt_volunteer_onboarding_2027',
        title: 'New volunteer onboarding (online)',
        summary: 'An hour to meet the team, learn how points work and pick your first shift.',
        language: 'en',
        startsAt: '2027-01-14T18:30:00+00:00',
        endsAt: '2027-01-14T19:30:00+00:00',
        timeZone: 'Europe/London',
        kind: 'online',
        location: null,
        capacity: null,
        tags: ['volunteers', 'onboarding'],
        series: null,
        joinUrl: null,
        createdAt: '2026-09-01T09:00:00+00:00',
      },
      {
        id: 'evt_exchange_2027q1',
        title: 'Quarterly exchange meeting: spring',
        summary: 'Review of the winter programme and the plan for the charity run.',
        language: 'en',
        startsAt: '2027-03-27T14:00:00+01:00',
        endsAt: '2027-03-27T17:00:00+01:00',
        timeZone: 'Europe/Berlin',
        kind: 'hybrid',
        location: { name: 'Community Hall', address: 'Lindenstraße 12', city: 'Berlin', country: 'DE' },
        capacity: 60,
        tags: ['exchange', 'members'],
        series: 'quarterly-exchange',
        joinUrl: null,
        createdAt: '2026-09-01T09:00:00+00:00',
      },
      {
        id: 'evt_charity_run_2027',
        title: 'Charity run along the river',
        summary: '5 km and 10 km routes; every finisher raises money for the youth programme.',
        language: 'en',
        startsAt: '2027-04-18T09:00:00+02:00',
        endsAt: '2027-04-18T13:00:00+02:00',
        timeZone: 'Europe/Berlin',
        kind: 'offline',
        location: { name: 'Riverside Park, north gate', city: 'Berlin', country: 'DE' },
        capacity: 200,
        tags: ['charity-run', 'fundraising'],
        series: null,
        joinUrl: null,
        createdAt: '2026-09-01T09:00:00+00:00',
      },
    ],
  };
}

/** No data at all: for empty states. */
export function emptySeed(): StoreData {
  return emptyData();
}
