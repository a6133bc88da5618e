import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyData, type NewsletterIssueRecord, type StoreData } from '@ngo-kit/mock-server';
import { testServer } from './support.js';

const SUBSCRIBE = { email: 'Ada@Example.org', locale: 'en', consent: true };

interface Mail {
  kind: string;
  subject: string;
  text: string;
  token: string | null;
}

/** The e-mails sent to an address, newest first, as a demo would read them. */
async function mailTo(call: ReturnType<typeof testServer>['call'], address: string): Promise<Mail[]> {
  const answer = await call('GET', `/__mock/mail?to=${encodeURIComponent(address)}`);
  assert.equal(answer.status, 200);
  return answer.body.items;
}

describe('newsletter double opt-in', () => {
  it('subscribes, confirms by the mailed token, unsubscribes and subscribes again', async () => {
    const { call, store } = testServer();

    const subscribed = await call('POST', '/v1/newsletter/subscriptions', { body: SUBSCRIBE });
    assert.equal(subscribed.status, 201);
    assert.deepEqual(Object.keys(subscribed.body).sort(), ['createdAt', 'id', 'locale', 'status']);
    assert.equal(subscribed.body.status, 'pending');
    assert.doesNotMatch(subscribed.text, /ada@example/i);

    const [confirmation, ...earlier] = await mailTo(call, 'ada@example.org');
    assert.equal(earlier.length, 0);
    assert.equal(confirmation?.kind, 'newsletter_confirmation');
    assert.ok(confirmation.token);
    assert.ok(confirmation.text.includes(encodeURIComponent(confirmation.token)));

    const confirmed = await call('POST', '/v1/newsletter/confirm', { body: { token: confirmation.token } });
    assert.equal(confirmed.status, 200);
    assert.deepEqual(confirmed.body, { ...subscribed.body, status: 'confirmed' });

    const [welcome] = await mailTo(call, 'ada@example.org');
    assert.equal(welcome?.kind, 'newsletter_subscribed');
    assert.ok(welcome.token);

    const twice = await call('POST', '/v1/newsletter/confirm', { body: { token: confirmation.token } });
    assert.equal(twice.status, 200);
    assert.equal(twice.body.status, 'confirmed');
    assert.equal((await mailTo(call, 'ada@example.org')).length, 2);

    const unsubscribed = await call('POST', '/v1/newsletter/unsubscribe', { body: { token: welcome.token } });
    assert.equal(unsubscribed.status, 200);
    assert.deepEqual(unsubscribed.body, { ...subscribed.body, status: 'unsubscribed' });
    assert.equal((await call('POST', '/v1/newsletter/unsubscribe', { body: { token: welcome.token } })).body.status, 'unsubscribed');
    assert.equal((await call('POST', '/v1/newsletter/confirm', { body: { token: confirmation.token } })).status, 404);

    const again = await call('POST', '/v1/newsletter/subscriptions', { body: { ...SUBSCRIBE, locale: 'zh-TW' } });
    assert.equal(again.status, 201);
    assert.equal(again.body.status, 'pending');
    assert.notEqual(again.body.id, subscribed.body.id);
    const [reconfirmation] = await mailTo(call, 'ada@example.org');
    assert.equal(reconfirmation?.kind, 'newsletter_confirmation');
    assert.match(reconfirmation.subject, /請確認/);
    const reconfirmed = await call('POST', '/v1/newsletter/confirm', { body: { token: reconfirmation.token } });
    assert.equal(reconfirmed.body.status, 'confirmed');
    assert.deepEqual(
      store.read().subscriptions.map((subscription) => subscription.status),
      ['unsubscribed', 'confirmed'],
    );
  });

  it('answers a confirmed address like any other and tells only its owner', async () => {
    const { call, store } = testServer();
    await call('POST', '/v1/newsletter/subscriptions', { body: SUBSCRIBE });
    const [confirmation] = await mailTo(call, 'ada@example.org');
    await call('POST', '/v1/newsletter/confirm', { body: { token: confirmation?.token } });

    const known = await call('POST', '/v1/newsletter/subscriptions', { body: { ...SUBSCRIBE, email: 'ADA@example.org' } });
    const unknown = await call('POST', '/v1/newsletter/subscriptions', { body: { ...SUBSCRIBE, email: 'bo@example.org' } });
    assert.equal(known.status, unknown.status);
    assert.deepEqual(Object.keys(known.body).sort(), Object.keys(unknown.body).sort());
    assert.equal(known.body.status, 'pending');
    assert.equal(known.body.createdAt, unknown.body.createdAt);
    assert.match(known.body.id, /^nls_\d{6}$/);

    const [notice] = await mailTo(call, 'ada@example.org');
    assert.equal(notice?.kind, 'newsletter_subscribed');
    assert.match(notice.subject, /already subscribed/);
    const ada = store.read().subscriptions.filter((subscription) => subscription.email.toLowerCase() === 'ada@example.org');
    assert.deepEqual(ada.map((subscription) => subscription.status), ['confirmed']);
  });

  it('replaces an unconfirmed subscription when asked again', async () => {
    const { call, store } = testServer();
    await call('POST', '/v1/newsletter/subscriptions', { body: SUBSCRIBE });
    await call('POST', '/v1/newsletter/subscriptions', { body: SUBSCRIBE });
    const [second, first] = await mailTo(call, 'ada@example.org');
    assert.notEqual(second?.token, first?.token);
    assert.equal((await call('POST', '/v1/newsletter/confirm', { body: { token: first?.token } })).status, 404);
    assert.equal((await call('POST', '/v1/newsletter/confirm', { body: { token: second?.token } })).status, 200);
    assert.equal(store.read().subscriptions.length, 1);
  });

  it('refuses a subscription without consent, with a bad address or from a bot', async () => {
    const { call, store } = testServer();
    const cases: [unknown, string[]][] = [
      [{ ...SUBSCRIBE, consent: false }, ['consent']],
      [{ ...SUBSCRIBE, email: 'not-an-address' }, ['email']],
      [{ ...SUBSCRIBE, website: 'http://spam.example' }, ['website']],
      [{ ...SUBSCRIBE, locale: 'fr' }, ['locale']],
    ];
    for (const [body, fields] of cases) {
      const answer = await call('POST', '/v1/newsletter/subscriptions', { body });
      assert.equal(answer.status, 400);
      assert.deepEqual(Object.keys(answer.body.error.fieldErrors), fields);
    }
    assert.equal(store.read().subscriptions.length, 0);
    assert.equal(store.read().mail.length, 0);
  });

  it('answers 404 for unknown tokens', async () => {
    const { call } = testServer();
    assert.equal((await call('POST', '/v1/newsletter/confirm', { body: { token: 'nct_unknown' } })).status, 404);
    assert.equal((await call('POST', '/v1/newsletter/unsubscribe', { body: { token: 'nut_unknown' } })).status, 404);
    assert.equal((await call('POST', '/v1/newsletter/confirm', { body: { token: 'short' } })).status, 400);
  });

  it('needs a key', async () => {
    const { call } = testServer();
    assert.equal((await call('POST', '/v1/newsletter/subscriptions', { as: null, body: SUBSCRIBE })).status, 401);
    assert.equal((await call('POST', '/v1/newsletter/confirm', { as: null, body: { token: 'nct_whatever' } })).status, 401);
    assert.equal((await call('POST', '/v1/newsletter/unsubscribe', { as: null, body: { token: 'nut_whatever' } })).status, 401);
  });
});

