import { expect } from '@open-wc/testing';
import { seenCspViolations } from '../test-support/csp.js';
import { openPage, pageReady, reloadPage } from '../test-support/frame.js';
import { type } from '../test-support/keyboard.js';
import { startMockApi } from '../test-support/mock-api.js';
import { arrived, choose, field, fillValid, KEY, startClean } from '../test-support/suggestion-box-fixtures.js';
import { catalogProblems } from '../test-support/table-problems.js';
import { suggestionBoxMessages } from './messages.js';
import type { NgoSuggestionBox } from './ngo-suggestion-box.js';
import { waitUntil } from '../test-support/wait.js';

beforeEach(startClean);

describe('<ngo-suggestion-box> on its own page', function () {

  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  function boxIn(target: HTMLIFrameElement): NgoSuggestionBox {
    return target.contentDocument!.querySelector('ngo-suggestion-box')!;
  }

  it('keeps what was typed through a reload, under a strict Content-Security-Policy', async () => {
    const api = await startMockApi();
    frame = await openPage('suggestion-box.html', { api: api.baseUrl, key: KEY, mode: 'both' });
    const before = boxIn(frame);
    field(before, 'title')!.focus();
    await type('Half a thought');
    field(before, 'body')!.focus();
    await type('I was writing when the page');
    await choose(before, 'category', 'volunteering');

    await reloadPage(frame);
    const after = boxIn(frame);
    expect(after === before).to.equal(false);
    await after.updateComplete;
    expect(field(after, 'title')!.value).to.equal('Half a thought');
    expect(field<HTMLTextAreaElement>(after, 'body')!.value).to.equal('I was writing when the page');
    expect(field<HTMLSelectElement>(after, 'category')!.value).to.equal('volunteering');
    await waitUntil(() => after.shadowRoot!.querySelectorAll('[part~="item"]').length > 0, 'no list');
    expect(seenCspViolations(frame)).to.deep.equal([]);
  });

  it('sends a suggestion kept offline exactly once when the page is loaded again online', async () => {
    const api = await startMockApi();
    frame = await openPage('suggestion-box.html', { api: api.baseUrl, key: KEY, offline: '1' });
    const offline = boxIn(frame);
    const title = 'Kept through a reload';
    await fillValid(offline, title);
    await offline.form.submit();
    await waitUntil(() => offline.form.status === 'offline', 'not kept offline');

    const online = new URL(frame.src);
    online.searchParams.delete('offline');
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    frame.src = online.href;
    await loaded;
    await pageReady(frame);
    const again = boxIn(frame);
    await waitUntil(() => again.form.status === 'sent', 'not sent after loading again');
    await waitUntil(async () => (await arrived(api, title)) === 1, 'not arrived');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await arrived(api, title)).to.equal(1);
  });
});

describe('<ngo-suggestion-box> texts', () => {
  it('has every text in every language, with the same placeholders and the plural forms each needs', async () => {
    expect(await catalogProblems(suggestionBoxMessages)).to.deep.equal([]);
  });
});
