import { createClient, memoryStorage, NgoApiError, NgoNetworkError, SuggestionsResource } from '@ngo-kit/sdk';
import type { SuggestionInput } from '@ngo-kit/sdk/schemas';
import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../../test-support/a11y.js';
import { deepActiveElement, press, type } from '../../test-support/keyboard.js';
import { startMockApi } from '../../test-support/mock-api.js';
import { mount } from '../../test-support/mount.js';
import { clientFor } from '../clients.js';
import { KeptWriteController } from './kept-write-controller.js';
import '../../provider.js';
import '../../test-support/ngo-test-form.js';
import type { NgoTestForm } from '../../test-support/ngo-test-form.js';
import { waitUntil } from '../../test-support/wait.js';

interface Sent {
  input: SuggestionInput;
  idempotencyKey: string;
}

function field<T extends HTMLElement = HTMLInputElement>(form: NgoTestForm, name: string): T {
  return form.shadowRoot!.querySelector<T>(`[name="${name}"]`)!;
}

function errorOf(form: NgoTestForm, name: string): string | undefined {
  const control = field(form, name);
  const id = control.getAttribute('aria-describedby');
  return id ? form.shadowRoot!.getElementById(id)?.textContent?.trim() : undefined;
}

function said(form: NgoTestForm): string {
  return form.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

async function mountForm(lang = 'en', draft?: string) {
  const sent: Sent[] = [];
  const answers: (Error | { id: string })[] = [];
  const form = document.createElement('ngo-test-form');
  form.lang = lang;
  form.draft = draft;
  // set before the form is on the page: a kept submission is sent as soon as it connects
  form.submitter = async (input, { idempotencyKey }) => {
    sent.push({ input, idempotencyKey });
    const answer = answers.shift() ?? { id: 'sg_1' };
    if (answer instanceof Error) throw answer;
    return answer;
  };
  await mount(html`<div>${form}</div>`);
  return { form, sent, answers };
}

async function fill(form: NgoTestForm, values: Record<string, string>) {
  for (const [name, text] of Object.entries(values)) {
    field(form, name).focus();
    await type(text);
  }
  await form.updateComplete;
}

const timedOut = () =>
  new NgoNetworkError({ method: 'POST', url: 'https://api.invalid/v1/suggestions', cause: new DOMException('late', 'TimeoutError'), timedOut: true });

const networkDown = () =>
  new NgoNetworkError({ method: 'POST', url: 'https://api.invalid/v1/suggestions', cause: new TypeError('Failed to fetch') });

describe('FormController', () => {
  beforeEach(() => sessionStorage.clear());

  it('validates with the SDK schema: messages next to the fields, a summary, focus on the first', async () => {
    const { form, sent } = await mountForm();
    await fill(form, { contactEmail: 'not-an-address' });
    field(form, 'title').focus();
    await press('Enter');
    await waitUntil(() => errorOf(form, 'title'), 'no message next to the title');

    expect(sent).to.deep.equal([]);
    expect(errorOf(form, 'title')).to.equal('Please fill this in.');
    expect(errorOf(form, 'body')).to.equal('Please fill this in.');
    expect(errorOf(form, 'contactEmail')).to.equal('Enter an email address such as name@example.org.');
    expect(field(form, 'title').getAttribute('aria-invalid')).to.equal('true');
    expect(said(form)).to.equal('3 fields need your attention.');
    expect(deepActiveElement()).to.equal(field(form, 'title'));
    await expectAccessible(form, 'form with errors');

    await type('ab');
    await waitUntil(() => errorOf(form, 'title') === 'Use at least 3 characters.', 'the title was not checked again');
    await type('c');
    await waitUntil(() => errorOf(form, 'title') === undefined, 'the fixed title still has a message');
    expect(said(form)).to.equal('2 fields need your attention.');
  });

  it('says it in the widget’s language', async () => {
    const { form } = await mountForm('zh-TW');
    await fill(form, { title: 'ab' });
    await form.form.submit();
    await form.updateComplete;
    expect(errorOf(form, 'title')).to.equal('請至少輸入 3 個字元。');
    expect(errorOf(form, 'body')).to.equal('請填寫此欄。');
    expect(said(form)).to.equal('有 2 個欄位需要修改。');
    await expectAccessible(form, 'form with errors, zh-TW');
  });

  it('sends a valid submission once, with an idempotency key, and forgets the draft', async () => {
    const { form, sent } = await mountForm('en', 'send');
    await fill(form, { title: 'More benches', body: 'In the park, please.' });
    expect(sessionStorage.getItem('ngo-kit:form:test-form:send')).to.include('More benches');
    await form.form.submit();
    await waitUntil(() => form.form.status === 'sent');
    expect(sent).to.have.length(1);
    expect(sent[0]!.input).to.deep.equal({
      title: 'More benches',
      body: 'In the park, please.',
      category: 'other',
      anonymous: false,
    });
    expect(sent[0]!.idempotencyKey).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sessionStorage.getItem('ngo-kit:form:test-form:send')).to.equal(null);
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part~="status-success"]')).to.exist;
    expect(said(form)).to.equal('Thank you: it has been sent.');
    await expectAccessible(form, 'sent');
  });

  it('does not send what a bot filled into the honeypot, and looks sent', async () => {
    const { form, sent } = await mountForm();
    await fill(form, { title: 'Cheap watches', body: 'Buy now' });
    const honeypot = field(form, 'website');
    expect(honeypot.tabIndex).to.equal(-1);
    honeypot.value = 'https://spam.invalid';
    honeypot.dispatchEvent(new Event('input'));
    await form.form.submit();
    expect(form.form.status).to.equal('sent');
    expect(sent).to.deep.equal([]);
  });

  it('keeps a submission made offline, with its key, and sends it when the browser is back online', async () => {
    const { form, sent, answers } = await mountForm('en', 'offline');
    answers.push(networkDown());
    await fill(form, { title: 'Night walk', body: 'A guided walk after dark.' });
    await form.form.submit();
    await form.updateComplete;
    expect(form.form.status).to.equal('offline');
    expect(form.shadowRoot!.querySelector('[part~="status-offline"]')!.textContent).to.include('kept on this device');
    const kept = JSON.parse(sessionStorage.getItem('ngo-kit:form:test-form:offline')!);
    expect(kept.queuedKey).to.equal(sent[0]!.idempotencyKey);
    expect(kept.values.title).to.equal('Night walk');
    await expectAccessible(form, 'offline');

    window.dispatchEvent(new Event('online'));
    await waitUntil(() => form.form.status === 'sent', 'not sent when back online');
    expect(sent).to.have.length(2);
    expect(sent[1]!.idempotencyKey).to.equal(sent[0]!.idempotencyKey);
  });

  it('submits through the SDK: offline, the write waits in the outbox under the form’s key and arrives once', async () => {
    const api = await startMockApi();
    let online = false;
    const fetchWhenOnline: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const client = createClient({
      baseUrl: api.baseUrl,
      publishableKey: 'pk_test_widgets',
      fetch: fetchWhenOnline,
      storage: memoryStorage(),
      cache: false,
      retry: { limit: 0 },
    });
    const form = document.createElement('ngo-test-form');
    form.draft = 'through-sdk';
    form.submitter = (input, { idempotencyKey, signal }) => client.suggestions.create(input, { idempotencyKey, signal });
    await mount(html`<div>${form}</div>`);
    const title = `Through the outbox ${Date.now()}`;
    await fill(form, { title, body: 'Sent once, whatever the network does.' });

    await form.form.submit();
    await form.updateComplete;
    expect(form.form.status).to.equal('offline');
    expect(client.outbox.pending.map((entry) => entry.id)).to.deep.equal([form.form.idempotencyKey]);

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => form.form.status === 'sent' && client.outbox.pending.length === 0, 'not sent when back online');
    // New suggestions wait for moderation, so the staff inbox (not the public list) shows what arrived.
    const inbox = await fetch(`${api.baseUrl}v1/suggestions/inbox?sort=recent&limit=100`, {
      headers: { authorization: 'Bearer sk_test' },
    });
    const { items } = (await inbox.json()) as { items: { title: string }[] };
    expect(items.filter((suggestion) => suggestion.title === title)).to.have.length(1);
  });

  it('drops the kept old version when the person changes a submission the server failed, so only the new one arrives', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const form = document.createElement('ngo-test-form');
    form.setAttribute('api', api.baseUrl);
    form.setAttribute('key', 'pk_test_widgets');
    await mount(html`<div>${form}</div>`);
    const client = clientFor(form.config);
    form.submitter = (input, { idempotencyKey, signal }) =>
      client.use(SuggestionsResource).create(input, { idempotencyKey, signal });
    await fill(form, { title: 'Changed after a failure', body: 'The first version.' });
    await form.form.submit();
    await waitUntil(() => form.form.status === 'failed', 'the server error did not show');
    const kept = form.form.idempotencyKey;
    expect(client.outbox.pending.map((entry) => entry.id)).to.include(kept);

    form.form.set('body', 'The second version.');
    expect(client.outbox.pending.map((entry) => entry.id)).not.to.include(kept);
    await api.setFaults({ failRate: 0 });
    await form.form.submit();
    await waitUntil(() => form.form.status === 'sent', 'the new version was not sent');
    // Nothing of the first version is left to arrive later.
    expect(await client.outbox.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 0 });
  });

  it('says a send that timed out while online is taking long, not offline, and tries again by itself with the same key', async () => {
    const firstWait = KeptWriteController.firstRetryWait;
    KeptWriteController.firstRetryWait = 50;
    try {
      const { form, sent, answers } = await mountForm('en', 'slow');
      answers.push(timedOut(), timedOut());
      await fill(form, { title: 'Late answer', body: 'The server is slow today.' });
      await form.form.submit();
      await form.updateComplete;
      expect(navigator.onLine, 'the browser is online').to.equal(true);
      expect(form.form.status).to.equal('offline');
      expect(form.form.slow).to.equal(true);
      const view = form.shadowRoot!.querySelector('[part~="status-offline"]')!;
      expect(view.querySelector('p')!.textContent).to.equal(
        'This is taking longer than usual. What you sent is kept on this device, and we keep trying to send it.',
      );
      expect(said(form)).to.equal(view.querySelector('p')!.textContent);
      expect(said(form)).not.to.include('offline');
      await expectAccessible(form, 'slow');

      // No `online` event comes (the browser never went offline), and nobody presses "Send now".
      await waitUntil(() => form.form.status === 'sent', 'the form did not try again by itself');
      expect(sent.map((entry) => entry.idempotencyKey)).to.deep.equal([sent[0]!.idempotencyKey, sent[0]!.idempotencyKey, sent[0]!.idempotencyKey]);
      expect(form.answers).to.deep.equal([{ id: 'sg_1' }]);
    } finally {
      KeptWriteController.firstRetryWait = firstWait;
    }
  });

  it('says so in Chinese too when a send is slow', async () => {
    const { form, answers } = await mountForm('zh-CN');
    answers.push(timedOut());
    await fill(form, { title: '迟到的回复', body: '服务器今天很慢。' });
    await form.form.submit();
    await form.updateComplete;
    expect(said(form)).to.equal('发送时间比平时长。您提交的内容已保存在本设备上，我们会继续尝试发送。');
    form.lang = 'zh-TW';
    await form.updateComplete;
    expect(said(form)).to.equal('傳送時間比平常長。您提交的內容已保存在本裝置上，我們會持續嘗試傳送。');
  });

  it('learns when the SDK’s outbox delivers its kept submission in the background, and says it was sent, once', async () => {
    const api = await startMockApi();
    let online = false;
    const posted: string[] = [];
    const page: typeof fetch = (input, init) => {
      if (init?.method === 'POST') posted.push(new Headers(init.headers).get('idempotency-key') ?? '');
      return online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
    };
    const provider = await mount<HTMLElement>(
      html`<ngo-provider .fetch=${page}><ngo-test-form api=${api.baseUrl} key="pk_test_widgets"></ngo-test-form></ngo-provider>`,
    );
    const form = provider.querySelector('ngo-test-form')!;
    const client = clientFor(form.config);
    form.submitter = (input, { idempotencyKey, signal }) => client.use(SuggestionsResource).create(input, { idempotencyKey, signal });
    const title = `Delivered later ${Date.now()}`;
    await fill(form, { title, body: 'The outbox sends it while the form waits.' });
    await form.form.submit();
    await form.updateComplete;
    expect(form.form.status).to.equal('offline');
    const key = form.form.idempotencyKey!;
    expect(client.outbox.pending.map((entry) => entry.id)).to.deep.equal([key]);

    // The outbox sends it by itself (here: flushed, as after any other request that succeeds).
    online = true;
    expect(await client.outbox.flush()).to.deep.equal({ sent: 1, failed: 0, pending: 0 });
    await waitUntil(() => form.form.status === 'sent', 'the form never learned that its submission was sent');
    await form.updateComplete;
    expect(said(form)).to.equal('Thank you: it has been sent.');
    expect(form.shadowRoot!.querySelector('[part~="status-success"]')).to.exist;
    expect(form.answers.map((answer) => answer.id)).to.have.length(1);
    expect(new Set(posted), 'every attempt under one key').to.deep.equal(new Set([key]));

    // Later outbox activity changes nothing: the form took it as sent once.
    await client.outbox.flush();
    await form.updateComplete;
    expect(form.answers).to.have.length(1);
    const inbox = await fetch(`${api.baseUrl}v1/suggestions/inbox?sort=recent&limit=100`, { headers: { authorization: 'Bearer sk_test' } });
    const { items } = (await inbox.json()) as { items: { title: string }[] };
    expect(items.filter((suggestion) => suggestion.title === title)).to.have.length(1);
  });

  it('sends a kept submission after a reload, with the key it had', async () => {
    sessionStorage.setItem(
      'ngo-kit:form:test-form:reloaded',
      JSON.stringify({ values: { title: 'Kept title', body: 'Kept body' }, queuedKey: 'kept-key-0001' }),
    );
    const { form, sent } = await mountForm('en', 'reloaded');
    await waitUntil(() => form.form.status === 'sent', 'the kept submission was not sent');
    expect(sent.map((entry) => entry.idempotencyKey)).to.deep.equal(['kept-key-0001']);
    expect(sent[0]!.input.title).to.equal('Kept title');
  });

  it('says why the API refused, retries with the same key, and a changed form gets a new one', async () => {
    const { form, sent, answers } = await mountForm();
    const failure = new NgoApiError({
      status: 500,
      code: 'internal_error',
      message: 'boom',
      method: 'POST',
      url: 'https://api.invalid/v1/suggestions',
    });
    answers.push(failure, failure);
    await fill(form, { title: 'Book swap', body: 'Every first Sunday.' });
    await form.form.submit();
    await form.updateComplete;
    const alert = form.shadowRoot!.querySelector('[part~="status-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.include('could not be sent');
    expect(field(form, 'title').value, 'what was typed is kept').to.equal('Book swap');
    await expectAccessible(form, 'failed');

    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => sent.length === 2 && form.form.status === 'failed');
    expect(sent[1]!.idempotencyKey).to.equal(sent[0]!.idempotencyKey);

    await fill(form, { title: ' club' });
    await form.form.submit();
    await waitUntil(() => form.form.status === 'sent');
    expect(sent[2]!.idempotencyKey).not.to.equal(sent[0]!.idempotencyKey);
  });

  it('puts the API’s field errors next to the fields, in the widget’s language', async () => {
    const { form, answers } = await mountForm('zh-CN');
    answers.push(
      new NgoApiError({
        status: 400,
        code: 'validation_failed',
        message: 'invalid',
        fieldErrors: { title: ['Title already used'] },
        method: 'POST',
        url: 'https://api.invalid/v1/suggestions',
      }),
    );
    await fill(form, { title: 'Duplicate', body: 'Body' });
    await form.form.submit();
    await waitUntil(() => errorOf(form, 'title'));
    expect(errorOf(form, 'title')).to.equal('此项无效，请检查。');
    expect(deepActiveElement()).to.equal(field(form, 'title'));
  });
});
