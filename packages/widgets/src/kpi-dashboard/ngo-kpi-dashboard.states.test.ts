import { expect, html } from '@open-wc/testing';
import { DEMO_STAFF_TOKEN } from '@ngo-kit/mock-server';
import { expectAccessible } from '../test-support/a11y.js';
import { emulateMediaOrSkip } from '../test-support/media.js';
import { startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import '../kpi-dashboard.js';
import '../provider.js';
import type { NgoKpiDashboard } from './ngo-kpi-dashboard.js';
import { waitUntil } from '../test-support/wait.js';

const KEY = 'pk_test_widgets';

function parts(element: NgoKpiDashboard, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function card(element: NgoKpiDashboard, id: string): HTMLElement {
  return parts(element, 'card').find((candidate) => candidate.dataset['kpi'] === id)!;
}

const loaded = (element: NgoKpiDashboard) => parts(element, 'card').length > 0;

type State = 'loading' | 'staff' | 'public' | 'empty' | 'no-access' | 'error' | 'offline';
/** Every language and both themes, in four dashboards: each language once, each theme twice. */
const LOOKS = [
  ['en', 'light'],
  ['en', 'dark'],
  ['zh-CN', 'dark'],
  ['zh-TW', 'light'],
] as const;
const offlineFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** Four dashboards in `state`, in every language and both themes. */
async function mountInState(state: State): Promise<NgoKpiDashboard[]> {
  const api =
    state === 'loading'
      ? await startMockApi({ faults: { latencyMs: 30_000 } })
      : state === 'error'
        ? await startMockApi({ faults: { failRate: 1 } })
        : await startMockApi();
  // the staff view of one quarter: its table of events is short enough for axe on a busy machine
  const staffToken = state === 'staff' || state === 'empty' ? DEMO_STAFF_TOKEN : undefined;
  const wrapper = await mount<HTMLElement>(html`
    <ngo-provider api=${api.baseUrl} key=${state === 'no-access' ? '' : KEY} .fetch=${state === 'offline' ? offlineFetch : undefined}>
      ${LOOKS.map(
        ([lang, theme]) => html`<ngo-kpi-dashboard
          lang=${lang}
          theme=${theme}
          year=${state === 'empty' ? 2027 : 2026}
          quarter=${state === 'staff' ? 3 : ''}
          staff-token=${staffToken ?? ''}
        ></ngo-kpi-dashboard>`,
      )}
    </ngo-provider>
  `);
  const dashboards = [...wrapper.querySelectorAll('ngo-kpi-dashboard')];
  const shown: Record<State, string> = {
    loading: '[part~="skeleton"]',
    staff: '[part~="events-table"]',
    public: '[part~="card"]',
    empty: '[part~="status-empty"]',
    'no-access': '[part~="status-no-access"]',
    error: '[part~="status-error"]',
    offline: '[part~="status-offline"]',
  };
  await waitUntil(() => dashboards.every((element) => element.shadowRoot!.querySelector(shown[state])), `not all ${state}`);
  return dashboards;
}

describe('<ngo-kpi-dashboard> in every state, language and theme', function () {
  // four dashboards with charts and tables, each audited by axe: slow on a busy machine
  this.timeout(60_000);

  for (const state of ['loading', 'staff', 'public', 'empty', 'no-access', 'error', 'offline'] as const) {
    it(`is accessible when ${state}`, async () => {
      const dashboards = await mountInState(state);
      for (const dashboard of dashboards) {
        await expectAccessible(dashboard, `${state}, ${dashboard.lang}, ${dashboard.theme}`);
      }
    });
  }

  it('speaks Simplified and Traditional Chinese, with Chinese numbers and months', async () => {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <ngo-provider api=${api.baseUrl} key=${KEY}>
        <ngo-kpi-dashboard lang="zh-CN" year="2026" staff-token=${DEMO_STAFF_TOKEN}></ngo-kpi-dashboard>
        <ngo-kpi-dashboard lang="zh-TW" year="2026" staff-token=${DEMO_STAFF_TOKEN}></ngo-kpi-dashboard>
      </ngo-provider>
    `);
    const [zhCN, zhTW] = [...wrapper.querySelectorAll('ngo-kpi-dashboard')] as [NgoKpiDashboard, NgoKpiDashboard];
    await waitUntil(() => loaded(zhCN) && loaded(zhTW), 'not loaded');
    expect(textOf(parts(zhCN, 'title')[0])).to.equal('关键指标（2026年）');
    expect(textOf(card(zhCN, 'member_growth').querySelector('[part="kpi-status"]'))).to.equal('已达标');
    expect(textOf(card(zhCN, 'participation').querySelector('[part="kpi-status"]'))).to.equal('未达标');
    expect(textOf(card(zhTW, 'volunteer_retention').querySelector('h3'))).to.equal('志工留任率');
    expect(textOf(card(zhTW, 'participation').querySelector('[part="kpi-status"]'))).to.equal('未達標');
    expect(textOf(parts(zhCN, 'trend-table')[0]!.querySelector('tbody th'))).to.equal('2026年1月');
    expect(textOf(zhTW.shadowRoot!.querySelector('[role="status"]'))).to.equal('2026年關鍵指標：4 項中有 2 項達標。');
  });

  it('wears its theme: dark text on light, light text on dark', async function () {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div lang="en">
        <ngo-kpi-dashboard api=${api.baseUrl} key=${KEY} year="2026" theme="light"></ngo-kpi-dashboard>
        <ngo-kpi-dashboard api=${api.baseUrl} key=${KEY} year="2026" theme="dark"></ngo-kpi-dashboard>
        <ngo-kpi-dashboard api=${api.baseUrl} key=${KEY} year="2026"></ngo-kpi-dashboard>
      </div>
    `);
    const [light, dark, auto] = [...wrapper.querySelectorAll('ngo-kpi-dashboard')] as NgoKpiDashboard[];
    await waitUntil(() => [light, dark, auto].every((element) => loaded(element!)), 'not loaded');
    const colours = (element: NgoKpiDashboard) => {
      const card = getComputedStyle(parts(element, 'card')[0]!);
      return [getComputedStyle(parts(element, 'base')[0]!).color, card.backgroundColor];
    };
    expect(colours(light!)).not.to.deep.equal(colours(dark!));
    expect(colours(auto!)).to.deep.equal(colours(light!));
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    try {
      expect(colours(auto!)).to.deep.equal(colours(dark!));
    } finally {
      await emulateMediaOrSkip(this, { colorScheme: 'light' });
    }
  });
});

