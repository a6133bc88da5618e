import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { startMockApi } from '../test-support/mock-api.js';
import '../event-list.js';
import type { NgoEventList } from './ngo-event-list.js';

const KEY = 'pk_test_widgets';

function parts(element: NgoEventList, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

async function mount(api: string, lang = 'en', limit = 10) {
  const wrapper = await fixture<HTMLDivElement>(
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
    const list = await mount(api.baseUrl, 'en', 100);
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
    const list = await mount(api.baseUrl, 'zh-CN', 100);
    await waitUntil(() => parts(list, 'item').length > 0);
    expect(parts(list, 'list')[0]!.getAttribute('aria-label')).to.equal('近期活动');
    const winter = itemTitled(list, 'Quarterly exchange meeting: winter');
    expect(winter.querySelector('[part="meta"]')!.textContent).to.include('线上线下同步');
    expect(winter.querySelector('[part="when"]')!.textContent).to.match(/2026年12月12日星期六 14:00\s?–\s?17:00 GMT\+1/);
  });

  it('reserves its space while loading', async () => {
    const api = await startMockApi({ faults: { latencyMs: 1_500 } });
    const list = await mount(api.baseUrl);
    const skeleton = list.shadowRoot!.querySelector('ul[aria-busy="true"]');
    expect(skeleton, 'a busy placeholder list').to.exist;
    expect(list.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(list.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading events…');
    await expect(list).to.be.accessible();
    await waitUntil(() => parts(list, 'item').length > 0, 'events after the delay', { timeout: 5_000 });
  });

  it('shows an empty state when there are no events', async () => {
    const api = await startMockApi({ seed: 'empty' });
    const list = await mount(api.baseUrl);
    await waitUntil(() => parts(list, 'status').length > 0);
    expect(parts(list, 'status')[0]!.textContent).to.include('No upcoming events');
    await expect(list).to.be.accessible();
  });

  it('shows the error when the server fails, and its retry works', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const list = await mount(api.baseUrl);
    await waitUntil(() => parts(list, 'retry').length > 0, 'no retry button', { timeout: 5_000 });
    expect(parts(list, 'status')[0]!.getAttribute('role')).to.equal('alert');
    expect(parts(list, 'status')[0]!.textContent).to.include('could not be loaded');
    await expect(list).to.be.accessible();

    await api.setFaults({ failRate: 0 });
    parts(list, 'retry')[0]!.click();
    await waitUntil(() => parts(list, 'item').length > 0, 'events after retry', { timeout: 5_000 });
  });

  it('says what is missing when it has no API address', async () => {
    const list = await fixture<NgoEventList>(html`<ngo-event-list lang="en"></ngo-event-list>`);
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