describe('GET /v1/newsletter/issues', () => {
  function issue(id: string, month: string, locale: NewsletterIssueRecord['locale']): NewsletterIssueRecord {
    return {
      id,
      month,
      title: `Newsletter ${month}`,
      summary: 'What happened this month.',
      url: `https://ngo.example/newsletter/${month}`,
      publishedAt: `${month}-05T08:00:00Z`,
      locale,
    };
  }

  function fixture(): StoreData {
    const data = emptyData();
    data.newsletterIssues.push(
      issue('nli_09_en', '2026-09', 'en'),
      issue('nli_11_en', '2026-11', 'en'),
      issue('nli_10_zh', '2026-10', 'zh-CN'),
      issue('nli_10_en', '2026-10', 'en'),
      issue('nli_12_en', '2026-12', 'en'),
    );
    return data;
  }

  it('lists published issues newest first', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('GET', '/v1/newsletter/issues');
    assert.equal(answer.status, 200);
    assert.deepEqual(
      answer.body.items.map((item: { id: string }) => item.id),
      ['nli_11_en', 'nli_10_zh', 'nli_10_en', 'nli_09_en'],
    );
    assert.equal(answer.body.nextCursor, null);
  });

  it('filters by locale and pages', async () => {
    const { call } = testServer({ data: fixture() });
    const first = await call('GET', '/v1/newsletter/issues?locale=en&limit=2');
    assert.deepEqual(first.body.items.map((item: { id: string }) => item.id), ['nli_11_en', 'nli_10_en']);
    const second = await call('GET', `/v1/newsletter/issues?locale=en&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    assert.deepEqual(second.body.items.map((item: { id: string }) => item.id), ['nli_09_en']);
    assert.equal(second.body.nextCursor, null);
  });

  it('refuses bad filters', async () => {
    const { call } = testServer({ data: fixture() });
    const answer = await call('GET', '/v1/newsletter/issues?locale=de&limit=500');
    assert.equal(answer.status, 400);
    assert.deepEqual(Object.keys(answer.body.error.fieldErrors).sort(), ['limit', 'locale']);
  });

  it('needs a key', async () => {
    const { call } = testServer({ data: fixture() });
    assert.equal((await call('GET', '/v1/newsletter/issues', { as: null })).status, 401);
  });
});
