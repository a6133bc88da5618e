import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.js';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server.js';

describe('the SDK-only member portal (needs pnpm build)', () => {
  let demo: DemoServer;
  let browser: Browser;

  before(async () => {
    demo = await startDemoServer();
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  async function api(path: string, token: string, init: RequestInit = {}) {
    const response = await fetch(new URL(path, demo.url), {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    });
    return response.json() as Promise<Record<string, unknown>>;
  }

  it('signs in with the mailed code, shows the member’s points and registrations, and redeems a reward once', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(new URL('portal/', demo.url).href);

    await page.getByLabel('Your e-mail address').fill('not an address');
    await page.getByRole('button', { name: 'E-mail me a sign-in code' }).click();
    assert.equal(await page.locator('#email-error').textContent(), 'Enter your e-mail address, such as name@example.org.');
    assert.equal(await page.getByLabel('Your e-mail address').getAttribute('aria-invalid'), 'true');

    await page.getByLabel('Your e-mail address').fill('lena.fischer@example.org');
    await page.getByRole('button', { name: 'E-mail me a sign-in code' }).click();
    await page.locator('#demo-mail', { hasText: 'sign-in code' }).waitFor({ timeout: 10_000 });
    const mail = (await page.locator('#demo-mail').textContent()) ?? '';
    const code = /code within 30 minutes: (\S+)/.exec(mail)?.[1];
    assert.ok(code, mail);
    await page.getByLabel('The code from the e-mail').fill(code);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#welcome', { hasText: 'Lena Fischer' }).waitFor({ timeout: 10_000 });

    const token = (await page.evaluate(() => sessionStorage.getItem('ngo-portal:member-token'))) ?? '';
    assert.ok(token?.startsWith('mt_'));
    const before = (await api('v1/me/points', token)) as { balance: number };
    assert.match((await page.locator('#balance').textContent()) ?? '', new RegExp(`^${before.balance.toLocaleString('en')} points`));
    const registrations = (await api('v1/me/registrations?limit=20', token)) as { items: unknown[] };
    assert.equal(await page.locator('#registrations li').count(), Math.max(1, registrations.items.length));

    const rewards = (await api('v1/rewards?limit=20', token)) as { items: { id: string; title: string; cost: number; stock: number | null }[] };
    const affordable = rewards.items.find((reward) => reward.cost <= before.balance && reward.stock !== 0);
    assert.ok(affordable, 'Lena can afford a reward in the demo data');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Redeem ${affordable.title}` }).click();
    await page.locator('#status', { hasText: `Redeemed: ${affordable.title}` }).waitFor({ timeout: 10_000 });
    const afterwards = (await api('v1/me/points', token)) as { balance: number };
    assert.equal(afterwards.balance, before.balance - affordable.cost);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
