import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { reportedCspViolations, seenCspViolations } from '../test-support/csp.js';
import { openPage, reloadPage } from '../test-support/frame.js';
import { deepActiveElement, press, tab, type } from '../test-support/keyboard.js';
import { fetchWithScenario, startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { catalogProblems } from '../test-support/table-problems.js';
import { applyHostileStyles } from '../test-support/hostile-page.js';
import { box, errorOf, field, lookOf, mailTo, newAddress, part, paste, said, text } from '../test-support/widget-queries.js';
import '../provider.js';
import '../signup-form.js';
import type { NgoSignupConfirmedEvent, NgoSignupEvent } from './ngo-signup-event.js';
import { signupFormMessages } from './messages.js';
import type { NgoSignupForm } from './ngo-signup-form.js';
import { waitUntil } from '../test-support/wait.js';

const KEY = 'pk_test_widgets';
/** An active member of the demo seed. */
const LENA = 'lena.fischer@example.org';

function root(form: NgoSignupForm): ShadowRoot {
  return form.shadowRoot!;
}

async function mountForm(options: { api?: string; lang?: string; attributes?: Record<string, string>; fetch?: typeof fetch } = {}) {
  const wrapper = await mount<HTMLElement>(html`
    <ngo-provider api=${options.api ?? ''} key=${KEY} .fetch=${options.fetch}>
      <div lang=${options.lang ?? 'en'}><ngo-signup-form></ngo-signup-form></div>
    </ngo-provider>
  `);
  const form = wrapper.querySelector('ngo-signup-form')!;
  for (const [name, value] of Object.entries(options.attributes ?? {})) form.setAttribute(name, value);
  await form.updateComplete;
  return form;
}

/** Types into the fields like a person: focus, then keys. */
async function fill(form: NgoSignupForm, values: { name?: string; email?: string }) {
  for (const [name, value] of Object.entries(values)) {
    field(form, name).focus();
    await type(value);
  }
  await form.updateComplete;
}

async function tick(form: NgoSignupForm, name: string, value?: string) {
  (value === undefined ? field(form, name) : box(form, name, value)).click();
  await form.updateComplete;
}

async function submit(form: NgoSignupForm) {
  part(form, 'submit')!.click();
  await form.updateComplete;
}

/** A complete signup, ready to send; pasted, since typing is tested on its own. */
async function fillValid(form: NgoSignupForm, email: string, name = 'Ada Lovelace') {
  await paste(form, 'name', name);
  await paste(form, 'email', email);
  await tick(form, 'consent');
}

describe('<ngo-signup-form>', function () {
  beforeEach(() => sessionStorage.clear());

  it('puts a message next to every wrong field, announces how many, and focuses the first', async () => {
    const api = await startMockApi();
    const form = await mountForm({ api: api.baseUrl });
    await tick(form, 'roles', 'member');
    field(form, 'name').focus();
    await press('Enter');
    await waitUntil(() => errorOf(form, 'roles'), 'no message next to the roles');

    expect(errorOf(form, 'roles')).to.equal('Choose at least 1 option.');
    expect(errorOf(form, 'name')).to.equal('Please fill this in.');
    expect(errorOf(form, 'email')).to.equal('Please fill this in.');
    expect(errorOf(form, 'consent')).to.equal('Please tick this box to continue.');
    expect(errorOf(form, 'interests')).to.equal(undefined);
    expect(errorOf(form, 'locale')).to.equal(undefined);
    expect(errorOf(form, 'newsletter')).to.equal(undefined);
    for (const name of ['name', 'email', 'consent']) {
      expect(field(form, name).getAttribute('aria-invalid'), name).to.equal('true');
    }
    for (const role of ['member', 'volunteer', 'donor']) {
      expect(box(form, 'roles', role).getAttribute('aria-invalid'), role).to.equal('true');
    }
    expect(field(form, 'interests').getAttribute('aria-invalid')).to.equal('false');
    expect(said(form)).to.equal('4 fields need your attention.');
    expect(root(form).querySelector('[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    expect(deepActiveElement()).to.equal(box(form, 'roles', 'member'));
    await expectAccessible(form, 'signup with errors');

    await tick(form, 'roles', 'volunteer');
    await paste(form, 'name', 'x'.repeat(101));
    await fill(form, { email: 'ada@' });
    await submit(form);
    await waitUntil(() => errorOf(form, 'roles') === undefined, 'the roles still have a message');
    expect(errorOf(form, 'name')).to.equal('Use at most 100 characters.');
    expect(errorOf(form, 'email')).to.equal('Enter an email address such as name@example.org.');
    expect(said(form)).to.equal('3 fields need your attention.');
    expect(deepActiveElement()).to.equal(field(form, 'name'));
    expect(await mailTo(api, 'ada@')).to.deep.equal([]);
  });

  it('puts the API’s own field errors next to interests and language, which a person cannot get wrong here', async () => {
    const refuse: typeof fetch = () =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            error: {
              code: 'validation_failed',
              message: 'Invalid signup',
              fieldErrors: { interests: ['Unknown interest'], locale: ['Not offered'] },
            },
          }),
          { status: 400, headers: { 'content-type': 'application/json' } },
        ),
      );
    const form = await mountForm({ api: 'https://api.invalid/', fetch: refuse });
    await fillValid(form, newAddress());
    await tick(form, 'interests', 'cooking');
    await submit(form);
    await waitUntil(() => errorOf(form, 'interests'), 'no message next to the interests');
    expect(errorOf(form, 'interests')).to.equal('This is not valid. Please check it.');
    expect(errorOf(form, 'locale')).to.equal('This is not valid. Please check it.');
    expect(field(form, 'locale').getAttribute('aria-invalid')).to.equal('true');
    expect(said(form)).to.equal('2 fields need your attention.');
    expect(deepActiveElement()).to.equal(box(form, 'interests', 'environment'));
    expect(field(form, 'name').value, 'what was typed is kept').to.equal('Ada Lovelace');
  });

  it('signs up with double opt-in: mail, code, confirmed; ngo-signup carries the API’s answer and no secret', async () => {
    const api = await startMockApi();
    const form = await mountForm({ api: api.baseUrl });
    const signups: NgoSignupEvent[] = [];
    const confirmations: NgoSignupConfirmedEvent[] = [];
    document.addEventListener('ngo-signup', (event) => signups.push(event), { once: true });
    document.addEventListener('ngo-signup-confirmed', (event) => confirmations.push(event), { once: true });
    const email = newAddress();

    await tick(form, 'roles', 'volunteer');
    await fillValid(form, email, 'Grace Hopper');
    await tick(form, 'interests', 'environment');
    await tick(form, 'interests', 'digital-skills');
    await tick(form, 'newsletter');
    await submit(form);
    await waitUntil(() => part(form, 'status-success'), 'not sent');

    expect(text(part(form, 'status-success'))).to.include(`Check your inbox at ${email} to confirm.`);
    expect(said(form)).to.equal(`Almost done: please confirm your email address. Check your inbox at ${email} to confirm.`);
    expect(deepActiveElement(), 'the panel takes focus').to.equal(root(form).querySelector('.panel'));
    await expectAccessible(form, 'sent');

    expect(signups).to.have.length(1);
    const [signup] = signups;
    expect(signup!.bubbles && signup!.composed).to.be.true;
    expect(signup!.target).to.equal(form);
    const { id, joinedAt, ...member } = signup!.detail;
    expect(id).to.match(/^mem_/);
    expect(joinedAt).to.be.instanceOf(Date);
    expect(member).to.deep.equal({
      name: 'Grace Hopper',
      email,
      roles: ['member', 'volunteer'],
      interests: ['environment', 'digital-skills'],
      locale: 'en',
      newsletter: true,
      status: 'pending',
    });

    const mail = await mailTo(api, email);
    expect(mail.map((message) => message.kind)).to.deep.equal(['member_confirmation']);
    const token = mail[0]!.token!;
    expect(token).to.have.length.greaterThan(8);
    expect(JSON.stringify(signup!.detail)).not.to.include(token);

    field(form, 'token').focus();
    await type(token);
    await press('Enter');
    await waitUntil(() => text(part(form, 'status-success')).includes('confirmed'), 'not confirmed');
    expect(text(part(form, 'status-success'))).to.equal(
      'Your email address is confirmed. Welcome, Grace Hopper! We are glad you are with us.',
    );
    expect(confirmations).to.have.length(1);
    expect(confirmations[0]!.detail.status).to.equal('active');
    expect(confirmations[0]!.detail.id).to.equal(id);
    await expectAccessible(form, 'confirmed');

    part(form, 'again')!.click();
    await form.updateComplete;
    expect(field(form, 'name').value).to.equal('');
    expect(box(form, 'roles', 'member').checked).to.be.true;
  });

  it('says kindly when a mailed code is unknown or used, and takes a good one after', async () => {
    const api = await startMockApi();
    const form = await mountForm({ api: api.baseUrl });
    const email = newAddress();
    await fillValid(form, email);
    await submit(form);
    await waitUntil(() => part(form, 'code-form'), 'not sent');

    field(form, 'token').focus();
    await type('short');
    await press('Enter');
    await waitUntil(() => errorOf(form, 'token'));
    expect(errorOf(form, 'token')).to.equal('Use at least 8 characters.');

    await type('-but-wrong');
    await press('Enter');
    await waitUntil(() => part(form, 'status-error'), 'no message for a wrong code');
    expect(text(part(form, 'status-error'))).to.equal(
      'This code is unknown or has already been used. Check the email, or sign up again to get a new code.',
    );
    expect(field(form, 'token').value).to.equal('short-but-wrong');
    await expectAccessible(form, 'wrong code');

    const [mail] = await mailTo(api, email);
    field(form, 'token').select();
    await type(mail!.token!);
    await press('Enter');
    await waitUntil(() => text(part(form, 'status-success')).includes('confirmed'), 'not confirmed');
  });

  it('takes the code of a signup made earlier, on a later visit', async () => {
    const api = await startMockApi();
    const first = await mountForm({ api: api.baseUrl });
    const email = newAddress();
    await fillValid(first, email, 'Dorothy Vaughan');
    await submit(first);
    await waitUntil(() => part(first, 'status-success'), 'not sent');
    first.remove();

    const later = await mountForm({ api: api.baseUrl });
    const confirmations: NgoSignupConfirmedEvent[] = [];
    later.addEventListener('ngo-signup-confirmed', (event) => confirmations.push(event));
    part(later, 'have-code')!.focus();
    await press('Enter');
    await later.updateComplete;
    expect(part(later, 'form')).to.equal(null);
    expect(deepActiveElement()).to.equal(part(later, 'code-intro'));
    expect(said(later)).to.equal('Enter the confirmation code from the email we sent you.');
    expect(text(part(later, 'again'))).to.equal('Back to the signup form');
    await expectAccessible(later, 'code form on its own');

    await tab();
    expect(deepActiveElement()).to.equal(field(later, 'token'));
    const [mail] = await mailTo(api, email);
    await type(mail!.token!);
    await press('Enter');
    await waitUntil(() => confirmations.length === 1, 'not confirmed');
    expect(confirmations[0]!.detail).to.include({ email, name: 'Dorothy Vaughan', status: 'active' });
    expect(text(part(later, 'status-success'))).to.include('Welcome, Dorothy Vaughan!');

    part(later, 'again')!.click();
    await later.updateComplete;
    expect(part(later, 'form')).to.exist;
  });

  it('tells a member kindly that they are one already, says no more than the API, and keeps the form', async () => {
    const api = await startMockApi();
    const form = await mountForm({ api: api.baseUrl, attributes: { 'sign-in-url': '/portal/sign-in' } });
    const signups: Event[] = [];
    form.addEventListener('ngo-signup', (event) => signups.push(event));
    await fillValid(form, LENA, 'Lena');
    await submit(form);
    await waitUntil(() => part(form, 'notice'), 'no notice');

    const notice = part(form, 'notice')!;
    expect(text(notice)).to.equal(
      'Good news: this email address already belongs to a member, so you are with us already. Sign in to the member portal',
    );
    expect(notice.getAttribute('role'), 'good news is not an alarm').to.equal(null);
    expect(said(form)).to.equal('Good news: this email address already belongs to a member, so you are with us already.');
    expect(part(form, 'sign-in-link')!.getAttribute('href')).to.equal('/portal/sign-in');
    expect(text(notice), 'nothing of the member is shown').not.to.match(/Fischer|volunteer|gold/i);
    expect(field(form, 'email').value).to.equal(LENA);
    expect(field(form, 'name').value).to.equal('Lena');
    expect(signups).to.have.length(0);
    expect(await mailTo(api, LENA)).to.deep.equal([]);
    await expectAccessible(form, 'already a member');

    // a typo fixed: the notice goes, the corrected address signs up
    const email = newAddress();
    field(form, 'email').select();
    await type(email);
    await form.updateComplete;
    expect(part(form, 'notice')).to.equal(null);
    await submit(form);
    await waitUntil(() => part(form, 'status-success'), 'not sent');
    expect(signups).to.have.length(1);
  });

  it('sends a new confirmation to someone who signs up again before confirming', async () => {
    const api = await startMockApi();
    const form = await mountForm({ api: api.baseUrl });
    const email = newAddress();
    for (let round = 0; round < 2; round++) {
      await fillValid(form, email);
      await submit(form);
      await waitUntil(() => part(form, 'status-success'), 'not sent');
      expect(text(part(form, 'status-success'))).to.include(`Check your inbox at ${email} to confirm.`);
      part(form, 'again')!.click();
      await form.updateComplete;
    }
    const mail = await mailTo(api, email);
    expect(mail.map((message) => message.kind)).to.deep.equal(['member_confirmation', 'member_confirmation']);
    expect(mail[0]!.token).not.to.equal(mail[1]!.token);
  });

  it('keeps the form filled when the server fails, and its retry sends the signup once', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const form = await mountForm({ api: api.baseUrl });
    const email = newAddress();
    await tick(form, 'roles', 'donor');
    await fillValid(form, email);
    await tick(form, 'interests', 'youth');
    await submit(form);
    await waitUntil(() => part(form, 'status-error'), 'no error');

    expect(part(form, 'status-error')!.getAttribute('role')).to.equal('alert');
    expect(text(part(form, 'status-error'))).to.include(
      'This could not be sent because of a problem on the server. What you entered is kept; please try again.',
    );
    expect(field(form, 'name').value).to.equal('Ada Lovelace');
    expect(field(form, 'email').value).to.equal(email);
    expect(box(form, 'roles', 'donor').checked).to.be.true;
    expect(box(form, 'interests', 'youth').checked).to.be.true;
    expect(field(form, 'consent').checked).to.be.true;
    await expectAccessible(form, 'server error');

    await api.setFaults({ failRate: 0 });
    part(form, 'retry')!.click();
    await waitUntil(() => part(form, 'status-success'), 'not sent after retry');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await mailTo(api, email)).length).to.equal(1);
  });

  it('keeps a signup made offline and sends it exactly once when back online', async () => {
    const api = await startMockApi();
    let online = false;
    const flaky: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const form = await mountForm({ api: api.baseUrl, fetch: flaky });
    const email = newAddress();
    await fillValid(form, email);
    await submit(form);
    await waitUntil(() => part(form, 'status-offline'), 'not offline');

    expect(text(part(form, 'status-offline'))).to.include('kept on this device');
    expect(said(form)).to.equal(
      'You are offline. What you sent is kept on this device and will be sent when the connection is back.',
    );
    expect(deepActiveElement(), 'the panel takes focus').to.equal(root(form).querySelector('.panel'));
    const kept = JSON.parse(sessionStorage.getItem('ngo-kit:form:signup-form:1')!);
    expect(kept.values.email).to.equal(email);
    expect(kept.queuedKey).to.equal(form.form.idempotencyKey);
    await expectAccessible(form, 'offline');

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => part(form, 'status-success'), 'not sent when back online');
    expect(text(part(form, 'status-success'))).to.include(`Check your inbox at ${email} to confirm.`);
    // the SDK's outbox sends its copy too, with the same key; give it the time to arrive
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await mailTo(api, email)).length).to.equal(1);
  });

  it('says clearly when there have been too many signups, and when to try again', async () => {
    const api = await startMockApi();
    const limited = fetchWithScenario('rate-limited');
    const form = await mountForm({ api: api.baseUrl, fetch: limited });
    const email = newAddress();
    await fillValid(form, email);
    await submit(form);
    await waitUntil(() => part(form, 'status-error'), 'no error');
    expect(text(part(form, 'status-error'))).to.equal('There have been too many requests. Please try again in 1 second. Try again');
    expect(field(form, 'email').value).to.equal(email);
    await expectAccessible(form, 'rate limited');
  });

  it('links the consent to the privacy policy, in the same tab unless told otherwise', async () => {
    const api = await startMockApi();
    const form = await mountForm({ api: api.baseUrl });
    const label = () => root(form).querySelector('label[for="field-consent"]')!;
    expect(text(label())).to.equal('I agree to the privacy policy.');
    expect(part(form, 'policy-link')).to.equal(null);

    form.setAttribute('privacy-url', 'https://example.org/privacy');
    await form.updateComplete;
    let link = part(form, 'policy-link') as HTMLAnchorElement;
    expect(link.closest('label')).to.equal(label());
    expect(link.href).to.equal('https://example.org/privacy');
    expect(link.target).to.equal('_self');
    expect(link.hasAttribute('rel')).to.be.false;
    expect(text(link)).to.equal('privacy policy');
    expect(text(label())).to.equal('I agree to the privacy policy.');
    await expectAccessible(form, 'privacy link');

    form.setAttribute('privacy-new-tab', '');
    await form.updateComplete;
    link = part(form, 'policy-link') as HTMLAnchorElement;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener');
    expect(text(link)).to.equal('privacy policy (opens in a new tab)');

    form.setAttribute('privacy-url', 'javascript:alert(1)');
    await form.updateComplete;
    expect(part(form, 'policy-link'), 'a script address is no link').to.equal(null);

    form.setAttribute('lang', 'zh-TW');
    form.setAttribute('privacy-url', '/privacy');
    await form.updateComplete;
    expect(text(label())).to.equal('我已閱讀並同意隱私權政策 （在新分頁中開啟）。');
    expect(text(part(form, 'policy-link'))).to.equal('隱私權政策 （在新分頁中開啟）');
  });

  it('can be completed with the keyboard alone', async () => {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <button type="button">Before</button>
        <ngo-signup-form api=${api.baseUrl} key=${KEY} lang="en" privacy-url="/privacy"></ngo-signup-form>
      </div>
    `);
    const form = wrapper.querySelector('ngo-signup-form')!;
    const signups: NgoSignupEvent[] = [];
    form.addEventListener('ngo-signup', (event) => signups.push(event));
    wrapper.querySelector('button')!.focus();
    const email = newAddress();

    await tab();
    expect(deepActiveElement()).to.equal(box(form, 'roles', 'member'));
    await tab();
    await press(' ');
    await tab(2);
    expect(deepActiveElement()).to.equal(field(form, 'name'));
    await type('Katherine Johnson');
    await tab();
    await type(email);
    await tab();
    expect(deepActiveElement()).to.equal(box(form, 'interests', 'environment'));
    await tab();
    await press(' ');
    await tab(11);
    expect(deepActiveElement()).to.equal(field(form, 'locale'));
    await tab();
    await press(' ');
    await tab();
    expect(deepActiveElement()).to.equal(field(form, 'consent'));
    await press(' ');
    await tab();
    expect(deepActiveElement()).to.equal(part(form, 'policy-link'));
    await tab();
    expect(deepActiveElement()).to.equal(part(form, 'submit'));
    await press('Enter');
    await waitUntil(() => signups.length === 1, 'not sent');

    expect(signups[0]!.detail).to.include({ name: 'Katherine Johnson', email, newsletter: true, locale: 'en' });
    expect(signups[0]!.detail.roles).to.deep.equal(['member', 'volunteer']);
    expect(signups[0]!.detail.interests).to.deep.equal(['education']);

    await form.updateComplete;
    await tab();
    expect(deepActiveElement(), 'from the panel on to the code').to.equal(field(form, 'token'));
    const [mail] = await mailTo(api, email);
    await type(mail!.token!);
    await press('Enter');
    await waitUntil(() => text(part(form, 'status-success')).includes('confirmed'), 'not confirmed');
  });

  it('sends the widget’s language unless the person picks another', async () => {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <ngo-signup-form api=${api.baseUrl} key=${KEY} lang="zh-TW"></ngo-signup-form>
        <ngo-signup-form api=${api.baseUrl} key=${KEY} lang="zh-HK"></ngo-signup-form>
      </div>
    `);
    const [traditional, picked] = [...wrapper.querySelectorAll('ngo-signup-form')] as [NgoSignupForm, NgoSignupForm];
    expect(field<HTMLSelectElement>(traditional, 'locale').value).to.equal('zh-TW');
    expect([...field<HTMLSelectElement>(traditional, 'locale').options].map((option) => [option.text, option.lang])).to.deep.equal([
      ['English', 'en'],
      ['简体中文', 'zh-CN'],
      ['繁體中文', 'zh-TW'],
    ]);
    const events: NgoSignupEvent[] = [];
    wrapper.addEventListener('ngo-signup', (event) => events.push(event));

    await fillValid(traditional, newAddress(), '陳大文');
    await submit(traditional);
    await waitUntil(() => events.length === 1, 'the first was not sent');
    expect(events[0]!.detail.locale).to.equal('zh-TW');

    await fillValid(picked, newAddress(), 'Chan Tai Man');
    const select = field<HTMLSelectElement>(picked, 'locale');
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await submit(picked);
    await waitUntil(() => events.length === 2, 'the second was not sent');
    expect(events[1]!.detail.locale).to.equal('en');
  });

  it('offers the page’s own interests, in the widget’s language where it knows them', async () => {
    const api = await startMockApi();
    const form = await mountForm({ api: api.baseUrl, lang: 'zh-CN', attributes: { interests: 'environment, 合唱团, youth, , environment' } });
    const labels = [...root(form).querySelectorAll('[name="interests"]')].map((input) => [
      (input as HTMLInputElement).value,
      text(root(form).querySelector(`label[for="${input.id}"]`)),
    ]);
    expect(labels).to.deep.equal([
      ['environment', '环境保护'],
      ['合唱团', '合唱团'],
      ['youth', '青少年'],
    ]);
    await expectAccessible(form, 'own interests');
  });

  it('does not send what a bot filled into the honeypot, and looks sent', async () => {
    const api = await startMockApi();
    const form = await mountForm({ api: api.baseUrl });
    const email = newAddress();
    await fillValid(form, email);
    const honeypot = field(form, 'website');
    expect(honeypot.tabIndex).to.equal(-1);
    honeypot.value = 'https://spam.invalid';
    honeypot.dispatchEvent(new Event('input'));
    await submit(form);
    await waitUntil(() => form.form.status === 'sent');
    expect(await mailTo(api, email)).to.deep.equal([]);
  });

  it('looks and works the same on a hostile page', async () => {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div style="display: block; width: 600px">
        <ngo-signup-form api=${api.baseUrl} key=${KEY} lang="en" privacy-url="/privacy"></ngo-signup-form>
      </div>
    `);
    const form = wrapper.querySelector('ngo-signup-form')!;
    await submit(form);
    await waitUntil(() => errorOf(form, 'name'), 'no messages');
    const looks = () => ({
      base: lookOf(part(form, 'base')!),
      legend: lookOf(root(form).querySelector('legend')!),
      input: lookOf(field(form, 'name')),
      box: lookOf(field(form, 'consent')),
      link: lookOf(part(form, 'policy-link')!),
      error: lookOf(part(form, 'field-error')!),
      submit: lookOf(part(form, 'submit')!),
    });
    const clean = looks();
    const removeHostile = applyHostileStyles();
    try {
      expect(getComputedStyle(document.body).fontSize, 'the hostile styles are not on').to.equal('32px');
      expect(looks()).to.deep.equal(clean);
      expect(part(form, 'submit')!.checkVisibility()).to.be.true;
      await fillValid(form, newAddress());
      part(form, 'submit')!.focus();
      await press('Enter');
      await waitUntil(() => part(form, 'status-success'), 'not sent on the hostile page');
      await expectAccessible(form, 'hostile page');
    } finally {
      removeHostile();
    }
  });

  it('says it is not set up when it has no API address, before anyone types', async () => {
    const form = await mount<NgoSignupForm>(html`<ngo-signup-form lang="en"></ngo-signup-form>`);
    expect(text(part(form, 'status-error'))).to.include('not set up yet');
    expect(part(form, 'form')).to.equal(null);
    await expectAccessible(form, 'unconfigured');
  });
});

describe('<ngo-signup-form> in every language and theme', function () {
  beforeEach(() => sessionStorage.clear());

  for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible while editing, with errors and when sent, in ${lang}, ${theme}`, async () => {
        const api = await startMockApi();
        const form = await mountForm({ api: api.baseUrl, lang, attributes: { theme, 'privacy-url': '/privacy' } });
        await expectAccessible(form, `editing, ${lang}, ${theme}`);
        await submit(form);
        await waitUntil(() => errorOf(form, 'name'));
        await expectAccessible(form, `errors, ${lang}, ${theme}`);
        await fillValid(form, newAddress(), 'Ada');
        await submit(form);
        await waitUntil(() => part(form, 'status-success'), 'not sent');
        await expectAccessible(form, `sent, ${lang}, ${theme}`);
      });
    }
  }

  it('speaks Simplified and Traditional Chinese', async () => {
    const api = await startMockApi();
    const simplified = await mountForm({ api: api.baseUrl, lang: 'zh-CN' });
    const traditional = await mountForm({ api: api.baseUrl, lang: 'zh-TW' });
    expect(text(root(simplified).querySelector('legend'))).to.equal('我希望成为');
    expect(text(root(traditional).querySelector('legend'))).to.equal('我希望成為');
    expect(text(part(traditional, 'submit'))).to.equal('註冊');
    expect(root(simplified).querySelector('form')!.getAttribute('aria-label')).to.equal('加入我们');

    await submit(traditional);
    await waitUntil(() => errorOf(traditional, 'name'));
    expect(errorOf(traditional, 'name')).to.equal('請填寫此欄。');
    expect(errorOf(traditional, 'consent')).to.equal('請勾選此項以繼續。');
    expect(said(traditional)).to.equal('有 3 個欄位需要修改。');

    const email = newAddress();
    await fillValid(simplified, email, '王小明');
    await submit(simplified);
    await waitUntil(() => part(simplified, 'status-success'), 'not sent');
    expect(text(part(simplified, 'status-success'))).to.include(`请查看 ${email} 的收件箱并完成确认。`);
  });

  it('has every text in every language, with the same placeholders', async () => {
    expect(await catalogProblems(signupFormMessages)).to.deep.equal([]);
  });
});

