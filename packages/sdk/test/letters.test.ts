import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHandler, createMemoryStore, DEMO_NOW, demoSeed } from '@ngo-kit/mock-server';
import { createAdminClient } from '@ngo-kit/sdk';
import { BASE_URL } from './support.js';

function adminOfTheDemo() {
  const data = demoSeed();
  const handle = createHandler({ store: createMemoryStore(data), now: () => new Date(DEMO_NOW), rateLimit: false });
  const requests: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.url);
    return handle(request);
  };
  return { data, requests, admin: createAdminClient({ baseUrl: BASE_URL, secretKey: 'sk_test', fetch, cache: false }) };
}

describe('admin.donors.thankYouLetters', () => {
  it('gathers one letter per donor of the period, each in the donor’s language', async () => {
    const { data, admin } = adminOfTheDemo();
    const letters = await admin.donors.thankYouLetters({ period: '2026' });
    const givers = new Set(data.donations.filter((donation) => donation.date.startsWith('2026')).map((donation) => donation.donorId));
    assert.equal(letters.length, givers.size);
    assert.deepEqual(letters.map((letter) => letter.donorId).sort(), [...givers].sort());
    for (const letter of letters) {
      const donor = data.donors.find((candidate) => candidate.id === letter.donorId);
      assert.equal(letter.locale, donor?.locale, letter.donorId);
      assert.equal(letter.period, '2026');
    }
    assert.deepEqual([...new Set(letters.map((letter) => letter.locale))].sort(), ['en', 'zh-CN', 'zh-TW']);
  });

  it('gives only one language when asked, in one request per hundred letters', async () => {
    const { admin, requests } = adminOfTheDemo();
    const chinese = await admin.donors.thankYouLetters({ period: '2026', language: 'zh-CN' });
    assert.ok(chinese.length > 0);
    assert.ok(chinese.every((letter) => letter.locale === 'zh-CN' && letter.subject === '感谢您在2026年的支持'));
    assert.deepEqual(requests, [`${BASE_URL}/v1/donors/letters?limit=100&period=2026&language=zh-CN`]);
  });

  it('refuses a language the letters are not written in before sending anything', async () => {
    const { admin, requests } = adminOfTheDemo();
    // @ts-expect-error -- French is not a language of the letters
    await assert.rejects(admin.donors.thankYouLetters({ period: '2026', language: 'fr' }));
    assert.deepEqual(requests, []);
  });
});
