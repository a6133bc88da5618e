import { createBaseClient, NewsletterResource } from '@ngo-kit/sdk';
import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { openPage, reloadPage } from '../test-support/frame.js';
import { deepActiveElement, press, tab, type } from '../test-support/keyboard.js';
import { fetchWithScenario, startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { catalogProblems } from '../test-support/table-problems.js';
import { applyHostileStyles } from '../test-support/hostile-page.js';
import { errorOf, field, lookOf, mailTo, newAddress, part, paste, said, text } from '../test-support/widget-queries.js';
import '../newsletter-signup.js';
import '../provider.js';
import { newsletterSignupMessages } from './messages.js';
import type { NgoNewsletterSignup } from './ngo-newsletter-signup.js';
import type { NgoNewsletterSubscribeEvent } from './ngo-newsletter-subscribe-event.js';
import { waitUntil } from '../test-support/wait.js';

const KEY = 'pk_test_widgets';
/** A member of the demo seed whose newsletter subscription is confirmed. */
const LENA = 'lena.fischer@example.org';

async function mountSignup(
  options: { api?: string; lang?: string; attributes?: Record<string, string>; fetch?: typeof fetch; width?: number } = {},
) {
  const wrapper = await mount<HTMLElement>(html`
    <ngo-provider api=${options.api ?? ''} key=${KEY} .fetch=${options.fetch}>
      <div lang=${options.lang ?? 'en'}>
        <ngo-newsletter-signup></ngo-newsletter-signup>
      </div>
    </ngo-provider>
  `);
  // inline styles, which a host page's sheet cannot undo: the widget's width is the page's business
  wrapper.querySelector('div')!.style.cssText = `display: block; width: ${options.width ?? 600}px`;
  const signup = wrapper.querySelector('ngo-newsletter-signup')!;
  for (const [name, value] of Object.entries(options.attributes ?? {})) signup.setAttribute(name, value);
  await signup.updateComplete;
  return signup;
}

/** A complete subscription, ready to send; pasted, since typing is tested on its own. */
async function fillValid(signup: NgoNewsletterSignup, email: string) {
  await paste(signup, 'email', email);
  field(signup, 'consent').click();
  await signup.updateComplete;
}

async function submit(signup: NgoNewsletterSignup) {
  part(signup, 'submit')!.click();
  await signup.updateComplete;
}

function issues(signup: NgoNewsletterSignup): { title: string; month: string; href: string; lang: string }[] {
  return [...signup.shadowRoot!.querySelectorAll('[part~="issue"]')].map((item) => {
    const link = item.querySelector<HTMLAnchorElement>('[part~="issue-link"]')!;
    return { title: text(link), month: text(item.querySelector('[part~="issue-month"]')), href: link.href, lang: link.lang };
  });
}

/** A `fetch` that answers the archive with `items`, for data the seed does not have. */
function archiveAnswering(items: unknown[]): typeof fetch {
  return () =>
    Promise.resolve(
      new Response(JSON.stringify({ items, nextCursor: null }), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
}

describe('<ngo-newsletter-signup>', function () {
  beforeEach(() => sessionStorage.clear());

  it('puts a message next to every wrong field, announces how many, and focuses the first', async () => {
    const api = await startMockApi();
    const signup = await mountSignup({ api: api.baseUrl });
    field(signup, 'email').focus();
    await press('Enter');
    await waitUntil(() => errorOf(signup, 'email'), 'no message next to the email');

    expect(errorOf(signup, 'email')).to.equal('Please fill this in.');
    expect(errorOf(signup, 'consent')).to.equal('Please tick this box to continue.');
    expect(errorOf(signup, 'locale')).to.equal(undefined);
    expect(field(signup, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(field(signup, 'consent').getAttribute('aria-invalid')).to.equal('true');
    expect(field(signup, 'locale').getAttribute('aria-invalid')).to.equal('false');
    expect(said(signup)).to.equal('2 fields need your attention.');
    expect(deepActiveElement()).to.equal(field(signup, 'email'));
    await expectAccessible(signup, 'newsletter with errors');

    await type('someone@');
    field(signup, 'consent').click();
    await submit(signup);
    await waitUntil(() => errorOf(signup, 'consent') === undefined, 'the consent still has a message');
    expect(errorOf(signup, 'email')).to.equal('Enter an email address such as name@example.org.');
    expect(said(signup)).to.equal('1 field needs your attention.');
    expect(deepActiveElement()).to.equal(field(signup, 'email'));
  });

  it('subscribes with double opt-in: the mock mails a link whose token confirms the subscription', async () => {
    const api = await startMockApi();
    const signup = await mountSignup({ api: api.baseUrl, lang: 'zh-CN' });
    const events: NgoNewsletterSubscribeEvent[] = [];
    document.addEventListener('ngo-newsletter-subscribe', (event) => events.push(event), { once: true });
    const email = newAddress('newsletter');
    await fillValid(signup, email);
    await submit(signup);
    await waitUntil(() => part(signup, 'status-success'), 'not sent');

    expect(text(part(signup, 'status-success'))).to.include(`请查看 ${email} 的收件箱并完成确认。`);
    expect(said(signup)).to.equal(`还差一步：请确认您的订阅。 请查看 ${email} 的收件箱并完成确认。`);
    expect(deepActiveElement(), 'the panel takes focus').to.equal(signup.shadowRoot!.querySelector('.panel'));
    await expectAccessible(signup, 'sent');

    expect(events).to.have.length(1);
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
    expect(events[0]!.detail).to.include({ locale: 'zh-CN', status: 'pending' });
    expect(events[0]!.detail.id).to.match(/^nls_/);

    const mail = await mailTo(api, email);
    expect(mail.map((message) => [message.kind, message.subject])).to.deep.equal([['newsletter_confirmation', '请确认订阅我们的通讯']]);
    const token = mail[0]!.token!;
    expect(mail[0]!.text).to.include(`/newsletter/confirm?token=${encodeURIComponent(token)}`);
    expect(JSON.stringify(events[0]!.detail)).not.to.include(token);

    const client = createBaseClient({ baseUrl: api.baseUrl, publishableKey: KEY });
    const confirmed = await client.use(NewsletterResource).confirm({ token });
    expect(confirmed).to.include({ id: events[0]!.detail.id, status: 'confirmed', locale: 'zh-CN' });
    const afterConfirming = await mailTo(api, email);
    expect(afterConfirming.map((message) => message.kind)).to.deep.equal(['newsletter_subscribed', 'newsletter_confirmation']);
  });

  it('answers an address already subscribed exactly as any other, and the mock tells its owner by e-mail', async () => {
    const api = await startMockApi();
    const signup = await mountSignup({ api: api.baseUrl });
    const events: NgoNewsletterSubscribeEvent[] = [];
    signup.addEventListener('ngo-newsletter-subscribe', (event) => events.push(event));

    const fresh = newAddress('newsletter');
    await fillValid(signup, fresh);
    await submit(signup);
    await waitUntil(() => part(signup, 'status-success'), 'the new address was not sent');
    const forNew = text(part(signup, 'status-success')).replace(fresh, '<address>');
    part(signup, 'again')!.click();
    await signup.updateComplete;

    await fillValid(signup, LENA);
    await submit(signup);
    await waitUntil(() => part(signup, 'status-success'), 'the subscribed address was not sent');
    const forSubscribed = text(part(signup, 'status-success')).replace(LENA, '<address>');

    expect(forSubscribed).to.equal(forNew);
    expect(forSubscribed).to.equal(
      'Almost done: please confirm your subscription. Check your inbox at <address> to confirm. If this address already receives our newsletter, we will let you know by email, and nothing changes. Subscribe another address',
    );
    expect(events.map((event) => event.detail.status)).to.deep.equal(['pending', 'pending']);
    const mail = await mailTo(api, LENA);
    expect(mail.map((message) => [message.kind, message.subject])).to.deep.equal([
      ['newsletter_subscribed', 'You are already subscribed to our newsletter'],
    ]);
  });

  it('keeps the form filled when the server fails, and its retry subscribes once', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const signup = await mountSignup({ api: api.baseUrl });
    const email = newAddress('newsletter');
    await fillValid(signup, email);
    const select = field<HTMLSelectElement>(signup, 'locale');
    select.value = 'zh-TW';
    select.dispatchEvent(new Event('change'));
    await submit(signup);
    await waitUntil(() => part(signup, 'status-error'), 'no error');

    expect(part(signup, 'status-error')!.getAttribute('role')).to.equal('alert');
    expect(text(part(signup, 'status-error'))).to.include('could not be sent because of a problem on the server');
    expect(field(signup, 'email').value).to.equal(email);
    expect(field<HTMLSelectElement>(signup, 'locale').value).to.equal('zh-TW');
    expect(field(signup, 'consent').checked).to.be.true;
    await expectAccessible(signup, 'server error');

    await api.setFaults({ failRate: 0 });
    part(signup, 'retry')!.click();
    await waitUntil(() => part(signup, 'status-success'), 'not sent after retry');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const mail = await mailTo(api, email);
    expect(mail.map((message) => [message.kind, message.subject])).to.deep.equal([['newsletter_confirmation', '請確認訂閱我們的通訊']]);
  });

  it('keeps a subscription made offline and sends it exactly once when back online', async () => {
    const api = await startMockApi();
    let online = false;
    const flaky: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const signup = await mountSignup({ api: api.baseUrl, fetch: flaky });
    const email = newAddress('newsletter');
    await fillValid(signup, email);
    await submit(signup);
    await waitUntil(() => part(signup, 'status-offline'), 'not offline');
    expect(text(part(signup, 'status-offline'))).to.include('kept on this device');
    expect(JSON.parse(sessionStorage.getItem('ngo-kit:form:newsletter-signup:1')!).queuedKey).to.equal(signup.form.idempotencyKey);
    await expectAccessible(signup, 'offline');

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => part(signup, 'status-success'), 'not sent when back online');
    expect(text(part(signup, 'status-success'))).to.include(`Check your inbox at ${email} to confirm.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await mailTo(api, email)).length).to.equal(1);
  });

  it('says clearly when there have been too many requests, and when to try again', async () => {
    const api = await startMockApi();
    const limited = fetchWithScenario('rate-limited');
    const signup = await mountSignup({ api: api.baseUrl, fetch: limited });
    const email = newAddress('newsletter');
    await fillValid(signup, email);
    await submit(signup);
    await waitUntil(() => part(signup, 'status-error'), 'no error');
    expect(text(part(signup, 'status-error'))).to.equal('There have been too many requests. Please try again in 1 second. Try again');
    expect(field(signup, 'email').value).to.equal(email);
    await expectAccessible(signup, 'rate limited');
  });

  it('links the consent to the privacy policy, in the same tab unless told otherwise', async () => {
    const api = await startMockApi();
    const signup = await mountSignup({ api: api.baseUrl, attributes: { 'privacy-url': '/privacy' } });
    const link = part<HTMLAnchorElement>(signup, 'policy-link')!;
    expect(link.closest('label')!.htmlFor).to.equal('field-consent');
    expect(link.getAttribute('href')).to.equal('/privacy');
    expect(link.target).to.equal('_self');
    expect(text(link.closest('label'))).to.equal('I would like the monthly newsletter and agree to the privacy policy.');

    signup.privacyNewTab = true;
    await signup.updateComplete;
    expect(part<HTMLAnchorElement>(signup, 'policy-link')!.target).to.equal('_blank');
    expect(text(part(signup, 'policy-link'))).to.equal('privacy policy (opens in a new tab)');
  });

  it('can be completed with the keyboard alone, in the order it reads', async () => {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <button type="button">Before</button>
        <ngo-newsletter-signup api=${api.baseUrl} key=${KEY} lang="en" privacy-url="/privacy"></ngo-newsletter-signup>
      </div>
    `);
    const signup = wrapper.querySelector('ngo-newsletter-signup')!;
    wrapper.querySelector('button')!.focus();
    const email = newAddress('newsletter');

    await tab();
    expect(deepActiveElement()).to.equal(field(signup, 'email'));
    await type(email);
    await tab();
    expect(deepActiveElement()).to.equal(field(signup, 'locale'));
    await tab();
    expect(deepActiveElement()).to.equal(field(signup, 'consent'));
    await press(' ');
    await tab();
    expect(deepActiveElement()).to.equal(part(signup, 'policy-link'));
    await tab();
    expect(deepActiveElement()).to.equal(part(signup, 'submit'));
    await press('Enter');
    await waitUntil(() => part(signup, 'status-success'), 'not sent');
    expect(deepActiveElement()).to.equal(signup.shadowRoot!.querySelector('.panel'));
    await tab();
    expect(deepActiveElement()).to.equal(part(signup, 'again'));
    await press('Enter');
    await signup.updateComplete;
    expect(field(signup, 'email').value).to.equal('');
    expect((await mailTo(api, email)).length).to.equal(1);
  });

  it('fits a footer: two lines where it is wide enough, stacked where it is not', async () => {
    const api = await startMockApi();
    const wide = await mountSignup({ api: api.baseUrl, width: 600 });
    const top = (element: Element) => Math.round(element.getBoundingClientRect().top);
    expect(top(field(wide, 'email'))).to.equal(top(field(wide, 'locale')));
    expect(top(part(wide, 'submit')!)).to.be.greaterThan(top(field(wide, 'email')));
    expect(Math.abs(top(part(wide, 'submit')!) - top(field(wide, 'consent')))).to.be.lessThan(12);

    // a message under the email does not move the language list out of line
    await submit(wide);
    await waitUntil(() => errorOf(wide, 'email'));
    expect(top(field(wide, 'email'))).to.equal(top(field(wide, 'locale')));

    const narrow = await mountSignup({ api: api.baseUrl, width: 260 });
    expect(top(field(narrow, 'locale'))).to.be.greaterThan(top(field(narrow, 'email')));
    expect(top(part(narrow, 'submit')!)).to.be.greaterThan(top(field(narrow, 'consent')) + 12);
  });

  it('looks and works the same on a hostile page, its archive included', async () => {
    const api = await startMockApi();
    const signup = await mountSignup({ api: api.baseUrl, attributes: { 'show-archive': '', 'privacy-url': '/privacy' } });
    await waitUntil(() => issues(signup).length === 6, 'no issues');
    const looks = () => ({
      base: lookOf(part(signup, 'base')!),
      input: lookOf(field(signup, 'email')),
      select: lookOf(field(signup, 'locale')),
      submit: lookOf(part(signup, 'submit')!),
      title: lookOf(part(signup, 'archive-title')!),
      issue: lookOf(part(signup, 'issue')!),
      link: lookOf(part(signup, 'issue-link')!),
    });
    const clean = looks();
    const removeHostile = applyHostileStyles();
    try {
      expect(getComputedStyle(document.body).fontSize, 'the hostile styles are not on').to.equal('32px');
      expect(looks()).to.deep.equal(clean);
      await fillValid(signup, newAddress('newsletter'));
      part(signup, 'submit')!.focus();
      await press('Enter');
      await waitUntil(() => part(signup, 'status-success'), 'not sent on the hostile page');
    } finally {
      removeHostile();
    }
  });

  it('does not send what a bot filled into the honeypot, and looks sent', async () => {
    const api = await startMockApi();
    const signup = await mountSignup({ api: api.baseUrl });
    const email = newAddress('newsletter');
    await fillValid(signup, email);
    const honeypot = field(signup, 'website');
    honeypot.value = 'https://spam.invalid';
    honeypot.dispatchEvent(new Event('input'));
    await submit(signup);
    expect(signup.form.status).to.equal('sent');
    expect(await mailTo(api, email)).to.deep.equal([]);
  });
});

describe('<ngo-newsletter-signup> archive', function () {
  beforeEach(() => sessionStorage.clear());

  it('lists past issues, newest first, each month once, with no request without show-archive', async () => {
    performance.clearResourceTimings();
    const api = await startMockApi();
    const plain = await mountSignup({ api: api.baseUrl });
    expect(part(plain, 'archive')).to.equal(null);

    const signup = await mountSignup({ api: api.baseUrl, attributes: { 'show-archive': '' } });
    await waitUntil(() => issues(signup).length > 0, 'no issues');
    expect(issues(signup)).to.deep.equal([
      { title: 'Winter programme', month: 'December 2026', href: 'https://news.example.org/2026/12/en', lang: 'en' },
      { title: 'Thank you, volunteers', month: 'November 2026', href: 'https://news.example.org/2026/11/en', lang: 'en' },
      { title: 'Trees for the schoolyards', month: 'October 2026', href: 'https://news.example.org/2026/10/en', lang: 'en' },
      { title: 'Autumn exchange and Mid-Autumn tea', month: 'September 2026', href: 'https://news.example.org/2026/09/en', lang: 'en' },
      { title: 'Mentoring day and digital skills', month: 'August 2026', href: 'https://news.example.org/2026/08/en', lang: 'en' },
      { title: 'Picnic in the park', month: 'July 2026', href: 'https://news.example.org/2026/07/en', lang: 'en' },
    ]);
    expect(text(part(signup, 'archive-title'))).to.equal('Past issues');
    expect(signup.shadowRoot!.querySelectorAll('[role="status"]')[1]!.textContent).to.equal('6 past issues');
    const requests = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.startsWith(`${api.baseUrl}v1/newsletter/issues`));
    expect(requests).to.have.length(1);
    await expectAccessible(signup, 'archive');
  });

  it('lists each month in the reader’s language, Traditional Chinese readers getting Simplified where it is all there is', async () => {
    const api = await startMockApi();
    const simplified = await mountSignup({ api: api.baseUrl, lang: 'zh-CN', attributes: { 'show-archive': '', 'archive-limit': '2' } });
    const traditional = await mountSignup({ api: api.baseUrl, lang: 'zh-TW', attributes: { 'show-archive': '', 'archive-limit': '2' } });
    await waitUntil(() => issues(simplified).length > 0 && issues(traditional).length > 0, 'no issues');
    expect(issues(simplified)).to.deep.equal([
      { title: '冬季活动预告', month: '2026年12月', href: 'https://news.example.org/2026/12/zh-cn', lang: 'zh-CN' },
      { title: '感谢每一位志愿者', month: '2026年11月', href: 'https://news.example.org/2026/11/zh-cn', lang: 'zh-CN' },
    ]);
    expect(issues(traditional).map((issue) => [issue.title, issue.month, issue.lang])).to.deep.equal([
      ['冬季活动预告', '2026年12月', 'zh-CN'],
      ['感谢每一位志愿者', '2026年11月', 'zh-CN'],
    ]);
    expect(text(part(traditional, 'archive-title'))).to.equal('過往電子報');
  });

  it('reserves the archive’s space while it loads', async () => {
    const api = await startMockApi({ faults: { latencyMs: 1_500 } });
    const signup = await mountSignup({ api: api.baseUrl, attributes: { 'show-archive': '' } });
    const skeleton = part(signup, 'skeleton')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.getAttribute('aria-label')).to.equal('Past issues');
    expect(skeleton.querySelectorAll('li')).to.have.length(6);
    expect(signup.shadowRoot!.querySelectorAll('[role="status"]')[1]!.textContent).to.equal('Loading past issues…');
    const loading = part(signup, 'archive')!.getBoundingClientRect().height;
    await expectAccessible(signup, 'archive loading');
    await waitUntil(() => issues(signup).length === 6, 'no issues after the delay');
    expect(part(signup, 'archive')!.getBoundingClientRect().height).to.be.closeTo(loading, 1);
  });

  it('says so when no issue has been published', async () => {
    const api = await startMockApi({ seed: 'empty' });
    const signup = await mountSignup({ api: api.baseUrl, lang: 'zh-TW', attributes: { 'show-archive': '' } });
    await waitUntil(() => part(signup, 'status-empty'), 'no empty state');
    expect(text(part(signup, 'status-empty'))).to.equal('目前還沒有已發布的電子報。');
    await expectAccessible(signup, 'archive empty');
  });

  it('shows the archive’s error with a retry that works, while the form stays usable', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const signup = await mountSignup({ api: api.baseUrl, attributes: { 'show-archive': '' } });
    await waitUntil(() => part(signup, 'retry'), 'no retry');
    expect(text(part(signup, 'status-error'))).to.include('could not be loaded');
    expect(part(signup, 'form')).to.exist;
    await expectAccessible(signup, 'archive error');

    await api.setFaults({ failRate: 0 });
    part(signup, 'retry')!.click();
    await waitUntil(() => issues(signup).length === 6, 'no issues after retry');
  });

  it('renders the archive’s titles as text, and refuses an issue whose address is not a web page', async () => {
    const issue = {
      id: 'iss_x',
      month: '2026-10',
      title: '<img src=x onerror="window.hacked=1">Autumn',
      summary: '',
      url: 'https://news.example.org/2026/10/en',
      publishedAt: '2026-09-18T07:00:00Z',
      locale: 'en',
    };
    const safe = await mountSignup({ api: 'https://api.invalid/', fetch: archiveAnswering([issue]), attributes: { 'show-archive': '' } });
    await waitUntil(() => issues(safe).length === 1, 'no issue');
    expect(issues(safe)[0]!.title).to.equal('<img src=x onerror="window.hacked=1">Autumn');
    expect(safe.shadowRoot!.querySelector('img')).to.equal(null);

    const hostile = await mountSignup({
      api: 'https://api.invalid/',
      fetch: archiveAnswering([{ ...issue, url: 'javascript:alert(1)' }]),
      attributes: { 'show-archive': '' },
    });
    await waitUntil(() => part(hostile, 'status-error'), 'a script address was accepted');
    expect(hostile.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });
});

describe('<ngo-newsletter-signup> in every language and theme', function () {
  beforeEach(() => sessionStorage.clear());

  for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible while editing, with errors and when sent, with its archive, in ${lang}, ${theme}`, async () => {
        const api = await startMockApi();
        const signup = await mountSignup({ api: api.baseUrl, lang, attributes: { theme, 'show-archive': '', 'privacy-url': '/privacy' } });
        await waitUntil(() => issues(signup).length > 0, 'no issues');
        await expectAccessible(signup, `editing, ${lang}, ${theme}`);
        await submit(signup);
        await waitUntil(() => errorOf(signup, 'email'));
        await expectAccessible(signup, `errors, ${lang}, ${theme}`);
        await fillValid(signup, newAddress('newsletter'));
        await submit(signup);
        await waitUntil(() => part(signup, 'status-success'), 'not sent');
        await expectAccessible(signup, `sent, ${lang}, ${theme}`);
      });
    }
  }

  it('speaks Simplified and Traditional Chinese', async () => {
    const api = await startMockApi();
    const simplified = await mountSignup({ api: api.baseUrl, lang: 'zh-CN' });
    const traditional = await mountSignup({ api: api.baseUrl, lang: 'zh-TW' });
    expect(text(part(simplified, 'submit'))).to.equal('订阅');
    expect(text(part(traditional, 'submit'))).to.equal('訂閱');
    expect(field<HTMLSelectElement>(traditional, 'locale').value).to.equal('zh-TW');
    await submit(traditional);
    await waitUntil(() => errorOf(traditional, 'email'));
    expect(errorOf(traditional, 'email')).to.equal('請填寫此欄。');
    expect(said(traditional)).to.equal('有 2 個欄位需要修改。');
  });

  it('has every text in every language, with the same placeholders and plural forms', async () => {
    expect(await catalogProblems(newsletterSignupMessages)).to.deep.equal([]);
  });

  it('says it is not set up when it has no API address', async () => {
    const signup = await mount<NgoNewsletterSignup>(html`<ngo-newsletter-signup lang="en" show-archive></ngo-newsletter-signup>`);
    expect(text(part(signup, 'status-error'))).to.include('not set up yet');
    await expectAccessible(signup, 'unconfigured');
  });
});

describe('<ngo-newsletter-signup> on a page of its own', function () {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });
  beforeEach(() => sessionStorage.clear());

  it('keeps what was typed through a reload', async () => {
    const api = await startMockApi();
    frame = await openPage('signup.html', { api: api.baseUrl, key: KEY, lang: 'zh-CN' });
    const before = frame.contentDocument!.querySelector('ngo-newsletter-signup')!;
    field(before, 'email').focus();
    await type('reader@example.net');
    const select = field<HTMLSelectElement>(before, 'locale');
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    field(before, 'consent').click();
    await before.updateComplete;

    await reloadPage(frame);
    const after = frame.contentDocument!.querySelector('ngo-newsletter-signup')!;
    expect(after).not.to.equal(before);
    await after.updateComplete;
    expect(field(after, 'email').value).to.equal('reader@example.net');
    expect(field<HTMLSelectElement>(after, 'locale').value).to.equal('en');
    expect(field(after, 'consent').checked).to.be.true;
    expect(issues(after)).to.have.length(6);
  });
});