describe('<ngo-signup-form> on a page of its own', function () {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });
  beforeEach(() => sessionStorage.clear());

  it('keeps what was typed through a reload, under a strict Content-Security-Policy', async () => {
    const api = await startMockApi();
    frame = await openPage('signup.html', { api: api.baseUrl, key: KEY });
    const before = frame.contentDocument!.querySelector('ngo-signup-form')!;
    await fill(before, { name: 'Mary Jackson', email: 'mary@example.net' });
    await tick(before, 'roles', 'donor');
    await tick(before, 'interests', 'crafts');
    await tick(before, 'newsletter');
    await tick(before, 'consent');

    await reloadPage(frame);
    const after = frame.contentDocument!.querySelector('ngo-signup-form')!;
    expect(after).not.to.equal(before);
    await after.updateComplete;
    expect(field(after, 'name').value).to.equal('Mary Jackson');
    expect(field(after, 'email').value).to.equal('mary@example.net');
    expect(['member', 'volunteer', 'donor'].map((role) => box(after, 'roles', role).checked)).to.deep.equal([true, false, true]);
    expect(box(after, 'interests', 'crafts').checked).to.be.true;
    expect(field(after, 'newsletter').checked).to.be.true;
    expect(field(after, 'consent').checked).to.be.true;

    await expectAccessible(after, 'signup under strict CSP');
    expect(seenCspViolations(frame)).to.deep.equal([]);
    expect(await reportedCspViolations(frame)).to.equal(0);
  });
});
