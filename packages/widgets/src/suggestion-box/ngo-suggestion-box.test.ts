import { expect } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { deepActiveElement, press, tab, type } from '../test-support/keyboard.js';
import { startMockApi } from '../test-support/mock-api.js';
import {
  arrived,
  choose,
  describeElement,
  errorOf,
  field,
  fillValid,
  mountBox,
  parts,
  paste,
  recordingFetch,
  said,
  startClean,
} from '../test-support/suggestion-box-fixtures.js';
import { waitUntil } from '../test-support/wait.js';

beforeEach(startClean);

describe('<ngo-suggestion-box> form', function () {

  it('says plainly what “anonymous” leaves out, and hides the contact fields when it is ticked', async () => {
    const api = await startMockApi();
    const box = await mountBox(api, { mode: 'form' });
    const anonymous = field(box, 'anonymous')!;
    const hint = box.shadowRoot!.getElementById(anonymous.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal(
      'Your name and e-mail are not stored with this suggestion, and neither is your member account, so no one, staff included, can see who wrote it. Staff can still answer in public here, but cannot reply to you personally.',
    );
    expect(field(box, 'name')).to.exist;
    expect(field(box, 'contactEmail')).to.exist;
    anonymous.click();
    await box.updateComplete;
    expect(field(box, 'name') === null).to.equal(true);
    expect(field(box, 'contactEmail') === null).to.equal(true);
    await expectAccessible(box, 'form, anonymous');
  });

  it('gives every field’s bad input a message next to the field, announces how many, and focuses the first', async () => {
    const api = await startMockApi();
    const { exchanges, fetch } = recordingFetch();
    const box = await mountBox(api, { mode: 'form', fetch });
    field(box, 'title')!.focus();
    await press('Enter');
    await waitUntil(() => errorOf(box, 'title'), 'no message next to the title');
    expect(errorOf(box, 'title')).to.equal('Please fill this in.');
    expect(errorOf(box, 'body')).to.equal('Please fill this in.');
    expect(errorOf(box, 'category')).to.equal('Please fill this in.');
    expect(errorOf(box, 'name')).to.equal(undefined);
    expect(errorOf(box, 'contactEmail')).to.equal(undefined);
    expect(said(box, 'form')).to.equal('3 fields need your attention.');
    expect(describeElement(deepActiveElement()), 'focus').to.equal(describeElement(field(box, 'title')));
    expect(field(box, 'title')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(box, 'form with errors');

    await type('ab');
    await waitUntil(() => errorOf(box, 'title') === 'Use at least 3 characters.', 'a short title');
    await paste(box, 'title', 'x'.repeat(121));
    await waitUntil(() => errorOf(box, 'title') === 'Use at most 120 characters.', 'a long title');
    await paste(box, 'body', 'y'.repeat(5001));
    await waitUntil(() => errorOf(box, 'body') === 'Use at most 5,000 characters.', 'a long text');
    await paste(box, 'name', 'n'.repeat(101));
    await paste(box, 'contactEmail', 'not-an-address');
    await box.form.submit();
    await box.updateComplete;
    expect(errorOf(box, 'name')).to.equal('Use at most 100 characters.');
    expect(errorOf(box, 'contactEmail')).to.equal('Enter an email address such as name@example.org.');
    expect(said(box, 'form')).to.equal('5 fields need your attention.');
    expect(describeElement(deepActiveElement()), 'focus').to.equal(describeElement(field(box, 'title')));

    await paste(box, 'title', 'Evening events');
    await paste(box, 'body', 'After work, please.');
    await choose(box, 'category', 'events');
    await paste(box, 'name', 'Sam');
    await paste(box, 'contactEmail', 'sam@example.org');
    await waitUntil(() => ['title', 'body', 'category', 'name', 'contactEmail'].every((name) => errorOf(box, name) === undefined));
    expect(exchanges.filter((exchange) => exchange.method === 'POST')).to.deep.equal([]);
  });

  it('speaks Chinese next to the fields', async () => {
    const api = await startMockApi();
    const box = await mountBox(api, { mode: 'form', lang: 'zh-CN' });
    await paste(box, 'title', 'ab');
    await box.form.submit();
    await box.updateComplete;
    expect(errorOf(box, 'title')).to.equal('请至少输入 3 个字符。');
    expect(errorOf(box, 'body')).to.equal('请填写此项。');
    expect(said(box, 'form')).to.equal('有 3 个字段需要修改。');
    expect(box.shadowRoot!.querySelector('label[for="field-anonymous"]')!.textContent).to.equal('匿名发送');
    await expectAccessible(box, 'form with errors, zh-CN');
  });

  it('does not send what a bot put in the honeypot, and looks sent', async () => {
    const api = await startMockApi();
    const { exchanges, fetch } = recordingFetch();
    const box = await mountBox(api, { mode: 'form', fetch });
    await fillValid(box, 'Cheap watches');
    const honeypot = box.shadowRoot!.querySelector<HTMLInputElement>('[name="website"]')!;
    expect(honeypot.tabIndex).to.equal(-1);
    honeypot.value = 'https://spam.invalid';
    honeypot.dispatchEvent(new Event('input'));
    await box.form.submit();
    await box.updateComplete;
    expect(parts(box, 'status-success')).to.have.length(1);
    expect(exchanges.filter((exchange) => exchange.method === 'POST')).to.deep.equal([]);
  });

  it('works by keyboard alone: fill, choose, tick, send, and write another', async () => {
    const api = await startMockApi();
    const box = await mountBox(api, { mode: 'form' });
    field(box, 'title')!.focus();
    await type('Keyboard only');
    await tab();
    expect(describeElement(deepActiveElement()), 'focus').to.equal(describeElement(field(box, 'body')));
    await type('Every control works without a mouse.');
    await tab();
    expect(describeElement(deepActiveElement()), 'focus').to.equal(describeElement(field(box, 'category')));
    await type('W');
    await box.updateComplete;
    expect(field<HTMLSelectElement>(box, 'category')!.value).to.equal('website');
    await tab();
    expect(describeElement(deepActiveElement()), 'focus').to.equal(describeElement(field(box, 'anonymous')));
    await press(' ');
    await box.updateComplete;
    expect(field(box, 'anonymous')!.checked).to.equal(true);
    await tab();
    expect(describeElement(deepActiveElement()), 'the hidden contact fields are skipped').to.equal(describeElement(parts(box, 'submit')[0]));
    await press('Enter');
    await waitUntil(() => parts(box, 'status-success').length === 1, 'not sent');
    expect(describeElement(deepActiveElement()), 'focus').to.equal(describeElement(box.shadowRoot!.getElementById('form-result')));
    await tab();
    expect(describeElement(deepActiveElement()), 'focus').to.equal(describeElement(parts(box, 'write-another')[0]));
    await press('Enter');
    await waitUntil(() => deepActiveElement() === field(box, 'title'), 'focus on the title');
    expect(await arrived(api, 'Keyboard only')).to.equal(1);
  });
});
