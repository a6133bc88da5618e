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

  it('shows my suggestions: loading, error with a retry, empty, then my own signed ones with status, reply and votes, a page at a time', async () => {
    const member = 'mt_demo_member';
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript((token) => sessionStorage.setItem('ngo-portal:member-token', token), member);
    const state = page.locator('#suggestions-state');
    const titles = () => page.locator('#suggestions li strong').allTextContents();

    // the first answer waits until the loading state has been seen, then fails
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/v1/me/suggestions*', async (route) => {
      await held;
      await route.fulfill({ status: 403, json: { error: { code: 'forbidden', message: 'Not today.' } } });
    });
    await page.goto(new URL('portal/', demo.url).href);
    await state.filter({ hasText: 'Loading your suggestions…' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('#suggestions').getAttribute('aria-busy'), 'true');
    release();
    await state.filter({ hasText: 'Your suggestions could not be loaded.' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('#suggestions').getAttribute('aria-busy'), 'false');
    await page.unroute('**/v1/me/suggestions*');
    await page.getByRole('button', { name: 'Try again' }).click();
    await state.filter({ hasText: 'You have not sent a suggestion while signed in yet.' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('#suggestions li').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Try again' }).isHidden(), true);

    const send = async (title: string, anonymous: boolean) =>
      (await api('v1/suggestions', member, {
        method: 'POST',
        body: JSON.stringify({ title, body: 'From the portal test.', category: 'events', anonymous }),
      })) as { id: string };
    const signed = [];
    for (const title of ['Portal idea 1', 'Portal idea 2', 'Portal idea 3', 'Portal idea 4', 'Portal idea 5', 'Portal idea 6']) {
      signed.push(await send(title, false));
    }
    await send('Portal idea sent anonymously', true);
    await api(`v1/suggestions/${signed[5]!.id}`, 'sk_demo', {
      method: 'PATCH',
      body: JSON.stringify({ hidden: false, status: 'planned', staffReply: 'We will start in spring.' }),
    });
    await api(`v1/suggestions/${signed[5]!.id}/votes`, 'pk_demo', { method: 'POST', body: JSON.stringify({ voterToken: 'portal-test-voter-0001' }) });

    await page.reload();
    await page.locator('#suggestions li').first().waitFor({ timeout: 10_000 });
    assert.deepEqual(await titles(), ['Portal idea 6', 'Portal idea 5', 'Portal idea 4', 'Portal idea 3', 'Portal idea 2']);
    const first = page.locator('#suggestions li').first();
    assert.match((await first.textContent()) ?? '', /^Portal idea 6 · Planned · 1 vote · sent .+Our reply: We will start in spring\.$/);
    assert.match((await page.locator('#suggestions li').nth(1).textContent()) ?? '', /^Portal idea 5 · Waiting for moderation · 0 votes · sent /);
    assert.equal(await state.textContent(), '');

    await page.getByRole('button', { name: 'Show more suggestions' }).click();
    await page.locator('#suggestions li', { hasText: 'Portal idea 1' }).waitFor({ timeout: 10_000 });
    assert.equal((await titles()).length, 6);
    assert.ok(!(await titles()).includes('Portal idea sent anonymously'));
    assert.equal(await page.getByRole('button', { name: 'Show more suggestions' }).isHidden(), true);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.startsWith('Portal idea 1')), true);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
