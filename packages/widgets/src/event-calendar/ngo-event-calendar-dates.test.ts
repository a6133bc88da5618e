import { expect } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { busyMonth, fixtureApi, fixtureEvent } from '../test-support/calendar-fixtures.js';
import {
  berlin,
  cell,
  chips,
  dayNumbers,
  dialog,
  heading,
  mountCalendar,
  parts,
  root,
  settled,
} from '../test-support/calendar-testing.js';
import type { NgoEventCalendar } from './ngo-event-calendar.js';
import { waitUntil } from '../test-support/wait.js';

describe('<ngo-event-calendar> across daylight saving time', () => {
  it('puts events on the right days of the week Berlin goes back to winter time', async () => {
    const api = fixtureApi([
      berlin('Night walk', '2026-10-25T00:30:00+02:00', '2026-10-25T01:30:00+02:00'),
      berlin('Late film', '2026-10-25T23:30:00+01:00', '2026-10-25T23:59:00+01:00'),
      berlin('Early swim', '2026-10-26T00:30:00+01:00', '2026-10-26T01:30:00+01:00'),
      berlin('Sleepover', '2026-10-24T22:00:00+02:00', '2026-10-25T04:00:00+01:00'),
    ]);
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-10', lang: 'en-GB', timeZone: 'Europe/Berlin' });
    await settled(calendar);
    expect(dayNumbers(calendar)).to.deep.equal([
      [28, 29, 30, 1, 2, 3, 4],
      [5, 6, 7, 8, 9, 10, 11],
      [12, 13, 14, 15, 16, 17, 18],
      [19, 20, 21, 22, 23, 24, 25],
      [26, 27, 28, 29, 30, 31, 1],
    ]);
    expect(chips(calendar, '2026-10-24')).to.deep.equal(['Sleepover ▸']);
    expect(chips(calendar, '2026-10-25')).to.deep.equal(['◂ Sleepover', 'Night walk', 'Late film']);
    expect(chips(calendar, '2026-10-26')).to.deep.equal(['Early swim']);
    expect(cell(calendar, '2026-10-25').querySelectorAll('.time')[1]!.textContent).to.equal('23:30');
    expect(cell(calendar, '2026-10-26').querySelector('.visually-hidden')!.textContent).to.match(/^Monday,? 26 October 2026, 1 event$/);
  });

  it('puts events on the right days of the week New York goes back to winter time', async () => {
    const york = (title: string, startsAt: string, endsAt: string) =>
      fixtureEvent({ title, startsAt, endsAt, timeZone: 'America/New_York', location: { name: 'Hall', city: 'New York' } });
    const api = fixtureApi([
      york('Night walk', '2026-11-01T00:30:00-04:00', '2026-11-01T01:15:00-04:00'),
      york('Late film', '2026-11-01T23:30:00-05:00', '2026-11-01T23:55:00-05:00'),
      york('Early swim', '2026-11-02T00:30:00-05:00', '2026-11-02T01:30:00-05:00'),
      york('Long night', '2026-11-01T01:30:00-04:00', '2026-11-02T01:00:00-05:00'),
    ]);
    // no time-zone attribute: the calendar takes the events' own
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-11' });
    await settled(calendar);
    expect(dayNumbers(calendar)).to.deep.equal([
      [1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13, 14],
      [15, 16, 17, 18, 19, 20, 21],
      [22, 23, 24, 25, 26, 27, 28],
      [29, 30, 1, 2, 3, 4, 5],
    ]);
    expect(chips(calendar, '2026-11-01')).to.deep.equal(['Night walk', 'Long night ▸', 'Late film']);
    expect(chips(calendar, '2026-11-02')).to.deep.equal(['◂ Long night', 'Early swim']);
    expect(cell(calendar, '2026-11-01').querySelectorAll('.time')[2]!.textContent).to.equal('11:30 PM');
  });
});

