// pnpm bench: measures what users pay for, prints a table and writes JSON to
// bench/results/. With --check it exits non-zero when a budget is exceeded.
// A benchmark, not a test: nothing here runs in CI.
import { Buffer } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SERVER_GOAL } from './server/throughput.mjs';
import { surveyMountTimes } from './survey-mount.mjs';

const root = new URL('..', import.meta.url).pathname;
const cdn = join(root, 'packages/widgets/dist/cdn');
const check = process.argv.includes('--check');
/** `--only <section>` (repeatable) runs only those sections. */
const SECTIONS = ['sizes', 'sdk', 'server', 'survey', 'render', 'page'];
const only = process.argv.flatMap((arg, i, args) => (arg === '--only' ? [args[i + 1]] : arg.startsWith('--only=') ? [arg.slice('--only='.length)] : []));
for (const name of only) {
  if (!SECTIONS.includes(name)) throw new Error(`--only ${name}: no such section (${SECTIONS.join(', ')})`);
}
const wants = (section) => only.length === 0 || only.includes(section);
const loadAtStart = loadavg();
console.log(`${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadAtStart.map((value) => value.toFixed(2)).join(' ')}`);
/** The figures of the sections that ran, written to bench/results/. */
const figures = {};

/** Budgets in gzipped bytes, from the issues. */
const BUDGETS = {
  // the file a page names and every file it imports before it runs (its language chunks are dynamic: not counted)
  'cdn/ngo-kit.min.js with its static imports': 45 * 1024,
  // a widget's budget holds what the page loads before the widget is usable, not the parts it loads later
  'event-calendar alone (initial)': 22 * 1024,
  'satisfaction-survey alone (initial)': 20 * 1024,
};
/** The SDK's share (its code and zod) of a widget's file. */
const SDK_BUDGET = 12 * 1024;

function sizes(file) {
  return sizesOf(readFileSync(file));
}

