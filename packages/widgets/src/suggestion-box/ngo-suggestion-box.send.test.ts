import { expect } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { deepActiveElement, press } from '../test-support/keyboard.js';
import { startMockApi } from '../test-support/mock-api.js';
import {
  arrived,
  describeElement,
  field,
  fillValid,
  KEY,
  MEMBER,
  mountBox,
  parts,
  publicList,
  raw,
  recordingFetch,
  said,
  SECRET,
  startClean,
  typeInto,
  type Raw,
} from '../test-support/suggestion-box-fixtures.js';
import { waitUntil } from '../test-support/wait.js';

beforeEach(startClean);

describe('<ngo-suggestion-box> sending', function () {

  it('sends a suggestion, says it waits for moderation, and it is not public yet', async () => {
    const api = await startMockApi();
    const box = await mountBox(api);
    const sent: CustomEvent[] = [];
    box.addEventListener('ngo-suggestion-sent', (event) => sent.push(event));
    await waitUntil(() => parts(box, 'item').length > 0, 'no list');
    const title = 'A quiet room at the summer fair';
    await fillValid(box, title);
    parts(box, 'submit')[0]!.click();
    await waitUntil(() => parts(box, 'status-success').length === 1, 'not sent');
    const note = parts(box, 'status-success')[0]!;
    expect(note.textContent).to.include('It is waiting for moderation: it is not public yet');
    expect(said(box, 'form')).to.equal(
      'Thank you! Your suggestion has reached the team. It is waiting for moderation: it is not public yet, and appears in the list once the team has read it.',
    );
    expect(describeElement(deepActiveElement()), 'focus moves to the note').to.equal(describeElement(note));
    expect(sent).to.have.length(1);
    expect(sent[0]!.detail.suggestion.listed).to.equal(false);
    expect(await arrived(api, title)).to.equal(1);
    expect((await publicList(api, 'sort=recent')).map((item) => item.title)).not.to.include(title);
    await expectAccessible(box, 'sent');

    parts(box, 'write-another')[0]!.click();
    await waitUntil(() => deepActiveElement() === field(box, 'title'), 'focus on the empty title');
    expect(field(box, 'title')!.value).to.equal('');
  });

  it('shows a suggestion at once when the API lists it at once, and does not say it waits', async () => {
    const api = await startMockApi();
    const { exchanges, fetch } = recordingFetch({
      answer: (request) => {
        if (request.method !== 'POST' || !request.url.endsWith('/v1/suggestions')) return undefined;
        const created = { id: 'sug_published', title: 'Published at once', body: 'Text.', category: 'events', status: 'new', votes: 0,
          authorName: null, staffReply: null, listed: true, createdAt: '2026-11-23T09:00:00Z' };
        return Response.json(created, { status: 201 });
      },
    });
    const box = await mountBox(api, { fetch });
    await waitUntil(() => parts(box, 'item').length > 0, 'no list');
    const listReads = () => exchanges.filter((exchange) => exchange.method === 'GET' && exchange.url.includes('/v1/suggestions?')).length;
    const before = listReads();
    await fillValid(box, 'Published at once');
    await box.form.submit();
    await waitUntil(() => parts(box, 'status-success').length === 1);
    expect(parts(box, 'status-success')[0]!.textContent!.trim()).to.match(/^Thank you! Your suggestion is now in the public list\./);
    await waitUntil(() => listReads() === before + 1, 'the list was not loaded again');
  });

  it('sends an anonymous suggestion whose author appears in no answer of the API, staff ones included', async () => {
    const api = await startMockApi();
    const me = (await raw(api, 'v1/me', { as: MEMBER })).json as { id: string; name: string; email: string };
    expect(me.name).to.equal('Lena Fischer');
    const typedAddress = 'lena.private@example.net';
    const revealing = [me.name, me.email, me.id, MEMBER, typedAddress];
    const { exchanges, fetch } = recordingFetch();
    const box = await mountBox(api, { memberToken: MEMBER, fetch });
    await waitUntil(() => parts(box, 'item').length > 0, 'no list');

    expect(field(box, 'name') === null, 'signed in, the name comes from the member').to.equal(true);
    expect(box.shadowRoot!.querySelector('.signed-in')!.textContent).to.include('your member name is shown');
    const title = 'Anonymous: a ramp at the side door';
    await fillValid(box, title);
    await typeInto(box, { contactEmail: typedAddress });
    field(box, 'anonymous')!.click();
    await box.updateComplete;
    await box.form.submit();
    await waitUntil(() => parts(box, 'status-success').length === 1, 'not sent');
    expect(parts(box, 'status-success')[0]!.textContent).to.include('It was sent anonymously: nothing that names you was stored.');

    const [post] = exchanges.filter((exchange) => exchange.method === 'POST');
    expect(post!.authorization, 'sent with the key alone, not the member token').to.equal(`Bearer ${KEY}`);
    expect(Object.keys(JSON.parse(post!.body)).sort()).to.deep.equal(['anonymous', 'body', 'category', 'title']);
    const id = JSON.parse(post!.text).id as string;

    // Every answer about it, raw: the public list in every order and filter, the staff inbox, moderation, votes.
    const answers: Raw[] = [];
    answers.push(await raw(api, 'v1/suggestions/inbox?limit=100', { as: SECRET }));
    answers.push(await raw(api, 'v1/suggestions/inbox?listed=false', { as: SECRET }));
    answers.push(await raw(api, `v1/suggestions/${id}`, { as: SECRET, method: 'PATCH', body: { hidden: false } }));
    answers.push(await raw(api, `v1/suggestions/${id}`, { as: SECRET, method: 'PATCH', body: { status: 'planned', staffReply: 'Yes.' } }));
    for (const query of ['sort=recent', 'sort=votes', 'status=planned', 'category=events']) {
      for (const as of [KEY, MEMBER, SECRET]) answers.push(await raw(api, `v1/suggestions?limit=100&${query}`, { as }));
    }
    answers.push(await raw(api, `v1/suggestions/${id}/votes`, { as: MEMBER, method: 'POST', body: {} }));
    answers.push(await raw(api, `v1/suggestions/${id}/votes`, { as: MEMBER, method: 'DELETE', body: {} }));
    answers.push(await raw(api, 'v1/suggestions/inbox?limit=100&status=planned', { as: SECRET }));
    expect(answers.map((answer) => answer.status)).to.deep.equal([200, 200, 200, 200, ...Array(12).fill(200), 201, 200, 200]);
    expect(answers.filter((answer) => answer.text.includes(id)).length, 'each answer is about it').to.equal(answers.length);

    const texts = [...exchanges.map((exchange) => exchange.text), ...answers.map((answer) => answer.text)];
    for (const secret of revealing) {
      const found = texts.filter((text) => text.includes(secret));
      expect(found, `${secret} in an answer`).to.deep.equal([]);
    }

    // The same search finds a signed suggestion's author: it can fail.
    parts(box, 'write-another')[0]!.click();
    await box.updateComplete;
    await fillValid(box, 'Signed: more benches');
    await box.form.submit();
    await waitUntil(() => parts(box, 'status-success').length === 1, 'the signed one was not sent');
    const inbox = await raw(api, 'v1/suggestions/inbox?limit=100', { as: SECRET });
    expect(inbox.text).to.include(me.name);
  });

  it('never sends the contact address of an anonymous suggestion, even when one was typed before ticking', async () => {
    const api = await startMockApi();
    const { exchanges, fetch } = recordingFetch();
    const box = await mountBox(api, { mode: 'form', fetch });
    await fillValid(box, 'Typed, then anonymous');
    await typeInto(box, { name: 'Sam Example', contactEmail: 'sam@example.net' });
    field(box, 'anonymous')!.click();
    await box.updateComplete;
    await box.form.submit();
    await waitUntil(() => box.form.status === 'sent');
    const [post] = exchanges.filter((exchange) => exchange.method === 'POST');
    expect(post!.body).not.to.include('sam@example.net');
    expect(post!.body).not.to.include('Sam Example');
    const inbox = await raw(api, 'v1/suggestions/inbox?limit=100', { as: SECRET });
    expect(inbox.text).not.to.include('sam@example.net');
    expect(inbox.text).not.to.include('Sam Example');
  });

  it('keeps the form filled when the server fails, and sends it once on retry', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const box = await mountBox(api, { mode: 'form' });
    const client = () => (box as unknown as { client: { outbox: { pending: readonly unknown[] } } }).client;
    const title = 'Kept through a server error';
    await fillValid(box, title);
    await box.form.submit();
    await waitUntil(() => box.form.status === 'failed', 'not failed');
    await box.updateComplete;
    const alert = parts(box, 'status-error')[0]!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.include('This could not be sent because of a problem on the server. What you entered is kept');
    expect(field(box, 'title')!.value).to.equal(title);
    expect(field<HTMLTextAreaElement>(box, 'body')!.value).to.equal('Evening events, please: many of us work during the day.');
    expect(field<HTMLSelectElement>(box, 'category')!.value).to.equal('events');
    expect(client().outbox.pending, 'the form keeps it, not the outbox as well').to.deep.equal([]);
    await expectAccessible(box, 'server error');

    await api.setFaults({ failRate: 0 });
    parts(box, 'retry')[0]!.click();
    await waitUntil(() => box.form.status === 'sent', 'not sent on retry');
    expect(await arrived(api, title)).to.equal(1);
  });

  it('says clearly when the API rate-limits, and when to send again, keeping what was written', async () => {
    const api = await startMockApi();
    // The mock allows 60 writes a minute per key and address: use them up.
    for (let index = 0; index < 60; index++) await raw(api, 'v1/suggestions', { method: 'POST', body: {} });
    const box = await mountBox(api, { mode: 'form' });
    const title = 'Sent once too often';
    await fillValid(box, title);
    await box.form.submit();
    await waitUntil(() => parts(box, 'status-rate-limited').length === 1, 'no rate-limit message');
    const message = parts(box, 'status-rate-limited')[0]!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent!.trim()).to.match(
      /^Too many suggestions have been sent from here in a short time\. What you wrote is kept: please send it again in (1 minute|\d+ seconds)\./,
    );
    expect(field(box, 'title')!.value).to.equal(title);
    expect(await arrived(api, title)).to.equal(0);
    await expectAccessible(box, 'rate limited');
  });

  it('names the wait the API asks for, in the reader’s language', async () => {
    const api = await startMockApi();
    const tooMany = () =>
      Response.json({ error: { code: 'rate_limited', message: 'Slow down.' } }, { status: 429, headers: { 'retry-after': '120' } });
    const { fetch } = recordingFetch({ answer: (request) => (request.method === 'POST' ? tooMany() : undefined) });
    const box = await mountBox(api, { mode: 'form', lang: 'zh-TW', fetch });
    await fillValid(box, '太多了');
    await box.form.submit();
    await waitUntil(() => parts(box, 'status-rate-limited').length === 1, 'no rate-limit message');
    expect(parts(box, 'status-rate-limited')[0]!.querySelector('p')!.textContent).to.equal(
      '短時間內從這裡傳送的建議太多了。您寫的內容已保留，請2 分鐘後再傳送。',
    );
  });

  it('keeps a suggestion written offline and sends it exactly once when the browser is back online', async () => {
    const api = await startMockApi();
    let online = false;
    const { exchanges, fetch } = recordingFetch({ online: () => online });
    const box = await mountBox(api, { mode: 'form', fetch });
    const client = (box as unknown as { client: { outbox: { pending: readonly { id: string }[] } } }).client;
    const title = 'Written on the train';
    await fillValid(box, title);
    field(box, 'title')!.focus();
    await press('Enter');
    await waitUntil(() => box.form.status === 'offline', 'not kept offline');
    await box.updateComplete;
    const offline = parts(box, 'status-offline')[0]!;
    expect(offline.textContent).to.include('kept on this device');
    expect(said(box, 'form')).to.equal(
      'You are offline. What you sent is kept on this device and will be sent when the connection is back.',
    );
    expect(describeElement(deepActiveElement()), 'focus').to.equal(describeElement(box.shadowRoot!.getElementById('form-result')));
    const key = box.form.idempotencyKey;
    expect(client.outbox.pending.map((entry) => entry.id)).to.deep.equal([key]);
    await expectAccessible(box, 'offline');

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => box.form.status === 'sent' && client.outbox.pending.length === 0, 'not sent when back online');
    // The form and the SDK's outbox may both send it: always with the one key, so the API applies it once.
    const posts = exchanges.filter((exchange) => exchange.method === 'POST');
    expect(posts.length).to.be.greaterThan(0);
    expect(new Set(posts.map((exchange) => exchange.idempotencyKey))).to.deep.equal(new Set([key]));
    expect(await arrived(api, title)).to.equal(1);
    await box.updateComplete;
    expect(parts(box, 'status-success')[0]!.textContent).to.include('waiting for moderation');
  });
});