describe('<ngo-event-calendar> in each language', () => {
  it('starts the week on the locale’s first day, with the weekday names of its language', async () => {
    const api = fixtureApi([]);
    const names: Record<string, string[]> = {
      en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      'en-GB': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
      'zh-CN': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
      'zh-TW': ['週日', '週一', '週二', '週三', '週四', '週五', '週六'],
    };
    for (const [lang, expected] of Object.entries(names)) {
      const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-11', lang, timeZone: 'Europe/Berlin' });
      await settled(calendar, 'empty');
      expect(parts(calendar, 'weekday').map((th) => th.textContent), lang).to.deep.equal(expected);
      expect(parts(calendar, 'weekday')[0]!.getAttribute('abbr'), lang).to.equal(
        { en: 'Sunday', 'en-GB': 'Monday', 'zh-CN': '星期一', 'zh-TW': '星期日' }[lang],
      );
      expect(dayNumbers(calendar)[0]![0], lang).to.equal(expected[0] === 'Mon' || lang === 'zh-CN' ? 26 : 1);
    }
  });

  it('speaks Simplified and Traditional Chinese', async () => {
    const api = fixtureApi([
      fixtureEvent({
        title: '冬季爱心义卖',
        language: 'zh-CN',
        timeZone: 'Asia/Shanghai',
        startsAt: '2026-12-19T10:00:00+08:00',
        endsAt: '2026-12-19T16:00:00+08:00',
        capacity: 120,
        points: 80,
        location: { name: '社区中心', city: '上海' },
      }),
    ]);
    const expected = {
      'zh-CN': {
        heading: '2026年12月',
        summary: '2026年12月共有 1 个活动',
        next: '下个月',
        places: '剩余 120 个名额 · 参加可获得 80 志愿积分',
        when: /^10:00–16:00 GMT\+8$/,
      },
      'zh-TW': {
        heading: '2026年12月',
        summary: '2026年12月共有 1 個活動',
        next: '下個月',
        places: '剩餘 120 個名額 · 參加可獲得 80 志工點數',
        when: /^上午10:00至下午4:00 GMT\+8$/,
      },
    };
    for (const [lang, texts] of Object.entries(expected)) {
      const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-12', lang });
      await settled(calendar);
      expect(heading(calendar)).to.equal(texts.heading);
      expect(parts(calendar, 'summary')[0]!.textContent).to.equal(texts.summary);
      expect(parts(calendar, 'next')[0]!.textContent!.trim()).to.equal(`${texts.next} ›`);
      cell(calendar, '2026-12-19').click();
      await waitUntil(() => dialog(calendar).open, 'the dialog did not open');
      expect(dialog(calendar).querySelector('[part~="event-places"]')!.textContent).to.equal(texts.places);
      expect(dialog(calendar).querySelector('[part~="event-when"]')!.textContent!.trim()).to.match(texts.when);
      dialog(calendar).querySelector<HTMLElement>('[part~="close"]')!.click();
    }
  });
});

