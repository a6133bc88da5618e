import { expect, html } from '@open-wc/testing';
import { startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import '../index.js';
import type { NgoEventList } from '../event-list/ngo-event-list.js';
import { NgoProvider } from '../provider/ngo-provider.js';
import { configure } from './config.js';
import { NgoElement } from './ngo-element.js';
import { waitUntil } from '../test-support/wait.js';

/** A widget that shows another inside its shadow root, as the calendar shows its registration form. */
class NgoTestNest extends NgoElement {
  protected override renderContent() {
    return html`<ngo-event-list limit="2"></ngo-event-list>`;
  }
}
customElements.define('ngo-test-nest', NgoTestNest);

const KEY = 'pk_test_widgets';

function base(element: HTMLElement): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
}

function titles(element: HTMLElement): number {
  return element.shadowRoot!.querySelectorAll('[part~="item"]').length;
}

/** Resets what `configure()` set, so tests do not leak page defaults into each other. */
function unconfigure() {
  configure({ api: undefined, key: undefined, lang: undefined, theme: undefined, fetch: undefined });
}

describe('NgoElement: configuration, nearest first', () => {
  afterEach(unconfigure);

  it('takes each setting from its own attributes, else its provider, else configure()', async () => {
    configure({ api: 'https://page.invalid', key: 'pk_page', lang: 'zh-TW', theme: 'dark' });
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <ngo-provider api="https://provider.invalid" lang="zh-CN">
          <ngo-event-list id="own" api="https://own.invalid" key="pk_own" lang="en" theme="light"></ngo-event-list>
          <ngo-event-list id="provided"></ngo-event-list>
        </ngo-provider>
        <ngo-event-list id="page"></ngo-event-list>
      </div>
    `);
    const [own, provided, page] = ['own', 'provided', 'page'].map((id) => wrapper.querySelector<NgoEventList>(`#${id}`)!);
    expect(own!.config).to.include({ api: 'https://own.invalid', key: 'pk_own', lang: 'en', theme: 'light' });
    expect(provided!.config).to.include({ api: 'https://provider.invalid', key: 'pk_page', lang: 'zh-CN', theme: 'dark' });
    expect(page!.config).to.include({ api: 'https://page.invalid', key: 'pk_page', lang: 'zh-TW', theme: 'dark' });
    expect([own, provided, page].map((list) => list!.locale)).to.deep.equal(['en', 'zh-CN', 'zh-TW']);
    expect([own, provided, page].map((list) => base(list!).dataset['theme'])).to.deep.equal(['light', 'dark', 'dark']);
  });

  it('passes its whole configuration on to a widget inside its shadow root', async () => {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <ngo-provider lang="zh-TW" theme="dark">
        <ngo-test-nest api=${api.baseUrl} key=${KEY} lang="zh-CN"></ngo-test-nest>
      </ngo-provider>
    `);
    const nest = wrapper.querySelector<NgoTestNest>('ngo-test-nest')!;
    await nest.updateComplete;
    const inner = nest.shadowRoot!.querySelector<NgoEventList>('ngo-event-list')!;
    await waitUntil(() => titles(inner) === 2, 'the inner widget did not load from the outer one’s API');
    expect(inner.config).to.include({ api: api.baseUrl, key: KEY, lang: 'zh-CN', theme: 'dark' });
    nest.lang = 'en';
    await nest.updateComplete;
    await inner.updateComplete;
    expect(inner.locale).to.equal('en');
  });

  it('loads from the API its nearest configuration names', async () => {
    const pageApi = await startMockApi({ seed: 'empty' });
    const providerApi = await startMockApi();
    configure({ api: pageApi.baseUrl, key: KEY });
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <ngo-provider api=${providerApi.baseUrl}><ngo-event-list></ngo-event-list></ngo-provider>
        <ngo-event-list></ngo-event-list>
      </div>
    `);
    const [provided, page] = [...wrapper.querySelectorAll('ngo-event-list')];
    await waitUntil(() => titles(provided!) > 0, 'the provider’s API was not asked');
    await waitUntil(() => page!.shadowRoot!.querySelector('[part~="status-empty"]'), 'the page’s API was not asked');
  });

  it('lets an inner provider add to and override an outer one', async () => {
    const wrapper = await mount<HTMLElement>(html`
      <ngo-provider api="https://outer.invalid" key="pk_outer" theme="dark">
        <ngo-provider key="pk_inner"><ngo-event-list></ngo-event-list></ngo-provider>
      </ngo-provider>
    `);
    const list = wrapper.querySelector('ngo-event-list')!;
    expect(list.config).to.include({ api: 'https://outer.invalid', key: 'pk_inner', theme: 'dark' });
    wrapper.setAttribute('api', 'https://changed.invalid');
    await waitUntil(() => list.config.api === 'https://changed.invalid', 'the outer provider’s change did not arrive');
  });

  it('finds a provider whose definition loads after the widget', async () => {
    const tag = `ngo-late-provider-${Math.random().toString(36).slice(2)}`;
    const wrapper = await mount<HTMLElement>(html`<div></div>`);
    const late = document.createElement(tag);
    late.setAttribute('api', 'https://late.invalid');
    late.setAttribute('key', 'pk_late');
    late.append(document.createElement('ngo-event-list'));
    wrapper.append(late);
    const list = late.querySelector('ngo-event-list')!;
    await list.updateComplete;
    expect(list.config.api).to.equal(undefined);
    customElements.define(tag, class extends NgoProvider {});
    await waitUntil(() => list.config.api === 'https://late.invalid', 'the late provider was not found');
  });

  it('picks up configure() called after the widgets are on the page', async () => {
    const api = await startMockApi();
    const list = await mount<NgoEventList>(html`<ngo-event-list lang="en"></ngo-event-list>`);
    await waitUntil(() => list.shadowRoot!.textContent!.includes('not set up yet'));
    window.NgoKit!.configure({ api: api.baseUrl, key: KEY });
    await waitUntil(() => titles(list) > 0, 'configure() was not picked up');
  });
});

