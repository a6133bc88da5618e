/**
 * The pictures of the theming guide (docs/widgets/theming.md): widgets in the
 * light and dark themes, with custom tokens, in Chinese, and with their parts
 * outlined. Each is cropped to the widget, at a device scale of 1, and written
 * to docs/images/ (committed: they are documentation, not build output).
 *
 * Needs the CDN build (`pnpm build`); starts the demo server (the mock API with
 * its demo seed) in-process, like `pnpm start`, and drives the Chromium of
 * scripts/chromium.ts. The browser's clock is the demo clock, so the pictures
 * come out the same on every run.
 *
 * ```sh
 * pnpm build && node --import tsx --conditions=@ngo-kit/source scripts/screenshots.ts [name ...]
 * ```
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { startDemoServer } from './demo-server.js';

const root = new URL('..', import.meta.url);
const images = fileURLToPath(new URL('docs/images/', root));
const bundle = fileURLToPath(new URL('packages/widgets/dist/cdn/ngo-kit.min.js', root));

/** The mock server's demo clock (DEMO_NOW): "in 2 weeks" and the calendar's today match the seed. */
const DEMO_NOW = new Date('2026-11-23T09:00:00Z');

/** Custom tokens, as a site would set them on `:root`, and one part rule. */
const CUSTOM_THEME = `
  #shot {
    --ngo-color-primary: #a3401a;
    --ngo-color-on-primary: #ffffff;
    --ngo-color-text: #2b2118;
    --ngo-color-text-muted: #5e4d40;
    --ngo-color-heading: #7a2e10;
    --ngo-color-surface: #fffaf3;
    --ngo-color-surface-muted: #f3e6d6;
    --ngo-color-border: #c9a987;
    --ngo-color-danger: #9c1c1c;
    --ngo-color-success: #2f6b1f;
    --ngo-font-family: 'DejaVu Serif', Georgia, serif;
    --ngo-radius: 0;
    --ngo-space-m: 1em;
    --ngo-focus-ring: 3px dashed #a3401a;
  }
  #shot ngo-event-list::part(title) {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
`;

/** Colours of the outlines in the parts pictures, one per part, told apart by the legend's names too. */
const PALETTE = ['#d81b60', '#1e88e5', '#43a047', '#fb8c00', '#8e24aa', '#00897b', '#6d4c41', '#3949ab', '#c0ca33', '#e53935', '#546e7a', '#00acc1'];

interface Shot {
  /** The file name in docs/images/, without `.png`. */
  name: string;
  /** The widget's markup; `api` and `key` are added. */
  widget: string;
  /** A selector inside the widget's shadow root that shows once it has loaded. */
  ready: string;
  /** The page behind the widget. */
  page?: 'light' | 'dark';
  css?: string;
  /** Outline each part the widget rendered, with a legend of their names. */
  parts?: boolean;
  /** Runs once the widget is ready, before the picture (e.g. to focus a control). */
  prepare?: (page: Page) => Promise<void>;
}

const eventList = (attributes = '', limit = 2) => `<ngo-event-list limit="${limit}"${attributes}></ngo-event-list>`;
const newsletter = (attributes = '') => `<ngo-newsletter-signup privacy-url="#privacy"${attributes}></ngo-newsletter-signup>`;

/** Submits the empty form, so that the picture shows the field errors. */
const submitEmpty = async (page: Page) => {
  await page.locator('ngo-newsletter-signup [part~="submit"]').click();
  await page.locator('ngo-newsletter-signup [part~="field-error"]').first().waitFor();
  await page.mouse.move(0, 0);
};

export const SHOTS: Shot[] = [
  { name: 'event-list-light', widget: eventList(' theme="light"'), ready: '[part~="title"]' },
  { name: 'event-list-dark', widget: eventList(' theme="dark"'), ready: '[part~="title"]', page: 'dark' },
  { name: 'event-list-custom', widget: eventList(' theme="light"'), ready: '[part~="title"]', css: CUSTOM_THEME },
  { name: 'event-list-zh', widget: eventList(' theme="light" lang="zh-CN"'), ready: '[part~="title"]' },
  { name: 'event-list-parts', widget: eventList(' theme="light"', 1), ready: '[part~="title"]', parts: true },
  { name: 'newsletter-signup-light', widget: newsletter(' theme="light"'), ready: '[part~="submit"]' },
  {
    name: 'newsletter-signup-dark',
    widget: newsletter(' theme="dark"'),
    ready: '[part~="submit"]',
    page: 'dark',
    prepare: submitEmpty,
  },
  { name: 'newsletter-signup-custom', widget: newsletter(' theme="light"'), ready: '[part~="submit"]', css: CUSTOM_THEME, prepare: submitEmpty },
  { name: 'newsletter-signup-zh', widget: newsletter(' theme="light" lang="zh-CN"'), ready: '[part~="submit"]' },
  { name: 'newsletter-signup-parts', widget: newsletter(' theme="light"'), ready: '[part~="submit"]', parts: true, prepare: submitEmpty },
  {
    name: 'state-error',
    // an address where no API answers: the widget's error state, with its retry button
    widget: '<ngo-event-list theme="light" limit="2" api="/no-api-here/"></ngo-event-list>',
    ready: '[part~="retry"]',
  },
];

