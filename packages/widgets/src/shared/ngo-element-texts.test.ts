import { expect, fixtureSync, html } from '@open-wc/testing';
import { catalog, type Catalog } from '../i18n/catalog.js';
import { sharedMessages } from '../i18n/locale.js';
import '../event-list.js';
import { eventListMessages } from '../event-list/messages.js';
import type { NgoEventList } from '../event-list/ngo-event-list.js';
import { startMockApi } from '../test-support/mock-api.js';
import { NgoElement } from './ngo-element.js';
import { waitUntil } from '../test-support/wait.js';

// Texts in other languages than English load on demand (i18n/catalog.ts). This file runs in a page of its own,
// so nothing Chinese is loaded when it starts; its tests are in order: zh-CN first, then a zh-TW that fails.

interface ProbeMessages {
  hello: string;
}

/** A deferred answer for a catalog's loader, so that a test decides when (and whether) a table arrives. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

let probes = 0;

/**
 * Defines a widget that says its catalog's `hello`, counts its data loads and
 * records the text of each update; answers its tag.
 */
function defineProbe(texts: Catalog<ProbeMessages>) {
  const tag = `ngo-test-texts-${++probes}`;
  class Probe extends NgoElement {
    loads = 0;
    readonly seen: string[] = [];
    readonly #data = this.loadTask({
      args: () => [] as const,
      load: async () => {
        this.loads += 1;
        return 'data';
      },
    });

    protected override renderContent() {
      return html`<p>${this.localizer.text(texts).hello} ${this.localizer.messages.states.retry} ${this.#data.value ?? ''}</p>`;
    }

    protected override updated() {
      const base = this.shadowRoot!.querySelector('[part~="base"]')!;
      this.seen.push(`${base.getAttribute('lang')}: ${base.textContent!.trim()}`);
    }
  }
  customElements.define(tag, Probe);
  return tag;
}

type Probe = NgoElement & { loads: number; seen: string[] };

/** Puts a `tag` on a page part in `lang`, as a page's own markup would, without waiting for it. */
function place(tag: string, lang: string): Probe {
  const page = fixtureSync<HTMLElement>(html`<div lang=${lang}></div>`);
  const probe = document.createElement(tag) as Probe;
  // configured, for its load to get a client; the load itself asks nothing of the network
  Object.assign(probe, { api: 'https://api.invalid', key: 'pk_test_widgets' });
  page.append(probe);
  return probe;
}

describe('NgoElement: a language other than English loads before the widget speaks it', () => {
  it('gives a real widget on a Chinese page Chinese text from its first update, none in English', async () => {
    const api = await startMockApi();
    const list = document.createElement('ngo-event-list') as NgoEventList;
    const seen: string[] = [];
    list.addController({
      hostUpdated: () => {
        const base = list.shadowRoot!.querySelector('[part~="base"]')!;
        seen.push(`${base.getAttribute('lang')} ${base.innerHTML}`);
      },
    });
    Object.assign(list, { api: api.baseUrl, key: 'pk_test_widgets', lang: 'zh-CN' });
    list.setAttribute('limit', '3');
    fixtureSync<HTMLElement>(html`<div></div>`).append(list);
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[part~="item"]').length === 3, 'the events arrive');
    const english = [eventListMessages.en.label, eventListMessages.en.loading, sharedMessages.en.states.loading];
    expect(seen.length).to.be.greaterThan(0);
    for (const update of seen) {
      expect(update.startsWith('zh-CN '), update.slice(0, 40)).to.equal(true);
      for (const text of english) expect(update).not.to.include(text);
    }
    expect(list.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('aria-label')).to.equal('近期活动');
  });

  it('renders nothing until the texts are there, loads its data meanwhile, and its first render is Chinese', async () => {
    const table = deferred<ProbeMessages>();
    const tag = defineProbe(
      catalog<ProbeMessages>({ hello: 'Hello' }, { 'zh-CN': () => table.promise, 'zh-TW': async () => ({ hello: '哈囉' }) }),
    );
    const probe = place(tag, 'zh-CN');
    let complete = false;
    void probe.updateComplete.then(() => (complete = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(probe.hasUpdated, 'no update before its texts').to.equal(false);
    expect(complete, 'updateComplete waits for the texts').to.equal(false);
    expect(probe.loads, 'the data load started without waiting for the texts').to.equal(1);
    expect(probe.matches(':state(loading-texts)'), 'a page can keep its space reserved').to.equal(true);

    table.resolve({ hello: '你好' });
    await probe.updateComplete;
    expect(probe.seen).to.deep.equal(['zh-CN: 你好 重试 data']);
    expect(probe.loads).to.equal(1);
    expect(probe.matches(':state(loading-texts)')).to.equal(false);
  });
});

describe('NgoElement: a language whose texts cannot be loaded', () => {
  it('speaks English, says so in its lang, and speaks the language once back online', async () => {
    let offline = true;
    const failing = (): Promise<ProbeMessages> =>
      offline
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : Promise.resolve({ hello: '哈囉' });
    const tag = defineProbe(catalog<ProbeMessages>({ hello: 'Hello' }, { 'zh-CN': async () => ({ hello: '你好' }), 'zh-TW': failing }));
    const probe = place(tag, 'zh-TW');
    await waitUntil(() => probe.seen.at(-1)?.endsWith('data'), 'the data arrives');
    expect(probe.seen.filter((update) => !update.startsWith('en: Hello Try again')), 'all in English, and marked so').to.deep.equal([]);
    expect(probe.locale).to.equal('en');

    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.seen.at(-1), 'not asked for again before the browser is back online').to.equal('en: Hello Try again data');

    offline = false;
    window.dispatchEvent(new Event('online'));
    await probe.updateComplete;
    await probe.updateComplete;
    expect(probe.seen.at(-1)).to.match(/^zh-TW: 哈囉 /);
    expect(probe.locale).to.equal('zh-TW');
    expect(probe.loads).to.equal(1);
  });
});
