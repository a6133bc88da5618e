import { expect } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { applyHostileStyles } from '../test-support/hostile-page.js';
import { deepActiveElement, press } from '../test-support/keyboard.js';
import { startMockApi } from '../test-support/mock-api.js';
import {
  describeElement,
  field,
  mountBox,
  parts,
  publicList,
  recordingFetch,
  said,
  startClean,
  titles,
} from '../test-support/suggestion-box-fixtures.js';
import { waitUntil } from '../test-support/wait.js';

beforeEach(startClean);

describe('<ngo-suggestion-box> list', function () {

  it('pages with “show more”, moving focus to the first new suggestion', async () => {
    const api = await startMockApi();
    const box = await mountBox(api, { mode: 'list', limit: 8, sort: 'recent' });
    await waitUntil(() => parts(box, 'item').length === 8, 'no first page');
    const all = await publicList(api, 'sort=recent');
    parts(box, 'more')[0]!.focus();
    await press('Enter');
    await waitUntil(() => parts(box, 'item').length === 16, 'no second page');
    expect(describeElement(deepActiveElement()), 'focus').to.equal(describeElement(parts(box, 'title')[8]));
    expect(said(box, 'list')).to.equal('8 more suggestions shown');
    parts(box, 'more')[0]!.click();
    await waitUntil(() => parts(box, 'item').length === all.length, 'not every page');
    expect(titles(box)).to.deep.equal(all.map((item) => item.title));
    expect(parts(box, 'more').length).to.equal(0);
  });

  it('filters by topic with its attribute and its control, and picks the topic in the form', async () => {
    const api = await startMockApi();
    const website = await publicList(api, 'category=website&sort=votes');
    const events = await publicList(api, 'category=events&sort=votes');
    expect(website.length).to.be.greaterThan(0);
    const box = await mountBox(api, { category: 'website' });
    await waitUntil(() => parts(box, 'item').length > 0);
    expect(titles(box)).to.deep.equal(website.slice(0, 10).map((item) => item.title));
    const topics = () => parts(box, 'item').map((item) => item.querySelector('.category')!.textContent);
    expect(new Set(topics())).to.deep.equal(new Set(['Website']));
    expect(field<HTMLSelectElement>(box, 'category')!.value, 'the form’s topic').to.equal('website');

    const category = parts(box, 'category')[0] as HTMLSelectElement;
    category.value = 'events';
    category.dispatchEvent(new Event('change'));
    await waitUntil(() => titles(box).join() === events.slice(0, 10).map((item) => item.title).join(), 'not filtered');
    expect(new Set(topics())).to.deep.equal(new Set(['Events']));
    expect(box.getAttribute('category')).to.equal('events');

    category.value = '';
    category.dispatchEvent(new Event('change'));
    await waitUntil(() => !box.hasAttribute('category') && new Set(topics()).size > 1, 'not every topic again');
  });

  it('shows its empty state, and its error state whose retry works', async () => {
    const empty = await mountBox(await startMockApi({ seed: 'empty' }), { mode: 'list' });
    await waitUntil(() => parts(empty, 'status-empty').length === 1);
    expect(parts(empty, 'status-empty')[0]!.textContent!.trim()).to.equal('No suggestions yet. Be the first to share one.');
    expect(said(empty, 'list')).to.equal('No suggestions yet. Be the first to share one.');

    const api = await startMockApi({ faults: { failRate: 1 } });
    const failing = await mountBox(api, { mode: 'list' });
    await waitUntil(() => parts(failing, 'retry').length === 1, 'no retry');
    expect(parts(failing, 'status-error')[0]!.textContent).to.include('could not be loaded');
    await api.setFaults({ failRate: 0 });
    parts(failing, 'retry')[0]!.click();
    await waitUntil(() => parts(failing, 'item').length > 0, 'no list after retry');
  });

  it('asks for nothing it does not show', async () => {
    const api = await startMockApi();
    const { exchanges, fetch } = recordingFetch();
    const box = await mountBox(api, { mode: 'form', fetch });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(exchanges).to.deep.equal([]);
    expect(box.shadowRoot!.querySelector('.list-section') === null).to.equal(true);
  });

  it('looks and works the same on a hostile page', async () => {
    const api = await startMockApi();
    const box = await mountBox(api, { sort: 'recent' });
    await waitUntil(() => parts(box, 'item').length > 0);
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return ['display', 'color', 'background-color', 'font-size', 'text-transform', 'padding-top'].map((name) => style.getPropertyValue(name));
    };
    const watched = () => [parts(box, 'submit')[0]!, parts(box, 'vote')[0]!, parts(box, 'title')[0]!, field(box, 'title')!];
    const clean = watched().map(look);
    const removeHostile = applyHostileStyles();
    try {
      expect(watched().map(look)).to.deep.equal(clean);
      expect(parts(box, 'vote')[0]!.checkVisibility()).to.equal(true);
      await expectAccessible(box, 'hostile page');
    } finally {
      removeHostile();
    }
  });
});