describe('<ngo-event-calendar> filters', () => {
  const events = [
    fixtureEvent({ title: 'Online talk', kind: 'online', location: null, tags: ['talk'], startsAt: '2026-06-03T18:00:00+02:00', endsAt: '2026-06-03T19:00:00+02:00' }),
    fixtureEvent({ title: 'Charity run', kind: 'offline', tags: ['charity-run', 'sports'], startsAt: '2026-06-06T09:00:00+02:00', endsAt: '2026-06-06T12:00:00+02:00' }),
    fixtureEvent({ title: 'Exchange meeting', kind: 'hybrid', tags: ['exchange'], series: 'quarterly-exchange', startsAt: '2026-06-13T14:00:00+02:00', endsAt: '2026-06-13T17:00:00+02:00' }),
  ];
  const shown = (calendar: NgoEventCalendar) => parts(calendar, 'chip').map((chip) => chip.querySelector('[lang]')!.textContent);

  it('asks the API for the kind, tag and series it is given, and shows what matches', async () => {
    const api = fixtureApi(events);
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-06', timeZone: 'Europe/Berlin', kind: 'online' });
    await settled(calendar);
    expect(shown(calendar)).to.deep.equal(['Online talk']);
    expect(api.requests.at(0)!.searchParams.get('kind')).to.equal('online');

    calendar.removeAttribute('kind');
    calendar.setAttribute('tag', 'charity-run');
    await waitUntil(() => shown(calendar).join() === 'Charity run', 'the tag was not applied');
    // June's requests: July's, fetched ahead once June is painted, may come after them
    const june = () => api.requestsFor('2026-06-15').at(-1)!;
    expect(june().searchParams.get('tag')).to.equal('charity-run');
    expect(june().searchParams.has('kind')).to.be.false;

    calendar.removeAttribute('tag');
    calendar.setAttribute('series', 'quarterly-exchange');
    await waitUntil(() => shown(calendar).join() === 'Exchange meeting', 'the series was not applied');
    expect(api.requests.filter((url) => url.searchParams.get('series') === 'quarterly-exchange')).to.have.length.greaterThan(0);

    calendar.removeAttribute('series');
    await waitUntil(() => shown(calendar).length === 3, 'without filters, not every event');
  });

  it('asks for the weeks of its grid (Sunday 1 to Saturday 5 December in English), every page, with the largest pages', async () => {
    const api = fixtureApi(busyMonth(2026, 11, 620));
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-11', timeZone: 'Europe/Berlin' });
    await settled(calendar);
    expect(parts(calendar, 'summary')[0]!.textContent).to.equal('620 events in November 2026');
    const november = api.requestsFor('2026-11-15');
    // two pages of 500, the largest the API gives events
    expect(november.map((url) => url.searchParams.get('limit'))).to.deep.equal(['500', '500']);
    expect(november[0]!.searchParams.get('from')).to.equal('2026-10-31T10:00:00.000Z');
    expect(november[0]!.searchParams.get('to')).to.equal('2026-12-06T14:00:00.000Z');
    // 620 events over 30 days: 20 or 21 a day, two shown and the rest counted
    expect(chips(calendar, '2026-11-01')).to.have.length(2);
    expect(cell(calendar, '2026-11-01').querySelector('[part~="more"]')!.textContent).to.equal('+19 more');
  });

  it('fetches the next month ahead, so that going there asks nothing more', async () => {
    const api = fixtureApi(busyMonth(2026, 12, 10));
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-11', timeZone: 'Europe/Berlin' });
    await settled(calendar);
    await waitUntil(() => api.requestsFor('2026-12-15').length === 1, 'December was not prefetched');
    parts(calendar, 'next')[0]!.click();
    await settled(calendar);
    expect(parts(calendar, 'chip')).to.have.length.greaterThan(0);
    expect(api.requestsFor('2026-12-15')).to.have.length(1);
  });

  it('shows a month fetched ahead at once when the reader goes there, with no loading state in between', async () => {
    const api = fixtureApi(busyMonth(2026, 12, 10));
    // the moment the SDK has read December's answer: it parses it in the microtasks after
    let decemberRead = false;
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await api.fetch(input, init);
      const url = new URL(input instanceof Request ? input.url : String(input));
      const december = Date.parse('2026-12-15T12:00:00Z');
      if (!(Date.parse(url.searchParams.get('from')!) <= december && december < Date.parse(url.searchParams.get('to')!))) return response;
      const text = response.text.bind(response);
      response.text = () => text().finally(() => (decemberRead = true));
      return response;
    };
    const calendar = await mountCalendar({ fetch, month: '2026-11', timeZone: 'Europe/Berlin' });
    await settled(calendar);
    await waitUntil(() => decemberRead, 'December was not fetched ahead');
    await new Promise((resolve) => setTimeout(resolve, 0));
    // every state the calendar was in from the click on: each change's old value
    const observer = new MutationObserver(() => undefined);
    observer.observe(root(calendar), { subtree: true, attributeOldValue: true, attributeFilter: ['data-state'] });
    parts(calendar, 'next')[0]!.click();
    await calendar.updateComplete;
    const states = observer.takeRecords().map((record) => record.oldValue);
    observer.disconnect();
    expect(heading(calendar)).to.equal('December 2026');
    expect(root(calendar).querySelector('.calendar')!.getAttribute('data-state')).to.equal('loaded');
    expect(states).to.not.include('loading');
    expect(parts(calendar, 'chip')).to.have.length(10);
    expect(root(calendar).querySelectorAll('[part~="skeleton"]')).to.have.length(0);
    expect(api.requestsFor('2026-12-15')).to.have.length(1);
  });
});

