import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { deepActiveElement, press, tab } from '../test-support/keyboard.js';
import { startMockApi, type MockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { expectFollowsColorScheme, LOAD_STATES, mountInEveryLanguage, type LoadState } from '../test-support/states.js';
import { catalogProblems } from '../test-support/table-problems.js';
import '../donor-wall.js';
import '../provider.js';
import { donorWallMessages } from './messages.js';
import type { NgoDonorWall } from './ngo-donor-wall.js';
import { waitUntil } from '../test-support/wait.js';

const KEY = 'pk_test_widgets';
const FRIEND = 'A friend of the organisation';

function parts(element: NgoDonorWall, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

const textOf = (element: Element | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

/** The wall as read: each group's heading and the names under it. */
function groups(element: NgoDonorWall): { heading: string; names: string[] }[] {
  return parts(element, 'group').map((group) => ({
    heading: textOf(group.querySelector('[part="heading"]')!)!,
    names: [...group.querySelectorAll('[part="name"]')].map((name) => textOf(name)!),
  }));
}

function said(element: NgoDonorWall): string {
  return element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

async function mountWall(api: string, attributes: { lang?: string; period?: string; groupBy?: string; showAmounts?: boolean } = {}) {
  const wrapper = await mount<HTMLDivElement>(html`
    <div lang=${attributes.lang ?? 'en'}>
      <ngo-donor-wall
        api=${api}
        key=${KEY}
        period=${attributes.period ?? ''}
        group-by=${attributes.groupBy ?? 'tier'}
        ?show-amounts=${attributes.showAmounts}
      ></ngo-donor-wall>
    </div>
  `);
  const wall = wrapper.querySelector('ngo-donor-wall')!;
  await waitUntil(() => !wall.shadowRoot!.querySelector('[part~="skeleton"]'), 'the wall did not load');
  return wall;
}

/** The raw wall of a period, as the API sends it to anyone with the publishable key. */
async function apiWall(api: MockApi, period: string): Promise<{ text: string; items: { anonymous: boolean; displayName: string | null }[] }> {
  const response = await fetch(`${api.baseUrl}v1/donors/wall?period=${period}&limit=100`, { headers: { authorization: `Bearer ${KEY}` } });
  const text = await response.text();
  return { text, items: (JSON.parse(text) as { items: { anonymous: boolean; displayName: string | null }[] }).items };
}

/** Every text and attribute value in the shadow root, as one string to search. */
function everythingShown(element: NgoDonorWall): string {
  const root = element.shadowRoot!;
  const attributes = [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map(({ value }) => value));
  return [root.textContent ?? '', ...attributes].join('\n');
}

/** A `fetch` that answers the wall with `items` and nothing else: a backend that sends more than the reference API. */
function wallFetch(items: object[]): typeof fetch {
  return async () => Response.json({ items, nextCursor: null });
}

describe('<ngo-donor-wall>', () => {
  it('thanks the consenting donors of a year by tier, highest first, with headings and lists', async () => {
    const api = await startMockApi();
    const wall = await mountWall(api.baseUrl, { period: '2026' });

    const shown = groups(wall);
    expect(shown.map(({ heading, names }) => [heading, names.length])).to.deep.equal([
      ['Patrons', 2],
      ['Friends', 12],
      ['Supporters', 3],
    ]);
    expect(shown[0]!.names).to.deep.equal(['Yusuf Schulz', '明德文化有限公司']);
    expect(shown[2]!.names.filter((name) => name === FRIEND)).to.have.length(2);
    expect(said(wall)).to.equal('With thanks to 17 donors');

    for (const group of parts(wall, 'group')) {
      const heading = group.querySelector('h3[part="heading"]')!;
      const list = group.querySelector('ul[part="list"]')!;
      expect(list.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(list.querySelectorAll(':scope > li[part~="donor"]').length).to.equal(list.children.length);
    }
    expect(parts(wall, 'tier')).to.have.length(0);
    await expectAccessible(wall, 'by tier');
  });

  it('never names a donor who chose anonymity, and the API never sends their names either', async function () {
    // sixteen walls, some of five requests each: slow on a busy machine
    this.timeout(40_000);
    // loaded here, not with the file: the whole mock server is a lot of modules for a browser to start with
    const { demoSeed } = await import('@ngo-kit/mock-server/browser');
    const seed = demoSeed();
    const anonymousIds = new Set(seed.donations.filter((donation) => donation.anonymous).map((donation) => donation.donorId));
    const hidden = seed.donors.filter((donor) => anonymousIds.has(donor.id)).map((donor) => donor.name);
    expect(hidden, 'the seed has donors who chose anonymity').to.have.length(4);
    const named = new Set(seed.donors.filter((donor) => !anonymousIds.has(donor.id)).map((donor) => donor.name));
    expect(hidden.filter((name) => named.has(name)), 'a hidden name is also another donor’s').to.deep.equal([]);

    const api = await startMockApi();
    for (const period of ['2025', '2026', '2026-Q1', '2026-Q2']) {
      const answer = await apiWall(api, period);
      const anonymous = answer.items.filter((entry) => entry.anonymous);
      expect(anonymous.length, `anonymous donors in ${period}`).to.be.greaterThan(0);
      expect(anonymous.every((entry) => entry.displayName === null)).to.equal(true);
      for (const name of hidden) expect(answer.text, `the API's wall of ${period}`).not.to.include(name);

      for (const groupBy of ['tier', 'period']) {
        for (const lang of ['en', 'zh-CN']) {
          const wall = await mountWall(api.baseUrl, { period, groupBy, lang });
          const everything = everythingShown(wall);
          for (const name of hidden) expect(everything, `${period} by ${groupBy} in ${lang}`).not.to.include(name);
          const friends = parts(wall, 'donor-anonymous').map((friend) => textOf(friend.querySelector('[part="name"]')!));
          expect(friends.length, `friends in ${period} by ${groupBy}`).to.be.greaterThan(0);
          expect(new Set(friends)).to.deep.equal(new Set([lang === 'en' ? FRIEND : '一位本机构的朋友']));
          // a year by quarter thanks each quarter's donors; otherwise the wall is the API's wall
          if (groupBy === 'tier' || period.includes('-Q')) expect(friends).to.have.length(anonymous.length);
        }
      }
    }
  });

  it('never shows a name for an anonymous entry, nor a sum, whatever else a backend sends', async () => {
    const items = [
      { displayName: 'Open Giver', anonymous: false, tier: 'patron', period: '2026', amounts: [{ amount: 30_000, currency: 'EUR' }] },
      { displayName: 'Secret Giver', anonymous: true, tier: 'patron', period: '2026', amounts: [{ amount: 99_900, currency: 'EUR' }] },
      { displayName: 'No Sum', anonymous: false, tier: 'friend', period: '2026' },
    ];
    const wrapper = await mount<HTMLElement>(html`
      <ngo-provider api="https://api.invalid" key=${KEY} .fetch=${wallFetch(items)}>
        <ngo-donor-wall lang="en" show-amounts></ngo-donor-wall>
        <ngo-donor-wall lang="en"></ngo-donor-wall>
      </ngo-provider>
    `);
    const [withAmounts, without] = [...wrapper.querySelectorAll('ngo-donor-wall')];
    await waitUntil(() => parts(withAmounts!, 'donor').length === 3 && parts(without!, 'donor').length === 3, 'not loaded');

    for (const wall of [withAmounts!, without!]) {
      expect(groups(wall).map(({ names }) => names)).to.deep.equal([['Open Giver', FRIEND], ['No Sum']]);
      expect(everythingShown(wall)).not.to.include('Secret');
      expect(everythingShown(wall)).not.to.match(/999/);
    }
    expect(parts(withAmounts!, 'amount').map((amount) => textOf(amount))).to.deep.equal(['€300.00']);
    expect(parts(without!, 'amount')).to.have.length(0);
    await expectAccessible(withAmounts!, 'with amounts');
  });

  it('shows no sums from the reference API, which sends none, even with show-amounts', async () => {
    const api = await startMockApi();
    const wall = await mountWall(api.baseUrl, { period: '2026', showAmounts: true });
    expect(parts(wall, 'donor')).to.have.length(17);
    expect(parts(wall, 'amount')).to.have.length(0);
    expect((await apiWall(api, '2026')).text).not.to.include('amount');
  });

  it('groups by quarter, latest first, each donor with the tier of that quarter', async () => {
    const api = await startMockApi();
    const wall = await mountWall(api.baseUrl, { period: '2026', groupBy: 'period' });
    expect(groups(wall).map(({ heading, names }) => [heading, names.length])).to.deep.equal([
      ['Q4 2026', 2],
      ['Q3 2026', 7],
      ['Q2 2026', 8],
      ['Q1 2026', 8],
    ]);
    expect(said(wall)).to.equal('With thanks to 25 donors');
    const q1 = parts(wall, 'group')[3]!;
    expect([...q1.querySelectorAll('[part="tier"]')].map((tier) => textOf(tier))).to.deep.equal([
      'Patron', 'Friend', 'Friend', 'Friend', 'Friend', 'Supporter', 'Supporter', 'Supporter',
    ]);
    await expectAccessible(wall, 'by quarter');

    const oneQuarter = await mountWall(api.baseUrl, { period: '2026-Q3', groupBy: 'period', lang: 'zh-CN' });
    expect(groups(oneQuarter).map(({ heading, names }) => [heading, names.length])).to.deep.equal([['2026年第3季度', 7]]);
    const traditional = await mountWall(api.baseUrl, { period: '2026', groupBy: 'period', lang: 'zh-TW' });
    expect(groups(traditional).map(({ heading }) => heading)).to.deep.equal(['2026年第4季', '2026年第3季', '2026年第2季', '2026年第1季']);
    expect(said(traditional)).to.equal('衷心感謝 25 位捐贈者');
  });

  it('takes the API’s current year when no period is set', async () => {
    const api = await startMockApi();
    const byTier = await mountWall(api.baseUrl);
    expect(parts(byTier, 'donor')).to.have.length(17);
    const byQuarter = await mountWall(api.baseUrl, { groupBy: 'period' });
    expect(groups(byQuarter).map(({ heading }) => heading)).to.deep.equal(['Q4 2026', 'Q3 2026', 'Q2 2026', 'Q1 2026']);
  });

  it('names tiers in Chinese', async () => {
    const api = await startMockApi();
    const simplified = await mountWall(api.baseUrl, { period: '2025', lang: 'zh-CN' });
    expect(groups(simplified).map(({ heading }) => heading)).to.deep.equal(['主要捐助人', '赞助人', '爱心伙伴', '支持者']);
    const traditional = await mountWall(api.baseUrl, { period: '2025', lang: 'zh-TW' });
    expect(groups(traditional).map(({ heading }) => heading)).to.deep.equal(['主要捐助人', '贊助人', '愛心夥伴', '支持者']);
    expect(said(traditional)).to.equal('衷心感謝 19 位捐贈者');
  });

  it('loads again when its period or grouping changes', async () => {
    const api = await startMockApi();
    const wall = await mountWall(api.baseUrl, { period: '2026' });
    wall.period = '2027';
    await waitUntil(() => parts(wall, 'status-empty').length === 1, 'no empty wall for 2027');
    expect(textOf(parts(wall, 'status-empty')[0])).to.equal('There are no donors to show for this period yet.');
    wall.period = '2026-Q4';
    wall.groupBy = 'period';
    await waitUntil(() => groups(wall).length === 1 && groups(wall)[0]!.heading === 'Q4 2026', 'not grouped by quarter');
  });

  it('retries by keyboard after an error', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <button type="button">before</button>
        <ngo-donor-wall lang="en" api=${api.baseUrl} key=${KEY} period="2026"></ngo-donor-wall>
      </div>
    `);
    const wall = wrapper.querySelector('ngo-donor-wall')!;
    await waitUntil(() => parts(wall, 'retry').length > 0, 'no retry button');
    expect(textOf(parts(wall, 'status')[0])).to.include('could not be loaded');
    await api.setFaults({ failRate: 0 });
    wrapper.querySelector('button')!.focus();
    await tab();
    expect(deepActiveElement()).to.equal(parts(wall, 'retry')[0]);
    await press('Enter');
    await waitUntil(() => parts(wall, 'donor').length === 17, 'no wall after retry');
  });
});

/** Six walls, one per language and theme, all in `state`. */
function mountInState(state: LoadState): Promise<NgoDonorWall[]> {
  return mountInEveryLanguage<NgoDonorWall>(
    state,
    (lang, theme) => html`<ngo-donor-wall lang=${lang} theme=${theme} period="2026" group-by="period"></ngo-donor-wall>`,
  );
}

describe('<ngo-donor-wall> on the platform', () => {
  for (const state of LOAD_STATES) {
    it(`is accessible when ${state}, in every language and theme`, async function () {
      const walls = await mountInState(state);
      for (const wall of walls) await expectAccessible(wall, `${state}, ${wall.lang}, ${wall.theme}`);
    });
  }

  it('says in its own language what each state is', async () => {
    const loading = await mountInState('loading');
    expect(loading.map(said)).to.deep.equal([
      'Loading our donors…', 'Loading our donors…', '正在加载捐赠者名单…', '正在加载捐赠者名单…', '正在載入捐贈者名單…', '正在載入捐贈者名單…',
    ]);
    const empty = await mountInState('empty');
    expect(textOf(parts(empty[4]!, 'status')[0])).to.equal('這段期間暫時沒有可以展示的捐贈者。');
    const offline = await mountInState('offline');
    expect(textOf(parts(offline[2]!, 'status')[0])).to.match(/无法连接服务/);
  });

  it('takes the same space while loading as when empty or failed', async () => {
    const heightOf = async (state: LoadState) => {
      const [wall] = await mountInState(state);
      return wall!.getBoundingClientRect().height;
    };
    const loading = await heightOf('loading');
    expect(loading).to.be.greaterThan(100);
    expect(await heightOf('empty')).to.be.closeTo(loading, 1);
    expect(await heightOf('error')).to.be.closeTo(loading, 1);
  });

  it('follows prefers-color-scheme unless its theme says otherwise', async function () {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <ngo-donor-wall api=${api.baseUrl} key=${KEY} period="2026"></ngo-donor-wall>
        <ngo-donor-wall api=${api.baseUrl} key=${KEY} period="2026" theme="light"></ngo-donor-wall>
      </div>
    `);
    const [auto, light] = [...wrapper.querySelectorAll('ngo-donor-wall')];
    await waitUntil(() => parts(auto!, 'donor').length > 0 && parts(light!, 'donor').length > 0, 'not loaded');
    await expectFollowsColorScheme(this, [auto!, light!], (wall) => getComputedStyle(parts(wall as NgoDonorWall, 'group')[0]!).backgroundColor);
  });
});

describe('<ngo-donor-wall> texts', () => {
  it('has every text in every language, with the same placeholders and the plural forms each needs', async () => {
    expect(await catalogProblems(donorWallMessages)).to.deep.equal([]);
  });
});