describe('NgoElement: language', () => {
  afterEach(unconfigure);

  it('speaks its own lang, else the nearest lang on the page, looking past shadow roots', async () => {
    const wrapper = await mount<HTMLElement>(html`
      <div lang="zh-HK">
        <ngo-event-list id="inherited"></ngo-event-list>
        <ngo-event-list id="own" lang="en-GB"></ngo-event-list>
        <div id="host"></div>
      </div>
    `);
    const host = wrapper.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.append(document.createElement('ngo-event-list'));
    const shadowed = root.querySelector('ngo-event-list')!;
    await shadowed.updateComplete;
    expect(wrapper.querySelector<NgoEventList>('#inherited')!.locale).to.equal('zh-HK');
    expect(wrapper.querySelector<NgoEventList>('#own')!.locale).to.equal('en-GB');
    expect(shadowed.locale).to.equal('zh-HK');
    expect(base(shadowed).lang).to.equal('zh-HK');
    await waitUntil(() => shadowed.shadowRoot!.textContent!.includes('此元件尚未設定'), 'not in Traditional Chinese');
  });

  it('falls back to the browser’s language, and to English for a language it does not speak', async () => {
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <ngo-event-list id="browser"></ngo-event-list>
        <div lang="fr"><ngo-event-list id="french"></ngo-event-list></div>
        <div lang="not a tag!"><ngo-event-list id="broken"></ngo-event-list></div>
      </div>
    `);
    const browserLocale = Intl.getCanonicalLocales(navigator.languages[0] ?? navigator.language)[0];
    expect(document.documentElement.hasAttribute('lang'), 'the test page must have no lang').to.be.false;
    expect(wrapper.querySelector<NgoEventList>('#browser')!.locale).to.equal(browserLocale);
    expect(wrapper.querySelector<NgoEventList>('#french')!.locale).to.equal('en');
    expect(wrapper.querySelector<NgoEventList>('#broken')!.locale).to.equal(browserLocale);
  });

  it('speaks a lang set as a property before it is on the page', async () => {
    const wrapper = await mount<HTMLElement>(html`<div lang="en"></div>`);
    const list = document.createElement('ngo-event-list');
    list.lang = 'zh-TW';
    const provider = document.createElement('ngo-provider');
    provider.lang = 'zh-CN';
    provider.append(document.createElement('ngo-event-list'));
    wrapper.append(list, provider);
    await list.updateComplete;
    expect(list.locale).to.equal('zh-TW');
    expect(list.getAttribute('lang')).to.equal('zh-TW');
    const provided = provider.querySelector('ngo-event-list')!;
    await waitUntil(() => provided.locale === 'zh-CN', 'the provider’s lang property was not used');
  });

  it('follows a language switch on the page', async () => {
    const wrapper = await mount<HTMLElement>(html`<div lang="en"><ngo-event-list></ngo-event-list></div>`);
    const list = wrapper.querySelector('ngo-event-list')!;
    await waitUntil(() => list.shadowRoot!.textContent!.includes('not set up yet'), 'not in English');
    wrapper.setAttribute('lang', 'zh-CN');
    await waitUntil(() => list.locale === 'zh-CN', 'the switch was not seen');
    expect(list.shadowRoot!.textContent).to.include('此组件尚未设置');
  });
});