describe('<ngo-event-calendar> events of several days', () => {
  it('shows an event on each day it covers, with markers, and which day of it each is', async () => {
    const api = fixtureApi([
      berlin('Summer camp', '2026-07-10T18:00:00+02:00', '2026-07-12T14:00:00+02:00'),
      berlin('Until midnight', '2026-07-20T20:00:00+02:00', '2026-07-21T00:00:00+02:00'),
      berlin('Across the month', '2026-07-30T10:00:00+02:00', '2026-08-02T12:00:00+02:00'),
    ]);
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-07', lang: 'en-GB', timeZone: 'Europe/Berlin' });
    await settled(calendar);
    expect(chips(calendar, '2026-07-10')).to.deep.equal(['Summer camp ▸']);
    expect(chips(calendar, '2026-07-11')).to.deep.equal(['◂ Summer camp ▸']);
    expect(chips(calendar, '2026-07-12')).to.deep.equal(['◂ Summer camp']);
    expect(chips(calendar, '2026-07-13')).to.deep.equal([]);
    expect(chips(calendar, '2026-07-20')).to.deep.equal(['Until midnight']);
    expect(chips(calendar, '2026-07-21')).to.deep.equal([]);
    expect(chips(calendar, '2026-08-02')).to.deep.equal(['◂ Across the month']);
    expect(cell(calendar, '2026-07-11').querySelector('[part~="chip"]')!.textContent).to.include(
      '(continued from the day before)(continues the next day)',
    );
    expect(parts(calendar, 'summary')[0]!.textContent).to.equal('3 events in July 2026');

    cell(calendar, '2026-07-11').click();
    await waitUntil(() => dialog(calendar).open, 'the dialog did not open');
    const when = dialog(calendar).querySelector('[part~="event-when"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(when).to.match(/^Friday,? 10 July 2026.*18:00.*Sunday,? 12 July 2026.*14:00 CEST · Day 2 of 3$/);
  });

  it('shows two lines of events and how many more on a busy day, and all of them in its dialog', async () => {
    const api = fixtureApi(
      Array.from({ length: 5 }, (_, index) =>
        berlin(`Session ${index + 1}`, `2026-09-05T1${index}:00:00+02:00`, '2026-09-05T18:00:00+02:00'),
      ),
    );
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-09', timeZone: 'Europe/Berlin' });
    await settled(calendar);
    expect(chips(calendar, '2026-09-05')).to.deep.equal(['Session 1', 'Session 2']);
    expect(cell(calendar, '2026-09-05').querySelector('[part~="more"]')!.textContent).to.equal('+3 more');
    cell(calendar, '2026-09-05').click();
    await waitUntil(() => dialog(calendar).open, 'the dialog did not open');
    expect(dialog(calendar).querySelectorAll('[part~="event"]')).to.have.length(5);
  });
});

describe('<ngo-event-calendar> when narrow', () => {
  it('lists the month’s days with events instead of the grid, by its own width', async function () {
    this.timeout(20_000);
    const picnicEvent = berlin('Picnic', '2026-07-25T12:00:00+02:00', '2026-07-25T16:00:00+02:00', { capacity: 10, points: 20 });
    const api = fixtureApi([
      berlin('Summer camp', '2026-07-10T18:00:00+02:00', '2026-07-11T14:00:00+02:00'),
      picnicEvent,
      berlin('Next month', '2026-08-01T12:00:00+02:00', '2026-08-01T16:00:00+02:00'),
    ]);
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-07', timeZone: 'Europe/Berlin', width: 'narrow' });
    await settled(calendar);
    const grid = parts(calendar, 'grid')[0]!;
    const agenda = parts(calendar, 'agenda')[0]!;
    expect(grid.checkVisibility()).to.be.false;
    expect(agenda.checkVisibility()).to.be.true;
    // filled once it shows: a wide calendar builds no hidden list
    await waitUntil(() => agenda.querySelector('[part~="agenda-date"]'), 'the agenda stayed empty');
    expect(agenda.querySelector('ol')!.getAttribute('aria-label')).to.equal('Events in July 2026');
    const days = [...agenda.querySelectorAll('[part~="agenda-date"]')].map((date) => date.textContent!.trim());
    expect(days).to.deep.equal(['Friday, July 10, 2026', 'Saturday, July 11, 2026', 'Saturday, July 25, 2026']);
    const picnic = agenda.querySelectorAll('[part~="event"]')[2]!;
    expect(picnic.querySelector('[part~="event-places"]')!.textContent).to.equal('10 places left · 20 points for taking part');
    await expectAccessible(calendar, 'narrow');
    const register = picnic.querySelector<HTMLElement>('[part~="register"]')!;
    expect(register.checkVisibility()).to.be.true;
    register.click();
    await waitUntil(() => (parts(calendar, 'registration-dialog')[0] as HTMLDialogElement | undefined)?.open, 'Register in the agenda did not open the registration dialog');
    const registration = parts(calendar, 'registration-dialog')[0]!;
    // the form's module may still be loading on a busy machine: the dialog shows its placeholder until then
    await waitUntil(() => registration.querySelector('ngo-event-registration'), 'the registration form did not come');
    expect(registration.querySelector('ngo-event-registration')!.getAttribute('event-id')).to.equal(picnicEvent.id);
    registration.querySelector<HTMLElement>('[part~="registration-close"]')!.click();

    // a busy day shows some of its events, and all of them in its dialog
    const busy = fixtureApi(
      Array.from({ length: 7 }, (_, index) =>
        berlin(`Session ${index + 1}`, `2026-09-05T1${index}:00:00+02:00`, '2026-09-05T18:00:00+02:00'),
      ),
    );
    const busyCalendar = await mountCalendar({ fetch: busy.fetch, month: '2026-09', timeZone: 'Europe/Berlin', width: 'narrow' });
    await settled(busyCalendar);
    await waitUntil(() => parts(busyCalendar, 'show-all').length === 1, 'no button for all the day’s events');
    expect(parts(busyCalendar, 'agenda')[0]!.querySelectorAll('[part~="event"]')).to.have.length(4);
    const showAll = parts(busyCalendar, 'show-all')[0]!;
    expect(showAll.textContent!.trim()).to.equal('Show all 7 events of this day');
    showAll.click();
    await waitUntil(() => dialog(busyCalendar).open, 'the day’s dialog did not open');
    expect(dialog(busyCalendar).querySelectorAll('[part~="event"]')).to.have.length(7);
    dialog(busyCalendar).querySelector<HTMLElement>('[part~="close"]')!.click();

    // the same widget, given room, shows the grid: the window did not change, the widget's box did
    calendar.closest('div')!.style.width = '900px';
    await waitUntil(() => grid.checkVisibility(), 'no grid when wide');
    expect(agenda.checkVisibility()).to.be.false;
  });
});

describe('<ngo-event-calendar> attributes it cannot use', () => {
  it('takes an unknown time zone and a malformed month as not set', async () => {
    const api = fixtureApi([
      fixtureEvent({ title: 'Tea', timeZone: 'Asia/Shanghai', startsAt: '2026-03-16T07:30:00+08:00', endsAt: '2026-03-16T08:30:00+08:00' }),
    ]);
    const calendar = await mountCalendar({
      fetch: api.fetch,
      month: '2026-13',
      timeZone: 'Mars/Olympus_Mons',
      now: new Date('2026-03-15T20:00:00Z'),
    });
    await settled(calendar);
    // the month of "now", and the days of the events' own zone: 07:30 in Shanghai is still the 16th there
    expect(heading(calendar)).to.equal('March 2026');
    expect(chips(calendar, '2026-03-16')).to.deep.equal(['Tea']);
    expect(root(calendar).querySelector('[aria-current="date"]')).to.equal(cell(calendar, '2026-03-16'));
  });
});
