import { expect, html } from '@open-wc/testing';
import { mount } from '../test-support/mount.js';
import '../index.js';
import type { NgoEventList } from '../event-list/ngo-event-list.js';
import { NgoProvider } from '../provider/ngo-provider.js';
import type { NgoKitConfig } from './config.js';
import { waitUntil } from '../test-support/wait.js';

/** A `context-request` as another implementation of the protocol (`@lit/context`, say) sends it. */
function protocolRequest(callback: (value: NgoKitConfig, unsubscribe?: () => void) => void, subscribe: boolean): Event {
  return Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context: 'ngo-kit/config', callback, subscribe });
}

describe('The configuration context', () => {
  it('hands a widget over to a provider that arrives between it and its provider', async () => {
    const tag = `ngo-between-${Math.random().toString(36).slice(2)}`;
    const wrapper = await mount<NgoProvider>(html`<ngo-provider api="https://outer.invalid" key="pk_outer"></ngo-provider>`);
    const between = document.createElement(tag);
    between.setAttribute('api', 'https://between.invalid');
    between.append(document.createElement('ngo-event-list'));
    wrapper.append(between);
    const list = between.querySelector<NgoEventList>('ngo-event-list')!;
    await list.updateComplete;
    expect(list.config).to.include({ api: 'https://outer.invalid', key: 'pk_outer' });
    customElements.define(tag, class extends NgoProvider {});
    await waitUntil(() => list.config.api === 'https://between.invalid', 'the provider in between did not take over');
    expect(list.config.key, 'the provider in between passes on the outer one’s key').to.equal('pk_outer');
    wrapper.setAttribute('api', 'https://outer-changed.invalid');
    wrapper.setAttribute('key', 'pk_changed');
    await waitUntil(() => list.config.key === 'pk_changed', 'the outer provider’s change did not come through');
    expect(list.config.api, 'the nearer provider still wins').to.equal('https://between.invalid');
  });

  it('stops following a provider the widget has left', async () => {
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <ngo-provider id="a" api="https://a.invalid"><ngo-event-list></ngo-event-list></ngo-provider>
        <ngo-provider id="b" api="https://b.invalid"></ngo-provider>
      </div>
    `);
    const [a, b] = [...wrapper.querySelectorAll('ngo-provider')];
    const list = wrapper.querySelector<NgoEventList>('ngo-event-list')!;
    expect(list.config.api).to.equal('https://a.invalid');
    b!.append(list);
    await list.updateComplete;
    expect(list.config.api).to.equal('https://b.invalid');
    a!.setAttribute('api', 'https://a-changed.invalid');
    await a!.updateComplete;
    await list.updateComplete;
    expect(list.config.api, 'the old provider’s change reached a widget that left it').to.equal('https://b.invalid');
  });

  it('answers a request sent by another implementation of the protocol, and keeps it told', async () => {
    const provider = await mount<NgoProvider>(html`<ngo-provider api="https://provider.invalid"><span></span></ngo-provider>`);
    const told: (string | undefined)[] = [];
    let unsubscribe: (() => void) | undefined;
    provider.querySelector('span')!.dispatchEvent(
      protocolRequest((value, stop) => {
        told.push(value.api);
        unsubscribe = stop;
      }, true),
    );
    provider.api = 'https://changed.invalid';
    await provider.updateComplete;
    unsubscribe!();
    provider.api = 'https://unheard.invalid';
    await provider.updateComplete;
    expect(told).to.deep.equal(['https://provider.invalid', 'https://changed.invalid']);
  });

  it('takes its configuration from a provider of another implementation of the protocol', async () => {
    const wrapper = await mount<HTMLElement>(html`<div></div>`);
    let answer: ((value: NgoKitConfig, unsubscribe?: () => void) => void) | undefined;
    wrapper.addEventListener('context-request', (event) => {
      const request = event as Event & { context: unknown; callback: typeof answer };
      if (request.context !== 'ngo-kit/config') return;
      event.stopPropagation();
      answer = request.callback;
      answer!({ api: 'https://foreign.invalid', lang: 'zh-TW' }, () => undefined);
    });
    const list = document.createElement('ngo-event-list');
    wrapper.append(list);
    await list.updateComplete;
    expect(list.config).to.include({ api: 'https://foreign.invalid', lang: 'zh-TW' });
    expect(list.locale).to.equal('zh-TW');
    answer!({ api: 'https://foreign.invalid', lang: 'en' }, () => undefined);
    await list.updateComplete;
    expect(list.locale).to.equal('en');
  });
});
