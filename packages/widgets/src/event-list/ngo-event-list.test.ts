import { expect, html, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { applyHostileStyles } from '../test-support/hostile-page.js';
import { press } from '../test-support/keyboard.js';
import { emulateMediaOrSkip } from '../test-support/media.js';
import { startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { catalogProblems } from '../test-support/table-problems.js';
import '../event-list.js';
import '../provider.js';
import { eventListMessages } from './messages.js';
import type { NgoEventList } from './ngo-event-list.js';

const KEY = 'pk_test_widgets';

function parts(element: NgoEventList, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

async function mountList(api: string, lang = 'en', limit = 10) {
  const wrapper = await mount<HTMLDivElement>(
    html`<div lang=${lang}><ngo-event-list api=${api} key=${KEY} limit=${limit}></ngo-event-list></div>`,
  );
  return wrapper.querySelector('ngo-event-list')!;
}

/** The item of the seeded event with this title; the demo seed holds a whole year, so tests look events up by title. */
function itemTitled(element: NgoEventList, title: string): HTMLElement {
  const item = parts(element, 'item').find((candidate) => candidate.querySelector('[part="title"]')?.textContent?.trim() === title);
  expect(item, `the event "${title}"`).to.exist;
  return item!;
}

describe('<ngo-event-list>', () => {
  it('shows the seeded events from the mock server, dated in each event’s time zone', async () => {
    const api = await startMockApi();
    const list = await mountList(api.baseUrl, 'en', 100);
    await waitUntil(() => parts(list, 'item').length > 0, 'no events rendered');

    const titles = parts(list, 'title').map((title) => title.textContent?.trim());
    expect(titles).to.include('Quarterly exchange meeting: winter');
    expect(titles).to.include('冬季爱心义卖');

    const winter = itemTitled(list, 'Quarterly exchange meeting: winter');
    const when = winter.querySelector('[part="when"]')!.textContent!.replace(/\s+/g, ' ');
    expect(when).to.match(/Saturday, December 12, 2026/);
    expect(when).to.match(/2:00\s?–\s?5:00\sPM/);
    expect(when).to.match(/GMT\+1/);
    expect(winter.querySelector('[part="meta"]')!.textContent).to.match(/In person and online.*Community Hall, Berlin/s);

    const sale = itemTitled(list, '冬季爱心义卖');
    expect(sale.querySelector('[part="title"]')!.getAttribute('lang')).to.equal('zh-CN');
    expect(sale.querySelector('[part="when"]')!.textContent).to.match(/10:00\s?AM\s?–\s?4:00\s?PM GMT\+8/);

    await expect(list).to.be.accessible();
  });

  it('speaks Chinese inside a zh-CN page', async () => {
    const api = await startMockApi();
    const list = await mountList(api.baseUrl, 'zh-CN', 100);
    await waitUntil(() => parts(list, 'item').length > 0);
    expect(parts(list, 'list')[0]!.getAttribute('aria-label')).to.equal('近期活动');
    const winter = itemTitled(list, 'Quarterly exchange meeting: winter');
    expect(winter.querySelector('[part="meta"]')!.textContent).to.include('线上线下同步');
    expect(winter.querySelector('[part="when"]')!.textContent).to.match(/2026年12月12日星期六 14:00\s?–\s?17:00 GMT\+1/);
  });

  it('reserves its space while loading', async () => {
    const api = await startMockApi({ faults: { latencyMs: 1_500 } });
    const list = await mountList(api.baseUrl);
    const skeleton = list.shadowRoot!.querySelector('ul[aria-busy="true"]');
    expect(skeleton, 'a busy placeholder list').to.exist;
    expect(list.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(list.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading events…');
    await expect(list).to.be.accessible();
    await waitUntil(() => parts(list, 'item').length > 0, 'events after the delay', { timeout: 5_000 });
  });

  it('shows an empty state when there are no events', async () => {
    const api = await startMockApi({ seed: 'empty' });
    const list = await mountList(api.baseUrl);
    await waitUntil(() => parts(list, 'status').length > 0);
    expect(parts(list, 'status')[0]!.textContent).to.include('No upcoming events');
    await expect(list).to.be.accessible();
  });

  it('shows the error when the server fails, and its retry works', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const list = await mountList(api.baseUrl);
    await waitUntil(() => parts(list, 'retry').length > 0, 'no retry button', { timeout: 5_000 });
    expect(parts(list, 'status')[0]!.getAttribute('role')).to.equal('alert');
    expect(parts(list, 'status')[0]!.textContent).to.include('could not be loaded');
    await expect(list).to.be.accessible();

    await api.setFaults({ failRate: 0 });
    parts(list, 'retry')[0]!.click();
    await waitUntil(() => parts(list, 'item').length > 0, 'events after retry', { timeout: 5_000 });
  });

  it('says what is missing when it has no API address', async () => {
    const list = await mount<NgoEventList>(html`<ngo-event-list lang="en"></ngo-event-list>`);
    await waitUntil(() => parts(list, 'status').length > 0);
    expect(parts(list, 'status')[0]!.textContent).to.include('not set up yet');
  });

  it('keeps the first definition when the tag is defined twice', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { define } = await import('../shared/define.js');
      class Impostor extends HTMLElement {}
      define('ngo-event-list', Impostor);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(customElements.get('ngo-event-list')!.name).to.equal('NgoEventList');
  });
});

type State = 'loading' | 'loaded' | 'empty' | 'error' | 'offline' | 'unconfigured';
const LANGS = ['en', 'zh-CN', 'zh-TW'] as const;
const THEMES = ['light', 'dark'] as const;

/** A `fetch` for a browser without a network: what the SDK sees when the reader is offline. */
const offlineFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** Six event lists, one per language and theme, all in `state`. */
async function mountInState(state: State): Promise<NgoEventList[]> {
  const api =
    state === 'loading'
      ? await startMockApi({ faults: { latencyMs: 4_000 } })
      : state === 'empty'
        ? await startMockApi({ seed: 'empty' })
        : state === 'error'
          ? await startMockApi({ faults: { failRate: 1 } })
          : await startMockApi();
  const wrapper = await mount<HTMLElement>(html`
    <ngo-provider
      api=${state === 'unconfigured' ? '' : api.baseUrl}
      key=${KEY}
      .fetch=${state === 'offline' ? offlineFetch : undefined}
    >
      ${LANGS.flatMap((lang) =>
        THEMES.map((theme) => html`<ngo-event-list lang=${lang} theme=${theme} limit="3"></ngo-event-list>`),
      )}
    </ngo-provider>
  `);
  const lists = [...wrapper.querySelectorAll('ngo-event-list')];
  const shown: Record<State, string> = {
    loading: '[part~="skeleton"]',
    loaded: '[part~="item"]',
    empty: '[part~="status-empty"]',
    error: '[part~="status-error"]',
    offline: '[part~="status-error"]',
    unconfigured: '[part~="status-error"]',
  };
  await waitUntil(() => lists.every((list) => list.shadowRoot!.querySelector(shown[state])), `not all ${state}`, {
    timeout: 5_000,
  });
  return lists;
}

describe('<ngo-event-list> on the platform', () => {
  for (const state of ['loading', 'loaded', 'empty', 'error', 'offline', 'unconfigured'] as const) {
    it(`is accessible when ${state}, in every language and theme`, async () => {
      const lists = await mountInState(state);
      for (const list of lists) {
        await expectAccessible(list, `${state}, ${list.lang}, ${list.theme}`);
      }
    });
  }

  it('says what went wrong in its own language, from the error code', async () => {
    const lists = await mountInState('offline');
    const texts = lists.map((list) => parts(list, 'status')[0]!.textContent!.trim());
    expect(texts[0]).to.match(/could not reach the service/);
    expect(texts[2]).to.match(/无法连接服务/);
    expect(texts[4]).to.match(/無法連線至服務/);
    expect(parts(lists[2]!, 'retry')[0]!.textContent).to.equal('重试');
  });

  it('takes the same space while loading as when loaded, empty or failed: no layout shift', async () => {
    const heightOf = async (state: State) => {
      const [list] = await mountInState(state);
      return list!.getBoundingClientRect().height;
    };
    const loading = await heightOf('loading');
    expect(await heightOf('loaded')).to.be.closeTo(loading, 1);
    expect(await heightOf('empty')).to.be.closeTo(loading, 1);
    expect(await heightOf('error')).to.be.closeTo(loading, 1);
  });

  it('announces how many events arrived, with the right plural', async () => {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <ngo-event-list lang="en" api=${api.baseUrl} key=${KEY} limit="1"></ngo-event-list>
        <ngo-event-list lang="en" api=${api.baseUrl} key=${KEY} limit="3"></ngo-event-list>
        <ngo-event-list lang="zh-TW" api=${api.baseUrl} key=${KEY} limit="3"></ngo-event-list>
      </div>
    `);
    const lists = [...wrapper.querySelectorAll('ngo-event-list')];
    await waitUntil(() => lists.every((list) => parts(list, 'item').length > 0));
    const said = lists.map((list) => list.shadowRoot!.querySelector('[role="status"]')!.textContent);
    expect(said).to.deep.equal(['1 upcoming event', '3 upcoming events', '3 個近期活動']);
  });

  it('makes one request for three lists that need the same events', async () => {
    // The page's buffer of resource timings is small and earlier tests fill it.
    performance.clearResourceTimings();
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <ngo-provider api=${api.baseUrl} key=${KEY}>
        <ngo-event-list limit="3"></ngo-event-list>
        <ngo-event-list limit="3" lang="zh-CN"></ngo-event-list>
        <section lang="zh-TW"><ngo-event-list limit="3" theme="dark"></ngo-event-list></section>
        <ngo-event-list limit="2"></ngo-event-list>
      </ngo-provider>
    `);
    const lists = [...wrapper.querySelectorAll('ngo-event-list')];
    await waitUntil(() => lists.every((list) => parts(list, 'item').length > 0), 'not all lists loaded');
    const requests = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.startsWith(`${api.baseUrl}v1/events`));
    expect(requests.filter((url) => url.includes('limit=3'))).to.have.length(1);
    expect(requests.filter((url) => url.includes('limit=2'))).to.have.length(1);
  });

  it('loads again when a relevant attribute changes', async () => {
    const first = await startMockApi();
    const second = await startMockApi({ seed: 'empty' });
    const list = await mountList(first.baseUrl);
    await waitUntil(() => parts(list, 'item').length > 0);
    list.limit = 2;
    await waitUntil(() => parts(list, 'item').length === 2, 'limit 2 not applied');
    list.setAttribute('api', second.baseUrl);
    await waitUntil(() => parts(list, 'status-empty').length === 1, 'the new API was not asked');
  });

  it('looks and works the same on a hostile page, and leaks nothing into it', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const wrapper = await mount<HTMLElement>(html`
      <div style="display: block; width: 600px">
        <p class="page-text">The page’s own paragraph</p>
        <button class="page-button" type="button">The page’s own button</button>
        <ngo-event-list lang="en" api=${api.baseUrl} key=${KEY} limit="3"></ngo-event-list>
      </div>
    `);
    const list = wrapper.querySelector('ngo-event-list')!;
    await waitUntil(() => parts(list, 'retry').length > 0, 'no error state', { timeout: 5_000 });
    const pageButton = wrapper.querySelector('.page-button')!;
    const pageText = wrapper.querySelector('.page-text')!;
    const pageLook = () => [look(pageButton), look(pageText)];
    const widgetLook = () => ({
      base: look(parts(list, 'base')[0]!),
      status: look(parts(list, 'status')[0]!),
      retry: look(parts(list, 'retry')[0]!),
      // where the page puts the widget is the page's business; its size is ours
      size: [parts(list, 'base')[0]!.offsetWidth, parts(list, 'base')[0]!.offsetHeight],
    });

    const clean = widgetLook();
    const removeHostile = applyHostileStyles();
    try {
      expect(getComputedStyle(pageButton).display, 'the hostile styles are not on').to.equal('none');
      expect(widgetLook()).to.deep.equal(clean);
      const retry = parts(list, 'retry')[0]!;
      expect(retry.checkVisibility()).to.be.true;
      await api.setFaults({ failRate: 0 });
      retry.focus();
      await press('Enter');
      await waitUntil(() => parts(list, 'item').length === 3, 'retry did not work on the hostile page', {
        timeout: 5_000,
      });
      await expectAccessible(list, 'hostile page');
    } finally {
      removeHostile();
    }

    // Our styles live in the shadow root: the page's own elements look as they did without us.
    const page = pageLook();
    list.remove();
    expect(pageLook()).to.deep.equal(page);
    expect(document.adoptedStyleSheets).to.have.length(0);
  });

  it('loads again by itself when the browser comes back online', async () => {
    const api = await startMockApi();
    let online = false;
    const flakyFetch: typeof fetch = (input, init) =>
      online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
    const provider = await mount<HTMLElement>(
      html`<ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${flakyFetch}>
        <ngo-event-list lang="en"></ngo-event-list>
      </ngo-provider>`,
    );
    const list = provider.querySelector('ngo-event-list')!;
    await waitUntil(() => parts(list, 'status-error').length > 0, 'no offline error', { timeout: 5_000 });
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => parts(list, 'item').length > 0, 'not loaded when back online', { timeout: 5_000 });
  });

  it('stops its request when it leaves the page, and starts again when it comes back', async () => {
    const api = await startMockApi({ faults: { latencyMs: 1_000 } });
    const signals: AbortSignal[] = [];
    const watchingFetch: typeof fetch = (input, init) => {
      signals.push(input instanceof Request ? input.signal : init!.signal!);
      return fetch(input, init);
    };
    const provider = await mount<HTMLElement>(
      html`<ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${watchingFetch}>
        <ngo-event-list lang="en"></ngo-event-list>
      </ngo-provider>`,
    );
    const list = provider.querySelector('ngo-event-list')!;
    await waitUntil(() => signals.length === 1, 'no request');
    list.remove();
    expect(signals[0]!.aborted, 'the request was not aborted').to.be.true;

    provider.append(list);
    await waitUntil(() => parts(list, 'item').length > 0, 'no events after coming back', { timeout: 5_000 });
    expect(signals).to.have.length(2);
  });

  it('follows prefers-color-scheme unless its theme says otherwise', async function () {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <ngo-event-list api=${api.baseUrl} key=${KEY}></ngo-event-list>
        <ngo-event-list api=${api.baseUrl} key=${KEY} theme="light"></ngo-event-list>
      </div>
    `);
    const [auto, light] = [...wrapper.querySelectorAll('ngo-event-list')];
    const textColour = (list: NgoEventList) => getComputedStyle(parts(list, 'base')[0]!).color;
    const lightText = textColour(auto!);
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    try {
      expect(textColour(auto!)).not.to.equal(lightText);
      expect(textColour(light!)).to.equal(lightText);
    } finally {
      await emulateMediaOrSkip(this, { colorScheme: 'light' });
    }
  });

  it('keeps its placeholders still when the reader prefers reduced motion', async function () {
    const api = await startMockApi({ faults: { latencyMs: 2_000 } });
    const list = await mountList(api.baseUrl);
    const row = () => list.shadowRoot!.querySelector('[part~="skeleton"] li')!;
    expect(getComputedStyle(row()).animationName).to.equal('ngo-pulse');
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(row()).animationName).to.equal('none');
    } finally {
      await emulateMediaOrSkip(this, { reducedMotion: 'no-preference' });
    }
  });
});

/** The computed styles that make up how an element looks. */
function look(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  const names = ['display', 'visibility', 'color', 'background-color', 'font-size', 'font-style', 'line-height',
    'letter-spacing', 'text-transform', 'margin-top', 'padding-top', 'width', 'height'];
  return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
}

describe('<ngo-event-list> texts', () => {
  it('has every text in every language, with the same placeholders and the plural forms each needs', () => {
    expect(catalogProblems(eventListMessages)).to.deep.equal([]);
  });
});
