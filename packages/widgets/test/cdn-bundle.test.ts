import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type * as AxeCore from 'axe-core';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.js';
import { cdnWidgets } from '../scripts/cdn-widgets.mjs';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server.js';

const bundle = fileURLToPath(new URL('../dist/cdn/ngo-kit.min.js', import.meta.url));
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe('the CDN bundle on a plain page (needs `pnpm build`)', () => {
  let demo: DemoServer;
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(bundle), `${bundle} is missing: run pnpm build first`);
    demo = await startDemoServer();
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  async function titlesOn(path: string) {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(new URL(path, demo.url).href);
    const titles = page.locator('ngo-event-list [part~="title"]');
    await titles.first().waitFor({ timeout: 10_000 });
    const texts = await titles.allTextContents();
    await page.close();
    return { titles: texts.map((text) => text.trim()), problems, requested };
  }

  it('renders the seeded events from nothing but the script tag and the element', async () => {
    const { titles, problems } = await titlesOn('minimal.html');
    assert.deepEqual(problems, []);
    const api = await fetch(new URL('v1/events?limit=10', demo.url), { headers: { authorization: 'Bearer pk_demo' } });
    const firstPage = ((await api.json()) as { items: { title: string }[] }).items.map((event) => event.title);
    assert.equal(firstPage.length, 10, 'the demo seed has more events than the default limit');
    assert.deepEqual(titles, firstPage);
    assert.ok(titles.some((title) => /\p{Script=Han}/u.test(title)), 'an event in Chinese among them');
  });

  it('serves the demo home pages in English and Chinese', async () => {
    const english = await titlesOn('index.html');
    assert.deepEqual(english.problems, []);
    assert.equal(english.titles.length, 5);

    assert.deepEqual(english.requested.filter(isLanguageChunk), [], 'an English page loads no Chinese');

    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(new URL('zh.html', demo.url).href);
    const list = page.locator('ngo-event-list [part~="list"]');
    await list.waitFor({ timeout: 10_000 });
    assert.equal(await list.getAttribute('aria-label'), '近期活动');
    // the all-in-one file's Simplified Chinese, one chunk for every widget, and no Traditional
    assert.deepEqual(requested.filter(isLanguageChunk).map((path) => path.replace(/-[\w-]{8}\.js$/, '')), ['/cdn/chunks/ngo-kit.zh-CN']);
    await page.close();
  });

  it('shows the open survey on the demo home pages, one question at a time', async () => {
    for (const [path, progress] of [['index.html', 'Question 1 of 8'], ['zh.html', '第 1 题，共 8 题']] as const) {
      const page = await browser.newPage();
      await page.goto(new URL(path, demo.url).href);
      const shown = page.locator('ngo-satisfaction-survey [part~="progress"] label');
      await shown.waitFor({ timeout: 10_000 });
      assert.equal((await shown.textContent())?.trim(), progress);
      assert.equal(await page.locator('ngo-satisfaction-survey [part~="question"]').count(), 1);
      await page.close();
    }
  });

  it('defines the survey from its own CDN file alone, and nothing else', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(new URL('survey-only.html', demo.url).href);
    const questions = page.locator('ngo-satisfaction-survey [part~="question"]');
    await questions.first().waitFor({ timeout: 10_000 });
    assert.equal(await questions.count(), 8);
    assert.deepEqual(await page.evaluate(() => ['ngo-event-list', 'ngo-provider'].map((tag) => customElements.get(tag) === undefined)), [true, true]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('is a production build with its banner and no dev-mode lit', async () => {
    const page = await browser.newPage();
    const logs: string[] = [];
    page.on('console', (message) => logs.push(message.text()));
    const response = await page.goto(new URL('cdn/ngo-kit.min.js', demo.url).href);
    const source = (await response?.text()) ?? '';
    assert.match(source, /^\/\*! ngo-kit widgets v\d+\.\d+\.\d+/);
    assert.doesNotMatch(source, /Lit is in dev mode/);
    assert.doesNotMatch(source, /new Function|\beval\(/);
    await page.close();
  });

  it('has a file per widget that defines that widget alone and shows its loaded state axe-clean, with its own page in the examples', async () => {
    for (const widget of cdnWidgets().filter((name) => name !== 'provider')) {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(new URL(`widgets/${widget}.html`, demo.url).href);
      await page.waitForFunction((tag) => customElements.get(tag), `ngo-${widget}`, { timeout: 10_000 });
      // an embedded widget comes in a chunk that loads once the page is idle
      for (const tag of EMBEDS[widget] ?? []) await page.waitForFunction((name) => customElements.get(name), tag, { timeout: 10_000 });
      const defined = await page.evaluate(
        (tags) => tags.filter((tag) => customElements.get(tag)),
        manifestTags(),
      );
      assert.deepEqual(problems, [], widget);
      assert.deepEqual(defined.sort(), [`ngo-${widget}`, ...(EMBEDS[widget] ?? [])].sort(), widget);
      assert.ok(!requested.includes('/cdn/ngo-kit.min.js'), `${widget}: the page loads only its own file`);
      assert.deepEqual(requested.filter(isLanguageChunk), [], `${widget}: an English page loads no Chinese`);
      // the minified file's stylesheets and templates at work: the loaded state, drawn and audited
      const tag = `ngo-${widget}`;
      const loaded = `[part~="${LOADED_PART[widget]}"]`;
      await page.waitForFunction(([name, part]) => document.querySelector(name!)?.shadowRoot?.querySelector(part!), [tag, loaded], { timeout: 10_000 });
      const shown = await page.evaluate(([name, part]) => {
        const root = document.querySelector(name!)!.shadowRoot!;
        const box = root.querySelector(part!)!.getBoundingClientRect();
        const sheets = root.adoptedStyleSheets;
        return {
          states: root.querySelectorAll('[part~="skeleton"], [part~="status-error"]').length,
          sized: box.width > 0 && box.height > 0,
          styled: sheets.length > 0 && sheets.every((sheet) => sheet.cssRules.length > 0),
        };
      }, [tag, loaded]);
      assert.deepEqual(shown, { states: 0, sized: true, styled: true }, widget);
      await page.addScriptTag({ path: axeScript });
      const violations = await page.evaluate(async (name) => {
        const { axe } = window as unknown as { axe: typeof AxeCore };
        // the demo page's `h1` then the widget's own heading level is the page's outline, not the widget's
        const { violations } = await axe.run(document.querySelector(name)!, { rules: { 'heading-order': { enabled: false } } });
        return violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      }, tag);
      assert.deepEqual(violations, [], widget);
      await page.close();
    }
  });
});

/** A chunk of one language's texts (`chunks/event-list.zh-CN-<hash>.js`, see rollup.config.mjs). */
function isLanguageChunk(path: string): boolean {
  return /\/chunks\/[\w.-]+\.zh-(CN|TW)-[\w-]+\.js$/.test(path);
}

/** Widgets that show another inside them, by design: its file defines both, the inner one from a chunk it loads later. */
const EMBEDS: Record<string, string[]> = {
  // the registration dialog shows <ngo-event-registration> (event-registration/registration-dialog.ts)
  'event-list': ['ngo-event-registration'],
  'event-calendar': ['ngo-event-registration'],
};

/** The part each widget's example page shows once its data has loaded. */
const LOADED_PART: Record<string, string> = {
  announcements: 'item',
  'donor-wall': 'donor',
  'event-calendar': 'chip',
  'event-list': 'item',
  'event-registration': 'form',
  'kpi-dashboard': 'card',
  'newsletter-signup': 'issue',
  'points-badge': 'balance',
  'satisfaction-survey': 'question',
  'signup-form': 'form',
  'suggestion-box': 'item',
};

function manifestTags(): string[] {
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as {
    modules: { declarations?: { tagName?: string }[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []);
}
