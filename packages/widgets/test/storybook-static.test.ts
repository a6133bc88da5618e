import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { demoSeed } from '@ngo-kit/mock-server';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.js';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server.js';

const storybook = fileURLToPath(new URL('../storybook-static', import.meta.url));

describe('the static Storybook (needs `pnpm build:docs` or the test script’s storybook step)', () => {
  let server: DemoServer;
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(storybook), `${storybook} is missing: build Storybook first`);
    server = await startDemoServer({ mounts: [['/', storybook]] });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function story(id: string) {
    const page = await browser.newPage();
    await page.goto(new URL(`iframe.html?id=${id}&viewMode=story`, server.url).href);
    return page;
  }

  it('renders the event list with data from the mock server in the page', async () => {
    const page = await story('widgets-event-list--default');
    const titles = page.locator('ngo-event-list [part~="title"]');
    await titles.first().waitFor({ timeout: 15_000 });
    const seeded = new Set(demoSeed().events.map((event) => event.title));
    const shown = (await titles.allTextContents()).map((title) => title.trim());
    assert.equal(shown.length, 5, 'the story shows as many events as its limit');
    assert.deepEqual(shown.filter((title) => !seeded.has(title)), [], 'every event shown is one of the demo seed');
    await page.close();
  });

  it('renders the failing scenario as an error with a retry button', async () => {
    const page = await story('widgets-event-list--server-error');
    const retry = page.locator('ngo-event-list [part~="retry"]');
    await retry.waitFor({ timeout: 15_000 });
    assert.equal((await retry.textContent())?.trim(), 'Try again');
    await page.close();
  });
});
