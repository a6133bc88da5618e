import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.js';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server.js';

/**
 * The React wrappers in a real browser: test/fixtures/react-app.ts, bundled
 * with React by esbuild from the sources (no `pnpm build` needed), on a page
 * of the demo server's origin, whose mock API serves the demo seed.
 */
describe('@ngo-kit/widgets/react in Chromium', () => {
  let demo: DemoServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    const [bundled, server] = await Promise.all([
      build({
        entryPoints: [fileURLToPath(new URL('fixtures/react-app.ts', import.meta.url))],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        conditions: ['@ngo-kit/source'],
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      }),
      // no files: the page and its script are given by the routes below, the API is the server's
      startDemoServer({ mounts: [] }),
    ]);
    demo = server;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const html = '<!doctype html><html lang="en"><meta charset="utf-8"><div id="app"></div><script type="module" src="/react-app.js"></script>';
    await page.route(new URL('react.html', demo.url).href, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.route(new URL('react-app.js', demo.url).href, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: bundled.outputFiles[0]!.text }),
    );
    await page.goto(new URL('react.html', demo.url).href);
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('renders the widgets, with the HTML attributes React gives them', async () => {
    const list = page.locator('ngo-event-list');
    await list.locator('[part~="title"]').first().waitFor({ timeout: 15_000 });
    assert.deepEqual(await list.evaluate((element) => [element.id, element.className]), ['events', 'events']);
    assert.equal(await page.locator('ngo-event-calendar#calendar').count(), 1);
    assert.deepEqual(problems, []);
  });

  it('passes props as element properties: a number, a language, a Date', async () => {
    const list = page.locator('ngo-event-list');
    // limit={3}: three of the seed's upcoming events, not the default ten
    assert.equal(await list.locator('[part~="title"]').count(), 3);
    assert.deepEqual(await list.evaluate((element) => [(element as HTMLElement & { limit: number }).limit, element.getAttribute('limit')]), [3, null]);
    // lang="zh-CN": the widget speaks Chinese
    assert.equal(await list.locator('[part~="list"]').getAttribute('aria-label'), '近期活动');
    // now={new Date(...)}: the calendar opens on the demo clock's month
    const heading = page.locator('ngo-event-calendar [part~="heading"]');
    await heading.waitFor({ timeout: 15_000 });
    assert.equal((await heading.textContent())?.trim(), 'November 2026');
  });

  it('calls the onNgoMonthChange handler with the typed event', async () => {
    assert.deepEqual(await page.evaluate(() => window.reactEvents), []);
    await page.locator('ngo-event-calendar [part~="next"]').click();
    await page.locator('#month').filter({ hasText: '2026-12' }).waitFor({ timeout: 15_000 });
    assert.deepEqual(await page.evaluate(() => window.reactEvents), ['ngo-month-change 2026-12']);
    assert.equal((await page.locator('ngo-event-calendar [part~="heading"]').textContent())?.trim(), 'December 2026');
    assert.deepEqual(problems, []);
  });
});
