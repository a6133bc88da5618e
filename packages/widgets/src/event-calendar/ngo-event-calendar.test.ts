import { expect, oneEvent } from '@open-wc/testing';
import { registrationDialogMessages } from '../event-registration/dialog-messages.js';
import { expectAccessible, finishAnimations } from '../test-support/a11y.js';
import { fixtureApi } from '../test-support/calendar-fixtures.js';
import {
  berlin,
  cell,
  chips,
  DEMO_NOW,
  dayNumbers,
  dialog,
  focusedDay,
  heading,
  mountCalendar,
  parts,
  root,
  settled,
} from '../test-support/calendar-testing.js';
import { deepActiveElement, press, tab } from '../test-support/keyboard.js';
import { startMockApi } from '../test-support/mock-api.js';
import { dayOf } from './calendar-days.js';
import { waitUntil } from '../test-support/wait.js';

describe('<ngo-event-calendar> with the demo data', function () {
  it('shows December 2026 in the time zone of the events, in weeks from Sunday for English', async () => {
    const api = await startMockApi();
    const calendar = await mountCalendar({ api: api.baseUrl, month: '2026-12', now: DEMO_NOW });
    await settled(calendar);

    expect(heading(calendar)).to.equal('December 2026');
    expect(parts(calendar, 'weekday').map((th) => th.textContent)).to.deep.equal(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(dayNumbers(calendar)).to.deep.equal([
      [29, 30, 1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10, 11, 12],
      [13, 14, 15, 16, 17, 18, 19],
      [20, 21, 22, 23, 24, 25, 26],
      [27, 28, 29, 30, 31, 1, 2],
    ]);
    expect(chips(calendar, '2026-12-05')).to.deep.equal(['Christmas market stand']);
    expect(chips(calendar, '2026-12-12')).to.deep.equal(['Quarterly exchange meeting: winter']);
    // 10:00 in Shanghai is 03:00 in Berlin, the same day
    expect(chips(calendar, '2026-12-19')).to.deep.equal(['冬季爱心义卖']);
    expect(cell(calendar, '2026-12-12').querySelector('.time')!.textContent).to.equal('2:00 PM');
    expect(cell(calendar, '2026-12-19').querySelector('.time')!.textContent).to.equal('10:00 AM');
    const cancelled = cell(calendar, '2026-12-09').querySelector('[part~="chip"]')!;
    expect(cancelled.hasAttribute('data-cancelled')).to.be.true;
    expect(cancelled.textContent).to.include('Cancelled');
    expect(parts(calendar, 'summary')[0]!.textContent).to.equal('4 events in December 2026');
    expect(cell(calendar, '2026-12-12').querySelector('.visually-hidden')!.textContent).to.equal(
      'Saturday, December 12, 2026, 1 event',
    );
    await expectAccessible(calendar, 'loaded');
  });

  it('opens a day’s events with Enter: time in the event’s zone, kind, place, places, points and Register', async () => {
    const api = await startMockApi();
    const calendar = await mountCalendar({ api: api.baseUrl, month: '2026-12', now: DEMO_NOW });
    await settled(calendar);
    cell(calendar, '2026-12-12').focus();
    await press('Enter');
    await waitUntil(() => dialog(calendar).open, 'the dialog did not open');

    const dayDialog = dialog(calendar);
    expect(dayDialog.querySelector('h2')!.textContent).to.equal('Saturday, December 12, 2026');
    const [event, ...others] = dayDialog.querySelectorAll<HTMLElement>('[part~="event"]');
    expect(others).to.have.length(0);
    const text = (name: string) => event!.querySelector(`[part~="${name}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text('event-title')).to.equal('Quarterly exchange meeting: winter');
    expect(text('event-when')).to.match(/^2:00\sPM\s–\s5:00\sPM GMT\+1$/);
    expect(text('event-meta')).to.equal('In person and online · Community Hall, Berlin');
    expect(text('event-places')).to.match(/^\d+ places left · 50 points for taking part$/);
    expect(text('register')).to.equal('Register Quarterly exchange meeting: winter');
    // the dialog fades in: audit its colours once it has
    finishAnimations(dayDialog);
    await expectAccessible(calendar, 'day dialog');

    await press('Escape');
    expect(dayDialog.open).to.be.false;
    expect(focusedDay(calendar)).to.equal('2026-12-12');
  });

  it('opens the registration dialog over the day’s, and Escape goes back one step at a time', async () => {
    const api = await startMockApi();
    const calendar = await mountCalendar({ api: api.baseUrl, month: '2026-12', now: DEMO_NOW });
    await settled(calendar);
    cell(calendar, '2026-12-12').focus();
    await press('Enter');
    await waitUntil(() => dialog(calendar).open, 'the day did not open');
    const register = dialog(calendar).querySelector<HTMLElement>('[part~="register"]')!;
    register.focus();
    await press('Enter');

    const registration = parts(calendar, 'registration-dialog')[0] as HTMLDialogElement;
    await waitUntil(() => registration.open, 'the registration dialog did not open');
    // The shared registration dialog's title, from the registration's own catalog.
    expect(registration.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      registrationDialogMessages.en.dialogTitle.replace('{title}', 'Quarterly exchange meeting: winter'),
    );
    // the form is a chunk of its own: the dialog may open before it arrives
    await waitUntil(() => registration.querySelector('ngo-event-registration'), 'the registration form did not arrive');
    const form = registration.querySelector('ngo-event-registration')!;
    expect(form.getAttribute('event-id')).to.equal('evt_000027');
    // the form inside gets the calendar's configuration and loads its event
    await waitUntil(() => form.shadowRoot?.querySelector('input[name="email"]'), 'the registration form did not load');

    await press('Escape');
    expect(registration.open).to.be.false;
    expect(dialog(calendar).open).to.be.true;
    expect(deepActiveElement()).to.equal(register);
    await press('Escape');
    expect(dialog(calendar).open).to.be.false;
    expect(focusedDay(calendar)).to.equal('2026-12-12');
  });

  it('says a full event has a waiting list, and when registration has closed', async () => {
    const api = await startMockApi();
    const calendar = await mountCalendar({ api: api.baseUrl, month: '2026-11', timeZone: 'Europe/Berlin', now: DEMO_NOW });
    await settled(calendar);
    cell(calendar, '2026-11-28').focus();
    await press('Enter');
    await waitUntil(() => dialog(calendar).open, 'the dialog did not open');
    const places = dialog(calendar).querySelector('[part~="event-places"]')!.textContent!;
    expect(places).to.equal('Full – join the waiting list · 40 points for taking part');
    dialog(calendar).querySelector<HTMLElement>('[part~="close"]')!.click();
    expect(dialog(calendar).open).to.be.false;
    expect(focusedDay(calendar)).to.equal('2026-11-28');

    await press('PageDown');
    await settled(calendar);
    cell(calendar, '2026-12-05').click();
    await waitUntil(() => dialog(calendar).open && dialog(calendar).textContent!.includes('Christmas market stand'), 'no dialog of 5 December');
    expect(dialog(calendar).querySelector('[part~="event-status"]')!.textContent).to.equal('Registration closed');
    expect(dialog(calendar).querySelector('[part~="register"]')).to.equal(null);
  });
});

describe('<ngo-event-calendar> by keyboard', () => {
  const events = [
    berlin('February meeting', '2026-02-22T18:00:00+01:00', '2026-02-22T20:00:00+01:00'),
    berlin('March meeting', '2026-03-09T18:00:00+01:00', '2026-03-09T20:00:00+01:00'),
    berlin('March workshop', '2026-03-09T10:00:00+01:00', '2026-03-09T12:00:00+01:00'),
    berlin('April walk', '2026-04-01T10:00:00+02:00', '2026-04-01T12:00:00+02:00'),
  ];

  it('moves by day, week, week start and end, month and year, loading the months it reaches', async () => {
    const api = fixtureApi(events);
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-03', timeZone: 'Europe/Berlin' });
    await settled(calendar);
    expect(root(calendar).querySelectorAll('td[tabindex="0"]')).to.have.length(1);

    // Tab reaches the grid's one tab stop: the 1st, in a month without today
    parts(calendar, 'next')[0]!.focus();
    await tab();
    expect(focusedDay(calendar)).to.equal('2026-03-01');

    const steps: [string, string][] = [
      ['ArrowRight', '2026-03-02'],
      ['ArrowDown', '2026-03-09'],
      ['ArrowLeft', '2026-03-08'],
      ['ArrowUp', '2026-03-01'],
      ['End', '2026-03-07'],
      ['Home', '2026-03-01'],
      ['PageDown', '2026-04-01'],
      ['PageUp', '2026-03-01'],
      ['Shift+PageDown', '2027-03-01'],
      ['Shift+PageUp', '2026-03-01'],
    ];
    for (const [key, day] of steps) {
      await press(key);
      await calendar.updateComplete;
      expect(focusedDay(calendar), `after ${key}`).to.equal(day);
      expect(root(calendar).querySelectorAll('td[tabindex="0"]'), `one tab stop after ${key}`).to.have.length(1);
    }

    // across the start of the month: February comes, with its events
    await press('ArrowUp');
    await calendar.updateComplete;
    expect(focusedDay(calendar)).to.equal('2026-02-22');
    expect(heading(calendar)).to.equal('February 2026');
    await settled(calendar);
    expect(chips(calendar, '2026-02-22')).to.deep.equal(['February meeting']);
    expect(focusedDay(calendar)).to.equal('2026-02-22');

    // and across its end again
    await press('ArrowDown');
    await calendar.updateComplete;
    expect(focusedDay(calendar)).to.equal('2026-03-01');
    await settled(calendar);
    expect(heading(calendar)).to.equal('March 2026');
    expect(chips(calendar, '2026-03-09')).to.deep.equal(['March workshop', 'March meeting']);
  });

  it('keeps the day of the month when it can, else takes the month’s last', async () => {
    const api = fixtureApi(events);
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2027-01', timeZone: 'Europe/Berlin' });
    await settled(calendar);
    cell(calendar, '2027-01-31').focus();
    await press('PageDown');
    await calendar.updateComplete;
    expect(focusedDay(calendar)).to.equal('2027-02-28');
    await press('Shift+PageDown');
    await calendar.updateComplete;
    expect(focusedDay(calendar)).to.equal('2028-02-28');
  });

  it('opens a day with Enter or Space, and Escape gives focus back to the day', async () => {
    const api = fixtureApi(events);
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-03', timeZone: 'Europe/Berlin' });
    await settled(calendar);
    cell(calendar, '2026-03-09').focus();
    for (const key of ['Enter', ' ']) {
      await press(key);
      await waitUntil(() => dialog(calendar).open, `${key === " " ? "Space" : key} did not open the day`);
      const titles = [...dialog(calendar).querySelectorAll('[part~="event-title"]')].map((title) => title.textContent);
      expect(titles).to.deep.equal(['March workshop', 'March meeting']);
      await press('Escape');
      expect(dialog(calendar).open).to.be.false;
      expect(focusedDay(calendar)).to.equal('2026-03-09');
    }

    // a day without events has nothing to open
    await press('ArrowRight');
    await press('Enter');
    await calendar.updateComplete;
    expect(dialog(calendar).open).to.be.false;
  });

  it('goes to other months with its buttons, and tells the page', async () => {
    const api = fixtureApi(events);
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-03', timeZone: 'Europe/Berlin' });
    await settled(calendar);
    cell(calendar, '2026-03-09').focus();
    const changed = oneEvent(calendar, 'ngo-month-change');
    parts(calendar, 'previous')[0]!.click();
    expect((await changed).detail).to.deep.equal({ month: '2026-02' });
    await settled(calendar);
    expect(heading(calendar)).to.equal('February 2026');
    expect(calendar.month).to.equal('2026-02');
    expect(root(calendar).querySelector('td[tabindex="0"]')).to.equal(cell(calendar, '2026-02-09'));

    parts(calendar, 'next')[0]!.click();
    parts(calendar, 'next')[0]!.click();
    await settled(calendar);
    expect(heading(calendar)).to.equal('April 2026');
    expect(chips(calendar, '2026-04-01')).to.deep.equal(['April walk']);
  });

  it('marks today and goes back to it with the Today button', async () => {
    const api = fixtureApi(events);
    // 20:00 in London is already the next day in Shanghai
    const calendar = await mountCalendar({ fetch: api.fetch, timeZone: 'Asia/Shanghai', now: new Date('2026-03-15T20:00:00Z') });
    await settled(calendar);
    expect(heading(calendar)).to.equal('March 2026');
    const today = dayOf(2026, 3, 16);
    const current = root(calendar).querySelectorAll<HTMLElement>('[aria-current="date"]');
    expect([...current].map((element) => element.dataset['day'])).to.deep.equal([String(today)]);
    expect(current[0]!.getAttribute('tabindex')).to.equal('0');

    parts(calendar, 'next')[0]!.click();
    parts(calendar, 'next')[0]!.click();
    await calendar.updateComplete;
    expect(root(calendar).querySelectorAll('[aria-current="date"]')).to.have.length(0);
    parts(calendar, 'today')[0]!.click();
    await settled(calendar);
    expect(heading(calendar)).to.equal('March 2026');
    expect(root(calendar).querySelector('td[tabindex="0"]')).to.equal(cell(calendar, '2026-03-16'));
  });
});
