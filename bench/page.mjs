// The page: the demo page (examples/plain-html/index.html, every widget, served
// with the CDN build by the demo server of `pnpm start`) with 200 ms added to
// every API answer by the mock's faults. Per load, in a fresh browser context
// (a first visit: empty cache, no drafts): the cumulative layout shift, the
// time until each widget shows its content, and the API requests by path.
// Medians over several loads. Needs the build (packages/*/dist).
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.ts';
import { startDemoServer } from '../scripts/demo-server.ts';
import { median } from './stats.mjs';

/** Goal of issue 10: nothing on the page moves while the widgets load. */
export const PAGE_CLS_GOAL = 0;
/** What a visitor of a laptop sees: CLS only counts the shifts in view. */
const VISITOR_VIEWPORT = { width: 1280, height: 800 };

/* global document, PerformanceObserver, performance, requestAnimationFrame, window -- they run in the page */
/**
 * Runs in the page before its own scripts. Layout shifts without recent input
 * are summed as CLS is (the page is short-lived, so one session window holds
 * them all), each with the widget its moved nodes belong to. Every frame, each
 * widget is checked for readiness (see `widgetState`); the first frame a widget
 * is ready is its time to content, from navigation start.
 */
function observePage() {
  const bench = { shifts: [], widgets: [] };
  window.__pageBench = bench;
  /** `ngo-event-list#2` for a node in a widget's shadow DOM (the outermost widget), else the node itself. */
  const owner = (node) => {
    let widget;
    for (let at = node; at; at = at.parentNode ?? at.host) {
      if (at.localName?.startsWith('ngo-')) widget = at;
    }
    if (widget) return `${widget.localName}#${[...document.querySelectorAll(widget.localName)].indexOf(widget) + 1}`;
    if (!node?.localName) return 'unknown';
    const label = node.id || node.getAttribute?.('aria-labelledby');
    return `${node.localName}${label ? `#${label}` : ''} (outside the widgets)`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      bench.shifts.push({ value: entry.value, atMs: entry.startTime, sources: (entry.sources ?? []).map((source) => owner(source.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  /** Every element with a shadow root inside `root`, and theirs: a widget's nested widgets count as its own parts. */
  const shadowRoots = (root) => [root, ...[...root.querySelectorAll('*')].filter((el) => el.shadowRoot).flatMap((el) => shadowRoots(el.shadowRoot))];
  /**
   * `ready` once the widget has rendered something besides its live region and
   * nothing in it (or in a widget it renders) is marked busy: every loading
   * placeholder of ngo-kit (`loadingView`, the calendar's grid, the suggestion
   * list) carries aria-busy="true" until its data is in. `error` when it shows
   * an error instead.
   */
  const widgetState = (widget) => {
    const root = widget.shadowRoot;
    if (!root || !root.querySelector(':not(style):not([role="status"])')) return 'empty';
    const roots = shadowRoots(root);
    if (roots.some((r) => r.querySelector('[part~="status-error"]'))) return 'error';
    return roots.some((r) => r.querySelector('[aria-busy="true"]')) ? 'loading' : 'ready';
  };
  const check = () => {
    const now = performance.now();
    for (const widget of document.querySelectorAll('*')) {
      if (!widget.localName.startsWith('ngo-')) continue;
      let record = bench.widgets.find((w) => w.element === widget);
      if (!record) {
        record = { element: widget, name: owner(widget), readyMs: null, state: 'empty', heights: [] };
        bench.widgets.push(record);
      }
      record.state = widgetState(widget);
      // its height, each time it changes: a widget that grows or shrinks after its first paint moves what follows it
      const height = Math.round(widget.getBoundingClientRect().height);
      if (record.heights.at(-1)?.[1] !== height) record.heights.push([Math.round(now), height, record.state]);
      if (record.state === 'ready' && record.readyMs === null) record.readyMs = now;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** One load of the page: waits until every widget is ready (or `timeoutMs`), then `settleMs` more for late shifts. */
async function loadOnce(browser, url, { viewport, timeoutMs = 30_000, settleMs = 1_000 }) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.addInitScript(observePage);
    const requests = [];
    page.on('request', (request) => {
      const { pathname, search } = new URL(request.url());
      if (pathname.startsWith('/v1/')) requests.push({ method: request.method(), path: pathname, query: search });
    });
    await page.goto(url, { waitUntil: 'load' });
    const allReady = () => {
      const widgets = window.__pageBench.widgets;
      return widgets.length > 0 && widgets.every((w) => w.state === 'ready' || w.state === 'error');
    };
    const finished = await page.waitForFunction(allReady, null, { timeout: timeoutMs }).then(() => true, () => false);
    await page.waitForTimeout(settleMs);
    const seen = await page.evaluate(() => ({
      shifts: window.__pageBench.shifts,
      widgets: window.__pageBench.widgets.map(({ name, readyMs, state, heights }) => ({ name, readyMs, state, heights })),
      height: document.documentElement.scrollHeight,
    }));
    return { ...seen, finished, requests };
  } finally {
    await context.close();
  }
}

/**
 * The page benchmark: `loads` loads with a viewport as tall as the whole page,
 * so that a shift anywhere on it counts (a stricter CLS than a visitor's
 * window, which only sees the shifts in view).
 */
export async function pageBenchmark({ loads = 5, latencyMs = 200 } = {}) {
  const demo = await startDemoServer({ port: 0, faults: { latencyMs } });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const url = `${demo.url}index.html`;
    // A first load to learn the page's height (and warm the server's code), not counted.
    const first = await loadOnce(browser, url, { viewport: { width: 1280, height: 800 } });
    const viewport = { width: 1280, height: Math.max(800, first.height + 200) };
    const runs = [];
    const visitorRuns = [];
    // the Chinese page, a visitor's window: its texts wrap differently, and so do its placeholders
    const chineseRuns = [];
    // alternating, so that the machine's load falls on all alike
    for (let load = 0; load < loads; load += 1) {
      runs.push(await loadOnce(browser, url, { viewport }));
      visitorRuns.push(await loadOnce(browser, url, { viewport: VISITOR_VIEWPORT }));
      chineseRuns.push(await loadOnce(browser, `${demo.url}zh.html`, { viewport: VISITOR_VIEWPORT }));
    }
    const visitorCls = visitorRuns.map((run) => run.shifts.reduce((sum, shift) => sum + shift.value, 0));
    const chineseVisitorCls = chineseRuns.map((run) => run.shifts.reduce((sum, shift) => sum + shift.value, 0));

    const cls = runs.map((run) => run.shifts.reduce((sum, shift) => sum + shift.value, 0));
    const allReadyMs = runs.map((run) => (run.finished ? Math.max(...run.widgets.map((w) => w.readyMs ?? Infinity)) : Infinity));
    const widgets = runs[0].widgets.map(({ name }) => {
      const times = runs.map((run) => run.widgets.find((w) => w.name === name)?.readyMs ?? Infinity);
      const states = [...new Set(runs.map((run) => run.widgets.find((w) => w.name === name)?.state ?? 'missing'))];
      // from the placeholder's height (the first one after none) to the last, in the first load
      const heights = runs[0].widgets.find((w) => w.name === name)?.heights.map(([, height]) => height).filter((height) => height > 0) ?? [];
      const heightChange = heights.length > 1 && heights[0] !== heights.at(-1) ? [heights[0], heights.at(-1)] : null;
      return { name, readyMs: median(times), states, heightChange };
    });
    /**
     * Each shift, split between the widgets whose height changed in the same frame (within
     * 100 ms: an approximation): a widget that grows or shrinks moves what follows it.
     * `definition`: a widget's first height, when its script defined it (from nothing to its placeholder).
     */
    const shiftsAfter = {};
    for (const run of runs) {
      for (const shift of run.shifts) {
        const causes = new Set();
        for (const widget of run.widgets) {
          widget.heights.forEach(([at], i) => {
            if (i > 0 && Math.abs(at - shift.atMs) < 100) causes.add(widget.heights[i - 1][1] === 0 ? 'definition' : widget.name);
          });
        }
        if (causes.size === 0) causes.add('unattributed');
        for (const cause of causes) shiftsAfter[cause] = (shiftsAfter[cause] ?? 0) + shift.value / causes.size / runs.length;
      }
    }
    /** Which nodes moved (the widget they are in, or the page's section), mean per load. */
    const shiftsBy = {};
    for (const run of runs) {
      for (const shift of run.shifts) {
        for (const source of new Set(shift.sources)) shiftsBy[source] = (shiftsBy[source] ?? 0) + shift.value / runs.length;
      }
    }
    /** API requests of one load, by method and path, and those asked for twice with the same query. */
    const byPath = {};
    const byUrl = {};
    for (const { method, path, query } of runs[0].requests) {
      byPath[`${method} ${path}`] = (byPath[`${method} ${path}`] ?? 0) + 1;
      byUrl[`${method} ${path}${query}`] = (byUrl[`${method} ${path}${query}`] ?? 0) + 1;
    }
    const duplicates = Object.fromEntries(Object.entries(byUrl).filter(([, count]) => count > 1));
    return {
      loads,
      latencyMs,
      viewport,
      cls: median(cls),
      clsPerLoad: cls,
      clsGoal: PAGE_CLS_GOAL,
      clsMet: median(cls) <= PAGE_CLS_GOAL && Math.max(...cls) <= PAGE_CLS_GOAL,
      visitorViewport: VISITOR_VIEWPORT,
      visitorCls: median(visitorCls),
      visitorClsPerLoad: visitorCls,
      chineseVisitorCls: median(chineseVisitorCls),
      chineseVisitorClsPerLoad: chineseVisitorCls,
      shiftsAfter,
      movedNodes: shiftsBy,
      allReadyMs: median(allReadyMs),
      allReadyPerLoad: allReadyMs,
      widgets,
      apiRequests: median(runs.map((run) => run.requests.length)),
      apiRequestsPerLoad: runs.map((run) => run.requests.length),
      byPath,
      duplicates,
    };
  } finally {
    await browser.close();
    await demo.close();
  }
}
