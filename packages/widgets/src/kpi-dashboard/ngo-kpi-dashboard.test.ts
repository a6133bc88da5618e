import { expect, html } from '@open-wc/testing';
import { DEMO_PUBLIC_KPIS, DEMO_STAFF_TOKEN } from '@ngo-kit/mock-server';
import { createClient, KPI_IDS, type KpiReport } from '@ngo-kit/sdk';
import { expectAccessible } from '../test-support/a11y.js';
import { deepActiveElement, press, tab } from '../test-support/keyboard.js';
import { startMockApi, type MockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { catalogProblems, catalogTables } from '../test-support/table-problems.js';
import '../kpi-dashboard.js';
import '../provider.js';
import { kpiDashboardMessages } from './messages.js';
import type { NgoKpiDashboard, NgoPeriodChangeEvent } from './ngo-kpi-dashboard.js';
import { waitUntil } from '../test-support/wait.js';

const KEY = 'pk_test_widgets';
const en = kpiDashboardMessages.en;

function parts(element: NgoKpiDashboard, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function card(element: NgoKpiDashboard, id: string): HTMLElement {
  const found = parts(element, 'card').find((candidate) => candidate.dataset['kpi'] === id);
  expect(found, `the card of ${id}`).to.exist;
  return found!;
}

/** The report as the API answers it to this credential: what the widget's figures must equal. */
function reportFrom(api: MockApi, credential: string, period: string): Promise<KpiReport> {
  return createClient({ baseUrl: api.baseUrl, publishableKey: credential, cache: false }).metrics.kpis({ period });
}

async function mountDashboard(attributes: { api?: string; key?: string; staffToken?: string; year?: number; quarter?: number; lang?: string; theme?: string }) {
  const wrapper = await mount<HTMLDivElement>(html`
    <div lang=${attributes.lang ?? 'en'}>
      <ngo-kpi-dashboard
        api=${attributes.api ?? ''}
        key=${attributes.key ?? ''}
        staff-token=${attributes.staffToken ?? ''}
        year=${attributes.year ?? 2026}
        quarter=${attributes.quarter ?? ''}
        theme=${attributes.theme ?? 'auto'}
      ></ngo-kpi-dashboard>
    </div>
  `);
  return wrapper.querySelector('ngo-kpi-dashboard')!;
}

const loaded = (element: NgoKpiDashboard) => parts(element, 'card').length > 0;

/** Formats like a reader of `locale` expects, with `Intl` itself: the expected text comes from the API's numbers. */
function percent(value: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

describe('<ngo-kpi-dashboard> figures', function () {

  it('shows staff every KPI of 2026 as the mock server’s seed defines it, each against its target', async () => {
    const api = await startMockApi();
    const expected = await reportFrom(api, DEMO_STAFF_TOKEN, '2026');
    expect(expected.kpis.map((kpi) => kpi.id)).to.deep.equal([...KPI_IDS]);
    const dashboard = await mountDashboard({ api: api.baseUrl, staffToken: DEMO_STAFF_TOKEN });
    await waitUntil(() => loaded(dashboard), 'no cards');

    expect(parts(dashboard, 'card').map((element) => element.dataset['kpi'])).to.deep.equal([...KPI_IDS]);
    for (const kpi of expected.kpis) {
      const element = card(dashboard, kpi.id);
      expect(textOf(element.querySelector('h3')), kpi.id).to.equal(en.names[kpi.id]);
      expect(textOf(element.querySelector('[part="figure"]')), kpi.id).to.equal(percent(kpi.value!));
      const status = element.querySelector<HTMLElement>('[part="kpi-status"]')!;
      expect(textOf(status), kpi.id).to.equal(kpi.met ? 'Target met' : 'Target not met');
      expect(status.querySelector('svg[aria-hidden="true"]'), 'an icon beside the words').to.exist;
      const target = new Intl.NumberFormat('en', { style: 'percent' }).format(kpi.target);
      expect(textOf(element.querySelector('[part="target"]'))).to.equal(en.targets[kpi.id].replace('{target}', target));
    }
    // the seed was designed with two KPIs met and two not; the text says which, and the icons differ in shape
    const statuses = expected.kpis.map((kpi) => textOf(card(dashboard, kpi.id).querySelector('[part="kpi-status"]')));
    expect(statuses.filter((status) => status === 'Target met')).to.have.length(2);
    expect(statuses.filter((status) => status === 'Target not met')).to.have.length(2);
    const shapes = (id: string) => card(dashboard, id).querySelector('.status-icon')!.innerHTML.replace(/<!--.*?-->/g, '');
    expect(shapes('member_growth')).not.to.equal(shapes('participation'));

    const growth = expected.kpis.find((kpi) => kpi.id === 'member_growth')!;
    expect(textOf(card(dashboard, 'member_growth').querySelector('[part="inputs"]'))).to.equal(
      `From ${growth.inputs['membersAtStart']} to ${growth.inputs['membersAtEnd']} members`,
    );
    const participation = expected.kpis.find((kpi) => kpi.id === 'participation')!;
    expect(textOf(card(dashboard, 'participation').querySelector('[part="inputs"]'))).to.equal(
      `${participation.inputs['attended']} of ${participation.inputs['registered']} registered people came, at ${participation.inputs['events']} events`,
    );
    const retention = expected.kpis.find((kpi) => kpi.id === 'volunteer_retention')!;
    const stayed = retention.inputs['volunteersAtEnd']! - retention.inputs['newVolunteers']!;
    expect(textOf(card(dashboard, 'volunteer_retention').querySelector('[part="inputs"]'))).to.equal(
      `${stayed} of ${retention.inputs['volunteersAtStart']} volunteers stayed; ${retention.inputs['newVolunteers']} new volunteers joined`,
    );
    const nps = new Intl.NumberFormat('en', { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(expected.nps!);
    expect(textOf(parts(dashboard, 'nps')[0])).to.equal(`Net promoter score: ${nps}`);
    expect(textOf(parts(dashboard, 'access')[0])).to.equal(en.access.staff);
    expect(textOf(card(dashboard, 'volunteer_retention').querySelector('.tag'))).to.equal('Not published');
    expect(card(dashboard, 'member_growth').querySelector('.tag')).to.equal(null);
    expect(textOf(dashboard.shadowRoot!.querySelector('[role="status"]'))).to.equal('Key figures for 2026: 2 of 4 targets met.');
    await expectAccessible(dashboard, 'staff view');
  });

  it('draws each series as an SVG image named by its title and desc, and its data table holds exactly the same figures', async () => {
    const api = await startMockApi();
    const expected = await reportFrom(api, DEMO_STAFF_TOKEN, '2026');
    const dashboard = await mountDashboard({ api: api.baseUrl, staffToken: DEMO_STAFF_TOKEN });
    await waitUntil(() => loaded(dashboard), 'no cards');

    for (const kpi of expected.kpis) {
      const panel = parts(dashboard, 'chart-panel').find((element) => element.dataset['kpi'] === kpi.id)!;
      const chart = panel.querySelector('svg[role="img"]')!;
      const [titleId, descId] = chart.getAttribute('aria-labelledby')!.split(' ');
      expect(textOf(chart.querySelector(`title#${titleId}`))).to.equal(`${en.names[kpi.id]}, month by month, 2026`);
      expect(chart.querySelector(`desc#${descId}`)).to.exist;
      const known = kpi.series.filter((point) => point.value !== null);
      expect(chart.querySelectorAll('circle.point')).to.have.length(known.length);
      const last = known.at(-1)!;
      expect(last.value, 'the last month reached is the figure').to.equal(kpi.value);
      expect(textOf(panel.querySelector('[part="chart-summary"]'))).to.include(`to ${percent(last.value!)} in November 2026`);
    }

    const toggle = parts(dashboard, 'table-toggle')[0]!;
    const table = parts(dashboard, 'trend-table')[0]!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(table.checkVisibility()).to.equal(false);
    toggle.click();
    await dashboard.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(table.checkVisibility()).to.equal(true);
    expect(textOf(toggle)).to.equal('Hide the table');

    const headings = [...table.querySelectorAll('thead th')].map(textOf);
    expect(headings).to.deep.equal(['Month', ...expected.kpis.map((kpi) => en.names[kpi.id])]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(12);
    rows.forEach((row, index) => {
      const month = expected.kpis[0]!.series[index]!.month;
      expect(row.getAttribute('data-month')).to.equal(month);
      const cells = [...row.querySelectorAll('td')].map(textOf);
      const want = expected.kpis.map((kpi) => {
        const value = kpi.series[index]!.value;
        return value === null ? '—no figure' : percent(value);
      });
      expect(cells, month).to.deep.equal(want);
    });
    // the table's last figures are the cards' figures
    const november = rows[10]!;
    expected.kpis.forEach((kpi, column) => {
      expect(textOf(november.querySelectorAll('td')[column])).to.equal(textOf(card(dashboard, kpi.id).querySelector('[part="figure"]')));
    });
    await expectAccessible(dashboard, 'data table shown');
  });

  it('shows a publishable key only the KPIs the organisation publishes, without the events', async () => {
    const api = await startMockApi();
    const expected = await reportFrom(api, KEY, '2026');
    expect(expected.access).to.equal('public');
    const dashboard = await mountDashboard({ api: api.baseUrl, key: KEY });
    await waitUntil(() => loaded(dashboard), 'no cards');
    expect(parts(dashboard, 'card').map((element) => element.dataset['kpi'])).to.deep.equal(DEMO_PUBLIC_KPIS);
    for (const kpi of expected.kpis) {
      expect(textOf(card(dashboard, kpi.id).querySelector('[part="figure"]'))).to.equal(percent(kpi.value!));
    }
    expect(parts(dashboard, 'events-table')).to.have.length(0);
    expect(parts(dashboard, 'chart-panel')).to.have.length(DEMO_PUBLIC_KPIS.length);
    expect(textOf(parts(dashboard, 'access')[0])).to.equal(en.access.public);
    expect(dashboard.shadowRoot!.querySelector('.tag')).to.equal(null);
    await expectAccessible(dashboard, 'public view');
  });

  it('loads the quarter chosen in its period picker and says so with ngo-period-change', async () => {
    const api = await startMockApi();
    const expected = await reportFrom(api, DEMO_STAFF_TOKEN, '2026-Q3');
    const dashboard = await mountDashboard({ api: api.baseUrl, staffToken: DEMO_STAFF_TOKEN });
    await waitUntil(() => loaded(dashboard), 'no cards');
    const changes: NgoPeriodChangeEvent[] = [];
    dashboard.addEventListener('ngo-period-change', (event) => changes.push(event));

    const quarter = dashboard.shadowRoot!.querySelector<HTMLSelectElement>('select[name="quarter"]')!;
    expect(quarter.labels?.[0]?.textContent).to.include('Quarter');
    quarter.focus();
    // a native select: the arrow key changes the choice without opening it
    await press('ArrowDown');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(quarter.value).to.equal('3');
    await waitUntil(() => textOf(parts(dashboard, 'title')[0]) === 'Key figures, Q3 2026', 'the title did not follow');
    await waitUntil(() => parts(dashboard, 'trend-table')[0]?.querySelectorAll('tbody tr').length === 3, 'not the quarter');
    expect(dashboard.period).to.equal('2026-Q3');
    expect(changes.map((change) => change.detail.period)).to.deep.equal(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(changes.at(-1)?.detail).to.deep.equal({ year: 2026, quarter: 3, period: '2026-Q3' });
    expect(changes.at(-1)?.composed && changes.at(-1)?.bubbles).to.equal(true);
    for (const kpi of expected.kpis) {
      const figure = textOf(card(dashboard, kpi.id).querySelector('[part="figure"]'));
      expect(figure, kpi.id).to.equal(kpi.value === null ? '—' : percent(kpi.value));
    }
    const rows = [...parts(dashboard, 'events-table')[0]!.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-event-id'))).to.deep.equal(expected.events!.map((event) => event.eventId));
    expect(deepActiveElement()).to.equal(quarter);
  });
});

describe('<ngo-kpi-dashboard> participation per event', function () {

  it('sorts by keyboard, with aria-sort on the sorted heading only', async () => {
    const api = await startMockApi();
    const expected = await reportFrom(api, DEMO_STAFF_TOKEN, '2026');
    const dashboard = await mountDashboard({ api: api.baseUrl, staffToken: DEMO_STAFF_TOKEN });
    await waitUntil(() => loaded(dashboard), 'no cards');
    const table = parts(dashboard, 'events-table')[0]!;
    const ids = () => [...table.querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-event-id'));
    const sortState = () => [...table.querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort'));
    const buttons = () => [...table.querySelectorAll<HTMLButtonElement>('thead button')];
    const events = expected.events!;

    expect(ids()).to.deep.equal(events.map((event) => event.eventId));
    expect(sortState()).to.deep.equal([null, 'ascending', null, null, null, null]);
    expect(buttons().map(textOf)).to.deep.equal(['Event↕', 'Date▲', 'Registered↕', 'Attended↕', 'Participation↕', 'Status↕']);

    buttons()[1]!.focus();
    await tab(3);
    expect(deepActiveElement()).to.equal(buttons()[4]);
    await press('Enter');
    await dashboard.updateComplete;
    const byRate = (direction: 1 | -1) => {
      const held = events.filter((event) => event.rate !== null);
      const notYet = events.filter((event) => event.rate === null);
      const sorted = [...held].sort((a, b) => direction * (a.rate! - b.rate!) || a.startsAt.getTime() - b.startsAt.getTime());
      return [...sorted, ...notYet].map((event) => event.eventId);
    };
    expect(ids()).to.deep.equal(byRate(1));
    expect(sortState()).to.deep.equal([null, null, null, null, 'ascending', null]);
    expect(deepActiveElement(), 'focus stays on the heading').to.equal(buttons()[4]);

    await press(' ');
    await dashboard.updateComplete;
    expect(ids()).to.deep.equal(byRate(-1));
    expect(sortState()).to.deep.equal([null, null, null, null, 'descending', null]);
    const firstRate = textOf(table.querySelector('tbody tr td:nth-of-type(4)'));
    expect(firstRate).to.equal(percent(Math.max(...events.flatMap((event) => (event.rate === null ? [] : [event.rate])))));
    expect(textOf(dashboard.shadowRoot!.querySelector('[role="status"]'))).to.equal('Sorted by Participation, descending.');

    await tab(4, true);
    expect(deepActiveElement()).to.equal(buttons()[0]);
    await press('Enter');
    await dashboard.updateComplete;
    const collator = new Intl.Collator('en');
    const byTitle = [...events].sort((a, b) => collator.compare(a.title, b.title) || a.startsAt.getTime() - b.startsAt.getTime());
    expect(ids()).to.deep.equal(byTitle.map((event) => event.eventId));
    expect(sortState()[0]).to.equal('ascending');
    await expectAccessible(dashboard, 'sorted by title');
  });

  it('says met or not met in words for each event, and "Not yet" for events still to come', async () => {
    const api = await startMockApi();
    const expected = await reportFrom(api, DEMO_STAFF_TOKEN, '2026');
    const dashboard = await mountDashboard({ api: api.baseUrl, staffToken: DEMO_STAFF_TOKEN });
    await waitUntil(() => loaded(dashboard), 'no cards');
    const rows = [...parts(dashboard, 'events-table')[0]!.querySelectorAll('tbody tr')];
    const statuses = rows.map((row) => textOf(row.querySelector('td:last-child')));
    const want = expected.events!.map((event) => (event.met === null ? 'Not yet' : event.met ? 'Target met' : 'Target not met'));
    expect(statuses).to.deep.equal(want);
    expect(statuses.filter((status) => status === 'Target met').length).to.be.greaterThan(0);
    expect(statuses.filter((status) => status === 'Target not met').length).to.be.greaterThan(0);
  });
});

describe('<ngo-kpi-dashboard> access', function () {

  it('explains that it shows nothing without a key or a staff token, and asks nothing of the API', async () => {
    performance.clearResourceTimings();
    const api = await startMockApi();
    const dashboard = await mountDashboard({ api: api.baseUrl });
    await waitUntil(() => parts(dashboard, 'status-no-access').length === 1, 'no explanation');
    expect(textOf(parts(dashboard, 'status-no-access')[0])).to.equal(en.noAccess.noCredentials);
    expect(textOf(dashboard.shadowRoot!.querySelector('[role="status"]'))).to.equal(en.noAccess.noCredentials);
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(api.baseUrl))).to.have.length(0);
    await expectAccessible(dashboard, 'no credentials');
  });

  it('explains that the organisation has published nothing when a publishable key gets no KPI', async () => {
    const api = await startMockApi({ seed: 'empty' });
    const dashboard = await mountDashboard({ api: api.baseUrl, key: KEY });
    await waitUntil(() => parts(dashboard, 'status-no-access').length === 1, 'no explanation');
    expect(textOf(parts(dashboard, 'status-no-access')[0])).to.equal(en.noAccess.notPublished);
  });

  it('asks to sign in again when the staff token is unknown or expired', async () => {
    const api = await startMockApi();
    const dashboard = await mountDashboard({ api: api.baseUrl, key: KEY, staffToken: 'st_long_gone' });
    await waitUntil(() => parts(dashboard, 'status-no-access').length === 1, 'no explanation');
    expect(textOf(parts(dashboard, 'status-no-access')[0])).to.equal(en.noAccess.staffExpired);
  });

  it('never sends a secret key given as the staff token, and says why', async () => {
    performance.clearResourceTimings();
    const api = await startMockApi();
    const dashboard = await mountDashboard({ api: api.baseUrl, key: KEY, staffToken: 'sk_test' });
    await waitUntil(() => parts(dashboard, 'status-no-access').length === 1, 'no explanation');
    expect(textOf(parts(dashboard, 'status-no-access')[0])).to.equal(en.noAccess.notStaffToken);
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(api.baseUrl))).to.have.length(0);
  });

  it('shows the staff view once a staff token arrives, e.g. after the page’s own sign-in', async () => {
    const api = await startMockApi();
    const dashboard = await mountDashboard({ api: api.baseUrl, key: KEY });
    await waitUntil(() => loaded(dashboard), 'no public cards');
    expect(parts(dashboard, 'card')).to.have.length(DEMO_PUBLIC_KPIS.length);
    dashboard.staffToken = DEMO_STAFF_TOKEN;
    await waitUntil(() => parts(dashboard, 'card').length === 4 && parts(dashboard, 'events-table').length === 1, 'no staff view');
  });
});

describe('<ngo-kpi-dashboard> states', function () {

  it('reserves its space with placeholders while loading', async () => {
    const api = await startMockApi({ faults: { latencyMs: 1_500 } });
    const dashboard = await mountDashboard({ api: api.baseUrl, key: KEY });
    const skeleton = parts(dashboard, 'skeleton')[0];
    expect(skeleton?.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(dashboard.shadowRoot!.querySelector('[role="status"]'))).to.equal(en.loading);
    const content = dashboard.shadowRoot!.querySelector('.content')!;
    const reserved = content.getBoundingClientRect().height;
    expect(reserved).to.be.greaterThan(300);
    await expectAccessible(dashboard, 'loading');
    await waitUntil(() => loaded(dashboard), 'no cards after the delay');
    expect(content.getBoundingClientRect().height).to.be.at.least(reserved);
  });

  it('says a period without figures has none yet', async () => {
    const api = await startMockApi();
    const dashboard = await mountDashboard({ api: api.baseUrl, staffToken: DEMO_STAFF_TOKEN, year: 2027, quarter: 2 });
    await waitUntil(() => parts(dashboard, 'status-empty').length === 1, 'no empty state');
    expect(textOf(parts(dashboard, 'status-empty')[0])).to.equal(en.empty.replace('{period}', 'Q2 2027'));
    expect(parts(dashboard, 'period')).to.have.length(1);
  });

  it('shows the error with a retry that works', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const dashboard = await mountDashboard({ api: api.baseUrl, key: KEY });
    await waitUntil(() => parts(dashboard, 'retry').length === 1, 'no retry');
    expect(parts(dashboard, 'status-error')[0]!.getAttribute('role')).to.equal('alert');
    expect(textOf(parts(dashboard, 'status-error')[0])).to.include('could not be loaded');
    await api.setFaults({ failRate: 0 });
    parts(dashboard, 'retry')[0]!.focus();
    await press('Enter');
    await waitUntil(() => loaded(dashboard), 'no cards after retry');
  });

  it('says it is offline, and loads by itself when the browser is back online', async () => {
    const api = await startMockApi();
    let online = false;
    const flakyFetch: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const provider = await mount<HTMLElement>(html`
      <ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${flakyFetch} lang="en">
        <ngo-kpi-dashboard year="2026"></ngo-kpi-dashboard>
      </ngo-provider>
    `);
    const dashboard = provider.querySelector('ngo-kpi-dashboard')!;
    await waitUntil(() => parts(dashboard, 'status-offline').length === 1, 'no offline state');
    expect(textOf(parts(dashboard, 'status-offline')[0])).to.equal(`${en.offline} Try again`);
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => loaded(dashboard), 'not loaded when back online');
  });
});

describe('<ngo-kpi-dashboard> texts', () => {
  it('has every text in every language, with the same placeholders and the plural forms each needs', async () => {
    expect(await catalogProblems(kpiDashboardMessages)).to.deep.equal([]);
  });

  it('names every KPI and its target in every language', async () => {
    for (const table of Object.values(await catalogTables(kpiDashboardMessages))) {
      expect(Object.keys(table.names)).to.deep.equal([...KPI_IDS]);
      for (const id of KPI_IDS) expect(table.targets[id]).to.include('{target}');
    }
  });
});