function sizesOf(raw) {
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const row = (file, measured, budget = BUDGETS[file]) => ({
  file,
  ...measured,
  budget: budget ?? null,
  withinBudget: budget ? measured.gzip <= budget : null,
});

if (wants('sizes')) {
  // The files as they are served: the all-in-one file, one per widget, and the chunks they share.
  const served = (dir, prefix = '') =>
    readdirSync(join(cdn, dir))
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => row(`cdn/${prefix}${name}`, sizes(join(cdn, dir, name))));
  const rows = [...served('.'), ...served('chunks', 'chunks/')];

  /**
   * The CDN file `name` and every file it imports statically, each once, as the browser fetches them before
   * the file runs: the sum of each file's own size (each is compressed on its own on the wire).
   */
  const withStaticImports = (name) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      // rollup's output: `import{a as b}from"./chunks/x.js"` and `import"./chunks/y.js"`, never `import(` (dynamic)
      for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), specifier));
    };
    visit(join(cdn, name));
    return [...seen].map(sizes).reduce((sum, each) => ({ raw: sum.raw + each.raw, gzip: sum.gzip + each.gzip, brotli: sum.brotli + each.brotli }));
  };
  rows.push(row('cdn/ngo-kit.min.js with its static imports', withStaticImports('ngo-kit.min.js')));

  // Each widget alone, as one file (its CDN file with the chunks it loads, in one piece), and
  // the SDK's share of it: the file, minus the same file built without the SDK and zod.
  const tools = createRequire(join(root, 'packages/widgets/package.json'));
  const load = async (name) => (await import(pathToFileURL(tools.resolve(name)).href)).default;
  const rollup = (await import(pathToFileURL(tools.resolve('rollup')).href)).rollup;
  const nodeResolve = await load('@rollup/plugin-node-resolve');
  // minified as the CDN files are (their stylesheets too), so that the figures are those of the files served
  const { cdnMinify } = await import(pathToFileURL(join(root, 'packages/widgets/scripts/cdn-minify.mjs')).href);
  const { cdnWidgets } = await import(pathToFileURL(join(root, 'packages/widgets/scripts/cdn-widgets.mjs')).href);

  /** Leaves what a widget imports dynamically (loads later, e.g. the registration form) out of its bundle. */
  const lazyLeftOut = { name: 'lazy-left-out', resolveDynamicImport: (specifier) => ({ id: `lazy:${specifier}`, external: true }) };

  /**
   * `entry` of the widgets' dist/ bundled into one minified file, with the packages named in `external` left out,
   * and with its dynamic imports unless `initialOnly`.
   */
  async function bundleWithout(entry, external, initialOnly = false) {
    const leftOut = (id) => external.some((name) => id === name || id.startsWith(`${name}/`));
    const bundle = await rollup({
      input: join(root, 'packages/widgets/dist', entry),
      external: leftOut,
      onwarn: () => undefined,
      plugins: [...(initialOnly ? [lazyLeftOut] : []), nodeResolve({ browser: true }), ...cdnMinify()],
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    await bundle.close();
    return Buffer.from(output[0].code);
  }

  const difference = (a, b) => ({ raw: a.raw - b.raw, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });

  /**
   * The rows of one bundle: its size, and the SDK's share (the SDK's code and zod, should zod ever reach a widget
   * again: test/tree-shaking.test.ts in the SDK keeps it out today, so the share is not split between the two).
   */
  async function withSdkShare(name, entry) {
    const [whole, withoutSdk] = await Promise.all([[], ['@ngo-kit/sdk', 'zod']].map((external) => bundleWithout(entry, external).then(sizesOf)));
    return [row(name, whole), row(`${name} › SDK share`, difference(whole, withoutSdk), SDK_BUDGET)];
  }

  // "initial": the widget's file with its static imports, what the page loads before the widget is usable;
  // "total": with what it may load later too. The SDK's share is that of the total.
  for (const widget of cdnWidgets().filter((name) => name !== 'provider')) {
    rows.push(row(`${widget} alone (initial)`, sizesOf(await bundleWithout(`${widget}.js`, [], true))));
    rows.push(...(await withSdkShare(`${widget} alone (total)`, `${widget}.js`)));
  }
  rows.push(...(await withSdkShare('all widgets', 'index.js')));

  // The peers, bundled and minified the same way (bench/peers/), with the stylesheets their docs load:
  // our widgets carry their styles in their JavaScript, so the peers' CSS counts too.
  const { bundlePeers } = await import('./render/peers.mjs');
  const peers = await bundlePeers();
  const PEER_ROWS = { 'fullcalendar-month': 'peer: FullCalendar month view', 'survey-rating': 'peer: SurveyJS, one rating question' };
  for (const [name, label] of Object.entries(PEER_ROWS)) {
    rows.push(row(`${label} (JS)`, sizesOf(peers[name].js), null), row(`${label} (JS + CSS)`, sizesOf(Buffer.concat([peers[name].js, peers[name].css])), null));
  }

  console.log('\nBundle sizes (minified files; gzip -9, brotli 11)\n');
  console.log(['file', 'raw', 'gzip', 'brotli', 'budget (gzip)'].map((h, i) => (i ? h.padStart(14) : h.padEnd(40))).join(''));
  for (const row of rows) {
    const verdict = row.budget === null ? '—' : `${kb(row.budget)} ${row.withinBudget ? 'ok' : 'OVER'}`;
    console.log(
      [row.file.padEnd(40), kb(row.raw).padStart(14), kb(row.gzip).padStart(14), kb(row.brotli).padStart(14), verdict.padStart(14)].join(''),
    );
  }
  figures.sizes = rows;
}

if (wants('sdk')) {
  const { sdkParse } = await import('./sdk-parse.mjs');
  const parsing = await sdkParse();
  console.log('\nSDK: parsing one page of events with the response validator, and with the zod schema it is compiled from (median of 15 runs, JSON.parse included)\n');
  console.log(['via', 'events', 'JSON', 'median', 'per event'].map((h, i) => (i > 1 ? h.padStart(14) : h.padEnd(i ? 10 : 30))).join(''));
  for (const row of parsing) {
    console.log(
      [row.via.padEnd(30), String(row.events).padEnd(10), kb(row.bytes).padStart(14), `${row.medianMs.toFixed(1)} ms`.padStart(14), `${row.perEventUs.toFixed(1)} µs`.padStart(14)].join(''),
    );
  }
  figures.sdkParse = parsing;
}

if (wants('server')) {
  const { serverThroughput } = await import('./server/throughput.mjs');
  const throughput = await serverThroughput();
  console.log('\nMock server: autocannon, 50 connections, 10 s on 127.0.0.1 (goal on the list: 5,000 req/s, p99 <= 20 ms)\n');
  console.log(['endpoint', 'req/s', 'p50', 'p99', 'errors'].map((h, i) => (i ? h.padStart(10) : h.padEnd(28))).join(''));
  for (const row of throughput) {
    console.log(
      [row.endpoint.padEnd(28), String(row.requestsPerSecond).padStart(10), `${row.p50Ms} ms`.padStart(10), `${row.p99Ms} ms`.padStart(10), String(row.errors).padStart(10)].join(''),
    );
  }
  figures.serverThroughput = throughput;
}

if (wants('survey')) {
  const mounts = await surveyMountTimes();
  console.log('\nSurvey mount time against SurveyJS (headless Chromium; median of 15 mounts after a first one)\n');
  const widths = [10, 14, 14, 26, 8, 14];
  console.log(['questions', 'ngo-kit', 'SurveyJS', 'first mounts', 'ratio', 'goal'].map((h, i) => (i ? h.padStart(widths[i]) : h.padEnd(widths[i]))).join(''));
  const ms = (value) => `${value.toFixed(1)} ms`;
  for (const mount of mounts) {
    const verdict = `≤ ${mount.goal.toFixed(2)} ${mount.withinGoal ? 'ok' : 'OVER'}`;
    const first = `${ms(mount.ngoMs.first)} / ${ms(mount.surveyjsMs.first)}`;
    const cells = [String(mount.questions), ms(mount.ngoMs.median), ms(mount.surveyjsMs.median), first, mount.ratio.toFixed(2), verdict];
    console.log(cells.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(''));
  }
  figures.surveyMount = mounts;
}

if (wants('render')) {
  const { renderBenchmarks } = await import('./render/render.mjs');
  const renderLoad = { before: loadavg() };
  const render = await renderBenchmarks();
  renderLoad.after = loadavg();
  const millis = (value) => (value === null ? '—' : `${value.toFixed(1)} ms`);
  const loads = (values) => values.map((value) => value.toFixed(2)).join(' ');
  console.log('\nRender in headless Chromium: mount until content is laid out (median of 9 runs after 3 warm-ups)');
  console.log(`load average ${loads(renderLoad.before)} before, ${loads(renderLoad.after)} after\n`);
  console.log(['widget', 'case', 'ours', 'plain list', 'peer', 'ratio', 'goal'].map((h, i) => (i > 1 ? h.padStart(i === 6 ? 17 : 12) : h.padEnd(i ? 26 : 22))).join(''));
  for (const r of render) {
    const ratio = r.ratio === null ? '—' : `${r.ratio.toFixed(2)}`;
    const goal = r.goal === null ? '' : `${r.goal} ${r.goalMet === null ? '' : r.goalMet ? 'met' : 'not met'}`;
    console.log(
      [r.section.padEnd(22), r.case.padEnd(26), millis(r.oursMs).padStart(12), millis(r.calibrationMs).padStart(12), millis(r.peerMs).padStart(12), ratio.padStart(12), goal.padStart(17)].join('') +
        (r.note ? `  ${r.note}` : `  (${r.ratioMeans})`),
    );
  }
  figures.render = render;
  figures.renderLoad = renderLoad;
}

/** Milliseconds, or — for none (a widget that never showed its content). */
const duration = (value) => (value === null || !Number.isFinite(value) ? '—' : `${value.toFixed(1)} ms`);
if (wants('page')) {
  const { pageBenchmark } = await import('./page.mjs');
  const page = await pageBenchmark();
  const widgets = page.widgets.length;
  console.log(`\nThe page: the demo page (${widgets} widgets), ${page.latencyMs} ms added to every API answer; median of ${page.loads} loads, each a first visit\n`);
  const cls = (values) => values.map((value) => value.toFixed(3)).join(' ');
  console.log(`cumulative layout shift, whole page in view   ${page.cls.toFixed(3)}  (goal ${page.clsGoal}; per load: ${cls(page.clsPerLoad)})`);
  console.log(`cumulative layout shift, 1280×800 window      ${page.visitorCls.toFixed(3)}  (per load: ${cls(page.visitorClsPerLoad)})`);
  console.log(`the same, the Chinese page (zh.html)          ${page.chineseVisitorCls.toFixed(3)}  (per load: ${cls(page.chineseVisitorClsPerLoad)})`);
  console.log(`every widget shows content                    ${duration(page.allReadyMs)}  (from navigation start)`);
  console.log(`API requests                                  ${page.apiRequests}  (${Object.keys(page.duplicates).length} asked twice)`);
  console.log(`\n${'widget'.padEnd(28)}${'content at'.padStart(12)}${'height: placeholder → content'.padStart(32)}   layout shift it causes`);
  for (const widget of page.widgets) {
    const moves = widget.heightChange ? `${widget.heightChange[0]} → ${widget.heightChange[1]} px` : 'same';
    const caused = page.shiftsAfter[widget.name];
    console.log(`${widget.name.padEnd(28)}${duration(widget.readyMs).padStart(12)}${moves.padStart(32)}   ${caused === undefined ? '' : caused.toFixed(3)}${widget.states.join() === 'ready' ? '' : `  (${widget.states.join(', ')})`}`);
  }
  console.log(`${'(the widgets defined: 0 → placeholder)'.padEnd(72)}   ${(page.shiftsAfter.definition ?? 0).toFixed(3)}`);
  if (page.shiftsAfter.unattributed) console.log(`${'(no widget changed height in that frame)'.padEnd(72)}   ${page.shiftsAfter.unattributed.toFixed(3)}`);
  console.log(`\nAPI requests of one load, by path: ${Object.entries(page.byPath).map(([path, count]) => `${path} ×${count}`).join(', ')}`);
  figures.page = page;
}

// Every budget and goal of issues 6, 7 and 10: met, not met, or not measured (a section that ran
// without giving the figure, e.g. a widget not built yet); goals of sections left out with --only: not run.
const verdicts = [];
const verdict = (section, goal, target, measured) =>
  verdicts.push({
    section,
    goal,
    target,
    figure: measured?.figure ?? '—',
    status: !wants(section) ? 'not run' : !measured ? 'not measured' : measured.met ? 'met' : 'not met',
  });
const sizeRow = (file) => figures.sizes?.find((row) => row.file === file);
const withinBudget = (row) => row && { figure: kb(row.gzip), met: row.withinBudget };
verdict('sizes', 'all widgets: cdn/ngo-kit.min.js with its static imports, gzip', `≤ ${kb(BUDGETS['cdn/ngo-kit.min.js with its static imports'])}`, withinBudget(sizeRow('cdn/ngo-kit.min.js with its static imports')));
verdict('sizes', 'the calendar alone, initial, gzip', `≤ ${kb(BUDGETS['event-calendar alone (initial)'])}`, withinBudget(sizeRow('event-calendar alone (initial)')));
verdict('sizes', 'the survey alone, initial, gzip', `≤ ${kb(BUDGETS['satisfaction-survey alone (initial)'])}`, withinBudget(sizeRow('satisfaction-survey alone (initial)')));
const sdkShares = (figures.sizes ?? []).filter((row) => row.file.endsWith('› SDK share')).sort((a, b) => b.gzip - a.gzip);
verdict('sizes', "the SDK's share, gzip (largest of any file)", `≤ ${kb(SDK_BUDGET)}`, sdkShares[0] && {
  figure: `${kb(sdkShares[0].gzip)} (${sdkShares[0].file.replace(' › SDK share', '')})`,
  met: sdkShares.every((row) => row.withinBudget),
});
const calendarGoals = (figures.render ?? []).filter((row) => row.section === 'event-calendar' && row.goal !== null);
if (calendarGoals.length === 0) verdict('render', 'calendar vs FullCalendar, 500 events (FullCalendar / ours)', '≥ 2.5', undefined);
for (const row of calendarGoals) {
  verdict('render', `calendar vs FullCalendar, ${row.case} (FullCalendar / ours)`, row.goal, row.ratio !== null && row.goalMet !== null && {
    figure: `${row.ratio.toFixed(2)}`,
    met: row.goalMet,
  });
}
const surveyAt10 = figures.surveyMount?.find((mount) => mount.questions === 10);
verdict('survey', 'survey mount, 10 questions (ours / SurveyJS)', `≤ ${(1 / 3).toFixed(2)}`, surveyAt10 && { figure: surveyAt10.ratio.toFixed(2), met: surveyAt10.withinGoal });
verdict('page', 'the page: cumulative layout shift (whole page, median)', `${figures.page?.clsGoal ?? 0}`, figures.page && {
  figure: figures.page.cls.toFixed(3),
  met: figures.page.clsMet,
});
const list = figures.serverThroughput?.[0];
verdict('server', 'mock server, list at 50 connections: req/s', `≥ ${SERVER_GOAL.requestsPerSecond}`, list && {
  figure: String(list.requestsPerSecond),
  met: list.requestsPerSecond >= SERVER_GOAL.requestsPerSecond && list.errors === 0,
});
verdict('server', 'mock server, list at 50 connections: p99', `≤ ${SERVER_GOAL.p99Ms} ms`, list && { figure: `${list.p99Ms} ms`, met: list.p99Ms <= SERVER_GOAL.p99Ms });

const load = loadavg();
console.log(`\nGoals of issues 6, 7 and 10 (load average now ${load.map((value) => value.toFixed(2)).join(' ')} on ${cpus().length} CPUs)\n`);
console.log(`${'goal'.padEnd(66)}${'figure'.padStart(28)}${'goal'.padStart(10)}   verdict`);
for (const row of verdicts) console.log(`${row.goal.padEnd(66)}${row.figure.padStart(28)}${row.target.padStart(10)}   ${row.status}`);

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version, loadAtStart, loadAtEnd: load },
  ...figures,
  verdicts,
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
// a partial run (--only) gets a file of its own, so that it never overwrites a whole run's figures
const out = join(root, 'bench/results', `${result.date.slice(0, 10)}${only.length ? `-${only.join('-')}` : ''}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwritten: ${out.slice(root.length)}`);

const failed = verdicts.filter((row) => row.status === 'not met' || row.status === 'not measured');
if (check && failed.length > 0) {
  console.error(`\n--check: ${failed.length} goal(s) not met or not measured: ${failed.map((row) => row.goal).join('; ')}`);
  process.exit(1);
}
