/**
 * Measures the height of each widget's loading placeholder on the demo pages
 * (examples/plain-html/index.html and zh.html) and prints the rules that
 * reserve it in examples/plain-html/styles.css, between the markers
 * `placeholder heights: start` and `end` (with `--write`, it replaces them).
 *
 * A widget's placeholder is what it shows until its data is in; the page
 * reserves that height on the element before the widgets' script has defined
 * it, so that defining it moves nothing. The heights depend on the widgets'
 * styles and texts, so measure again after changing either.
 *
 * Needs the CDN build (`pnpm build`); starts the demo server in-process with
 * API answers held back, so every widget stays in its loading state.
 *
 * ```sh
 * pnpm build && node --import tsx --conditions=@ngo-kit/source scripts/placeholder-heights.ts [--write]
 * ```
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { startDemoServer } from './demo-server.js';

const styles = fileURLToPath(new URL('../examples/plain-html/styles.css', import.meta.url));

/** The page's column is 60rem wide from a 60rem window up: the reservation applies there only. */
const VIEWPORT = { width: 1280, height: 800 };

/** The pages and the language each reserves for: `:root:lang(...)` selects it. */
const PAGES = [
  { file: 'index.html', lang: 'en' },
  { file: 'zh.html', lang: 'zh' },
] as const;

/** One widget element's rule: its tag, the attribute that changes its size, and its height. */
interface Reservation {
  selector: string;
  height: number;
}

/** Each widget's placeholder height on `url`, once every widget shows it; the first element of each kind counts. */
async function measure(browser: Browser, url: string): Promise<Reservation[]> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    // answers never come: each widget keeps its loading placeholder
    await page.route('**/v1/**', () => undefined);
    await page.goto(url);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('ngo-') && element.localName !== 'ngo-provider')
        .every((element) => customElements.get(element.localName) !== undefined && element.shadowRoot?.querySelector(':not(style)')),
    );
    // fonts and the placeholders' own layout settle within a couple of frames
    await page.waitForTimeout(500);
    return await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const element of document.querySelectorAll('*')) {
        if (!element.localName.startsWith('ngo-') || element.localName === 'ngo-provider') continue;
        const variant = element.getAttribute('variant');
        const selector =
          element.localName === 'ngo-points-badge'
            ? `ngo-points-badge${variant === 'compact' ? "[variant='compact']" : ":not([variant='compact'])"}`
            : element.localName;
        if (!seen.has(selector)) seen.set(selector, Math.round(element.getBoundingClientRect().height * 100) / 100);
      }
      return [...seen].map(([selector, height]) => ({ selector, height }));
    });
  } finally {
    await page.close();
  }
}

/**
 * The block of styles.css for every page's reservations: a height the same in every language once,
 * the others under `:root:lang(...)`.
 */
function rules(measured: { lang: string; reservations: Reservation[] }[]): string {
  const heights = new Map<string, Map<string, number>>();
  for (const { lang, reservations } of measured) {
    for (const { selector, height } of reservations) heights.set(selector, (heights.get(selector) ?? new Map()).set(lang, height));
  }
  const everywhere = (byLang: Map<string, number>) => byLang.size === measured.length && new Set(byLang.values()).size === 1;
  // not defined yet, or defined and waiting for its language's texts (NgoElement): no content either way
  const waiting = ':is(:not(:defined), :state(loading-texts))';
  const rule = (indent: string, selector: string, height: number) => `${indent}${selector}${waiting} { min-height: ${height}px; }`;
  const tags = [...new Set([...heights.keys()].map((selector) => selector.replace(/[[:].*$/, '')))];
  const lines = ['@media (min-width: 60rem) {', `  :is(${tags.join(', ')})${waiting} {`, '    display: block;', '  }'];
  for (const [selector, byLang] of heights) {
    const [height] = byLang.values();
    if (everywhere(byLang) && height !== undefined) lines.push(rule('  ', selector, height));
  }
  for (const { lang } of measured) {
    const own = [...heights].flatMap(([selector, byLang]) => {
      const height = byLang.get(lang);
      return everywhere(byLang) || height === undefined ? [] : [rule('    ', selector, height)];
    });
    if (own.length > 0) lines.push(`  :root:lang(${lang}) {`, ...own, '  }');
  }
  lines.push('}');
  return lines.join('\n');
}

const START = '/* placeholder heights: start (scripts/placeholder-heights.ts writes this block) */';
const END = '/* placeholder heights: end */';

const demo = await startDemoServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
try {
  const measured = [];
  for (const { file, lang } of PAGES) measured.push({ lang, reservations: await measure(browser, `${demo.url}${file}`) });
  const block = `${START}\n${rules(measured)}\n${END}`;
  if (process.argv.includes('--write')) {
    const css = readFileSync(styles, 'utf8');
    const from = css.indexOf(START);
    const to = css.indexOf(END);
    if (from < 0 || to < from) throw new Error(`${styles} has no block between "${START}" and "${END}"`);
    writeFileSync(styles, css.slice(0, from) + block + css.slice(to + END.length));
    console.log(`wrote ${styles}`);
  } else {
    console.log(block);
  }
} finally {
  await browser.close();
  await demo.close();
}
