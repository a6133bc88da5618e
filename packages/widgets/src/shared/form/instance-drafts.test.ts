import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../newsletter-signup.js';
import '../../signup-form.js';
import '../../suggestion-box.js';
import { startMockApi, type MockApi } from '../../test-support/mock-api.js';
import { field, paste } from '../../test-support/widget-queries.js';

const KEY = 'pk_test_widgets';

/** The widgets whose drafts are named after the widget, and a text field of each. */
const WIDGETS = [
  { tag: 'ngo-suggestion-box', draft: 'suggestion-box', field: 'title' },
  { tag: 'ngo-signup-form', draft: 'signup-form', field: 'name' },
  { tag: 'ngo-newsletter-signup', draft: 'newsletter-signup', field: 'email' },
] as const;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** A page with two of `tag`, the first with an `id` when `ids` says so; rendered again, it is the page after a reload. */
function page(api: MockApi, tag: string, ids: readonly (string | undefined)[]) {
  const one = (id: string | undefined) => {
    switch (tag) {
      case 'ngo-suggestion-box':
        return html`<ngo-suggestion-box id=${id ?? ''} api=${api.baseUrl} key=${KEY} mode="form"></ngo-suggestion-box>`;
      case 'ngo-signup-form':
        return html`<ngo-signup-form id=${id ?? ''} api=${api.baseUrl} key=${KEY}></ngo-signup-form>`;
      default:
        return html`<ngo-newsletter-signup id=${id ?? ''} api=${api.baseUrl} key=${KEY}></ngo-newsletter-signup>`;
    }
  };
  return html`<div>${ids.map(one)}</div>`;
}

/** Renders the page into a fresh container: new elements that read their drafts as after a reload. */
async function load(api: MockApi, tag: string, ids: readonly (string | undefined)[]): Promise<Widget[]> {
  document.querySelector('#drafts-page')?.remove();
  const container = document.createElement('div');
  container.id = 'drafts-page';
  document.body.append(container);
  render(page(api, tag, ids), container);
  const widgets = [...container.querySelectorAll<Widget>(tag)];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return widgets;
}

describe('form drafts: one per widget on the page', () => {
  let api: MockApi;
  before(async () => {
    api = await startMockApi();
  });
  beforeEach(() => sessionStorage.clear());
  after(() => document.querySelector('#drafts-page')?.remove());

  for (const { tag, draft, field: name } of WIDGETS) {
    it(`two <${tag}> on one page keep two drafts, each found again after a reload (by position, or by id)`, async () => {
      for (const ids of [[undefined, undefined], ['feedback', undefined]] as const) {
        sessionStorage.clear();
        const [first, second] = await load(api, tag, ids);
        await paste(first!, name, 'first@example.org');
        await paste(second!, name, 'second@example.org');

        const [firstAgain, secondAgain] = await load(api, tag, ids);
        expect(firstAgain, 'a new page').not.to.equal(first);
        expect(field(firstAgain!, name).value, `the first ${tag} (ids ${ids.join(', ')})`).to.equal('first@example.org');
        expect(field(secondAgain!, name).value, `the second ${tag} (ids ${ids.join(', ')})`).to.equal('second@example.org');
      }
      expect(Object.keys(sessionStorage).filter((key) => key.startsWith(`ngo-kit:form:${draft}`)).sort()).to.deep.equal([
        `ngo-kit:form:${draft}:#feedback`,
        `ngo-kit:form:${draft}:2`,
      ]);
    });

    it(`<${tag}> takes a draft kept under the old shared name once, for the first of them only`, async () => {
      sessionStorage.setItem(`ngo-kit:form:${draft}`, JSON.stringify({ values: { [name]: 'kept@example.org' } }));
      const [first, second] = await load(api, tag, [undefined, undefined]);
      expect(field(first!, name).value).to.equal('kept@example.org');
      expect(field(second!, name).value).to.equal('');
      expect(sessionStorage.getItem(`ngo-kit:form:${draft}`), 'the old draft is moved, not copied').to.equal(null);
      expect(JSON.parse(sessionStorage.getItem(`ngo-kit:form:${draft}:1`)!).values[name]).to.equal('kept@example.org');
    });
  }
});