function html(shot: Shot): string {
  const dark = shot.page === 'dark';
  const widget = shot.widget.replace(/^<([a-z-]+)/, (tag) => `${tag}${/ api=/.test(shot.widget) ? '' : ' api="/"'} key="pk_demo"`);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <script type="module" src="/cdn/ngo-kit.min.js"></script>
  <style>
    html { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; background: ${dark ? '#12161d' : '#ffffff'}; color-scheme: ${dark ? 'dark' : 'light'}; }
    body { margin: 0; }
    #shot { display: flex; gap: 16px; align-items: flex-start; width: max-content; padding: 16px; background: inherit; }
    #shot > :first-child { width: 540px; flex: none; }
    #legend { white-space: nowrap; margin: 0; padding: 0; list-style: none; font: 13px/1.6 'DejaVu Sans Mono', monospace; }
    #legend span { display: inline-block; width: 0.8em; height: 0.8em; margin-inline-end: 0.4em; vertical-align: -0.05em; }
    ${shot.css ?? ''}
  </style>
</head>
<body><div id="shot">${widget}</div></body>
</html>`;
}

/** Outlines every part the widget rendered (but `base`), each in its colour, and lists them beside it. */
async function outlineParts(page: Page): Promise<string[]> {
  const names = await page.locator('#shot > :first-child').evaluate((element) => {
    const found = new Set<string>();
    for (const node of element.shadowRoot?.querySelectorAll('[part]') ?? []) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || node.closest('dialog:not([open])')) continue;
      for (const part of node.getAttribute('part')?.split(/\s+/) ?? []) if (part !== 'base') found.add(part);
    }
    return [...found];
  });
  if (names.length > PALETTE.length) throw new Error(`${names.length} parts, only ${PALETTE.length} colours: ${names.join(', ')}`);
  const tag = await page.locator('#shot > :first-child').evaluate((element) => element.localName);
  const rules = names.map((name, index) => `${tag}::part(${name}) { outline: 2px solid ${PALETTE[index]}; outline-offset: -1px; }`);
  await page.addStyleTag({ content: rules.join('\n') });
  await page.locator('#shot').evaluate(
    (shot, legend) => {
      const list = document.createElement('ul');
      list.id = 'legend';
      for (const [name, colour] of legend) {
        const item = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.style.background = colour;
        item.append(swatch, name);
        list.append(item);
      }
      shot.append(list);
    },
    names.map((name, index): [string, string] => [name, PALETTE[index] ?? 'black']),
  );
  return names;
}

async function main() {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run pnpm build first`);
  const wanted = process.argv.slice(2);
  const shots = wanted.length ? SHOTS.filter((shot) => wanted.includes(shot.name)) : SHOTS;
  if (shots.length === 0) throw new Error(`no such picture; the pictures are: ${SHOTS.map((shot) => shot.name).join(', ')}`);
  mkdirSync(images, { recursive: true });

  const demo = await startDemoServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const shot of shots) {
      const context = await browser.newContext({
        viewport: { width: 720, height: 900 },
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
        colorScheme: shot.page ?? 'light',
        locale: 'en-GB',
        timezoneId: 'Europe/London',
      });
      const page = await context.newPage();
      await page.clock.setFixedTime(DEMO_NOW);
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      const url = new URL(`__screenshots/${shot.name}.html`, demo.url).href;
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html(shot) }));
      await page.goto(url);
      await page.locator(`#shot > :first-child ${shot.ready}`).first().waitFor({ timeout: 15_000 });
      await shot.prepare?.(page);
      const parts = shot.parts ? await outlineParts(page) : [];
      await page.evaluate(() => document.fonts.ready);
      const file = `${images}${shot.name}.png`;
      await page.locator('#shot').screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      if (problems.length) throw new Error(`${shot.name}: ${problems.join('; ')}`);
      console.log(`docs/images/${shot.name}.png${parts.length ? ` (parts: ${parts.join(', ')})` : ''}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await demo.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
