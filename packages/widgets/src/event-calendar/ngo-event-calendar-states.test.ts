import { expect } from '@open-wc/testing';
import { fixtureApi } from '../test-support/calendar-fixtures.js';
import { applyHostileStyles } from '../test-support/hostile-page.js';
import {
  berlin,
  cell,
  chips,
  DEMO_NOW,
  dialog,
  focusedDay,
  LOOKS,
  mountCalendar,
  mountInState,
  offlineFetch,
  parts,
  root,
  settled,
} from '../test-support/calendar-testing.js';
import { deepActiveElement, press } from '../test-support/keyboard.js';
import { startMockApi } from '../test-support/mock-api.js';
import { catalogProblems } from '../test-support/table-problems.js';
import { eventCalendarMessages } from './messages.js';
import type { NgoEventCalendar } from './ngo-event-calendar.js';
import { waitUntil } from '../test-support/wait.js';

describe('<ngo-event-calendar> states', () => {
  it('shows the grid of the month while loading, busy, in the space the loaded month takes', async () => {
    const [loading] = (await mountInState('loading', { looks: [LOOKS[0]!] })).calendars;
    const table = parts(loading!, 'grid')[0]!;
    expect(table.getAttribute('aria-busy')).to.equal('true');
    expect(root(loading!).querySelectorAll('td [part~="skeleton"]')).to.have.length(35);
    expect(parts(loading!, 'summary')[0]!.textContent).to.equal('Loading events…');
    const [loaded] = (await mountInState('loaded', { looks: [LOOKS[0]!] })).calendars;
    const [empty] = (await mountInState('empty', { looks: [LOOKS[0]!] })).calendars;
    const [failed] = (await mountInState('error', { looks: [LOOKS[0]!] })).calendars;
    const height = (calendar: NgoEventCalendar) => calendar.getBoundingClientRect().height;
    expect(height(loaded!)).to.be.closeTo(height(loading!), 1);
    expect(height(empty!)).to.be.closeTo(height(loading!), 1);
    expect(height(failed!)).to.be.closeTo(height(loading!), 1);
  });

  it('keeps an empty month navigable, with a note', async () => {
    const [calendar] = (await mountInState('empty', { looks: [LOOKS[0]!] })).calendars;
    expect(parts(calendar!, 'status-empty')[0]!.textContent).to.equal('No events in December 2026. Other months may have some.');
    expect(root(calendar!).querySelector('[role="status"]')!.textContent).to.equal(
      'No events in December 2026. Other months may have some.',
    );
    cell(calendar!, '2026-12-01').focus();
    await press('PageDown');
    await calendar!.updateComplete;
    expect(focusedDay(calendar!)).to.equal('2027-01-01');
    await settled(calendar!, 'empty');
    expect(parts(calendar!, 'status-empty')[0]!.textContent).to.include('January 2027');
  });

  it('says what went wrong, and loads again with Try again', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const calendar = await mountCalendar({ api: api.baseUrl, month: '2026-12', timeZone: 'Europe/Berlin' });
    await settled(calendar, 'error');
    expect(parts(calendar, 'status-error')[0]!.textContent).to.include('could not be loaded');
    expect(parts(calendar, 'grid')).to.have.length(0);
    // the months stay reachable
    expect(parts(calendar, 'next')[0]!.checkVisibility()).to.be.true;
    await api.setFaults({ failRate: 0 });
    parts(calendar, 'retry')[0]!.focus();
    await press('Enter');
    await settled(calendar);
    expect(chips(calendar, '2026-12-12')).to.deep.equal(['Quarterly exchange meeting: winter']);
    // focus went from the retry button, now gone, to the grid's tab stop
    expect(deepActiveElement()).to.equal(root(calendar).querySelector('td[tabindex="0"]'));
  });

  it('says it is offline, and loads by itself when the browser is back online', async () => {
    const api = await startMockApi();
    let online = false;
    const flakyFetch: typeof fetch = (input, init) => (online ? fetch(input, init) : offlineFetch(input, init));
    const calendar = await mountCalendar({ api: api.baseUrl, fetch: flakyFetch, month: '2026-12', lang: 'zh-CN', now: DEMO_NOW });
    await settled(calendar, 'offline');
    expect(parts(calendar, 'status-error')[0]!.textContent).to.match(/无法连接服务/);
    online = true;
    window.dispatchEvent(new Event('online'));
    await settled(calendar);
    expect(chips(calendar, '2026-12-19')).to.deep.equal(['冬季爱心义卖']);
  });

  it('cancels its requests when it leaves the page', async () => {
    const api = await startMockApi({ faults: { latencyMs: 1_000 } });
    const signals: AbortSignal[] = [];
    const watchingFetch: typeof fetch = (input, init) => {
      signals.push(input instanceof Request ? input.signal : init!.signal!);
      return fetch(input, init);
    };
    const calendar = await mountCalendar({ api: api.baseUrl, fetch: watchingFetch, month: '2026-12' });
    await waitUntil(() => signals.length === 1, 'no request');
    calendar.remove();
    expect(signals[0]!.aborted).to.be.true;
  });
});

describe('<ngo-event-calendar> texts', () => {
  it('has every text in every language, with the same placeholders and the plural forms each needs', async () => {
    expect(await catalogProblems(eventCalendarMessages)).to.deep.equal([]);
  });
});

describe('<ngo-event-calendar> on a hostile page', () => {
  it('looks and works the same, and its keyboard still moves', async () => {
    const api = fixtureApi([berlin('Picnic', '2026-07-25T12:00:00+02:00', '2026-07-25T16:00:00+02:00')]);
    const calendar = await mountCalendar({ fetch: api.fetch, month: '2026-07', timeZone: 'Europe/Berlin' });
    await settled(calendar);
    const look = () => {
      const grid = parts(calendar, 'grid')[0]!;
      const day = getComputedStyle(cell(calendar, '2026-07-25'));
      return [grid.offsetWidth, grid.offsetHeight, day.color, day.backgroundColor, day.fontSize, day.lineHeight];
    };
    const clean = look();
    const removeHostile = applyHostileStyles();
    try {
      expect(look()).to.deep.equal(clean);
      cell(calendar, '2026-07-24').focus();
      await press('ArrowRight');
      await calendar.updateComplete;
      expect(focusedDay(calendar)).to.equal('2026-07-25');
      await press('Enter');
      await waitUntil(() => dialog(calendar).open, 'the day did not open');
      expect(dialog(calendar).checkVisibility()).to.be.true;
      await press('Escape');
    } finally {
      removeHostile();
    }
  });
});
