import { expect } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { reportedCspViolations, seenCspViolations } from '../test-support/csp.js';
import { openPage, reloadPage } from '../test-support/frame.js';
import { type } from '../test-support/keyboard.js';
import { startMockApi } from '../test-support/mock-api.js';
import { waitUntil } from '../test-support/wait.js';

const KEY = 'pk_test_widgets';

function inFrame<K extends keyof HTMLElementTagNameMap>(frame: HTMLIFrameElement, tag: K): HTMLElementTagNameMap[K] {
  const element = frame.contentDocument?.querySelector(tag);
  if (!element) throw new Error(`no <${tag}> in ${frame.src}`);
  return element;
}

describe('widgets on a page of their own', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('work under a strict Content-Security-Policy without a single violation', async () => {
    const api = await startMockApi();
    frame = await openPage('platform.html', { api: api.baseUrl, key: KEY, lang: 'zh-CN' });

    const list = inFrame(frame, 'ngo-event-list');
    expect(list.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(3);
    // the styles apply: adopted style sheets need no 'unsafe-inline'
    const item = list.shadowRoot!.querySelector('[part~="item"]')!;
    expect(getComputedStyle(item).borderTopStyle).to.equal('solid');

    const form = inFrame(frame, 'ngo-test-form');
    const sent = form.form.submit();
    await sent;
    await form.updateComplete;
    expect(form.shadowRoot!.querySelectorAll('[part~="field-error"]').length).to.be.greaterThan(0);

    const dialog = inFrame(frame, 'ngo-test-dialog');
    await dialog.dialog.open();
    expect(dialog.dialog.isOpen).to.be.true;
    dialog.dialog.close();

    await expectAccessible(list, 'event list under strict CSP');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seenCspViolations(frame)).to.deep.equal([]);
    expect(await reportedCspViolations(frame)).to.equal(0);
  });

  it('count a violation when there is one, so that zero above means none', async () => {
    const api = await startMockApi();
    frame = await openPage('platform.html', { api: api.baseUrl, key: KEY });
    frame.contentDocument!.querySelector('main')!.setAttribute('style', 'color: red');
    await waitUntil(() => seenCspViolations(frame!).length === 1, 'the page saw no violation');
    expect(seenCspViolations(frame)[0]!.directive).to.equal('style-src-attr');
    await waitUntil(async () => (await reportedCspViolations(frame!)) > 0, 'the server got no report');
  });

  it('keep a form draft through a reload', async () => {
    const api = await startMockApi();
    frame = await openPage('platform.html', { api: api.baseUrl, key: KEY, draft: `reload-${Date.now()}` });
    const before = inFrame(frame, 'ngo-test-form');
    before.shadowRoot!.querySelector<HTMLInputElement>('input[name="title"]')!.focus();
    await type('More benches in the park');
    before.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="body"]')!.focus();
    await type('Older members need somewhere to rest.');
    await before.updateComplete;

    await reloadPage(frame);
    const after = inFrame(frame, 'ngo-test-form');
    expect(after).not.to.equal(before);
    await after.updateComplete;
    expect(after.shadowRoot!.querySelector<HTMLInputElement>('input[name="title"]')!.value).to.equal(
      'More benches in the park',
    );
    expect(after.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="body"]')!.value).to.equal(
      'Older members need somewhere to rest.',
    );
  });
});
