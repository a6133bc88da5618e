// pnpm bench: measures what users pay for, prints a table and writes JSON to
// bench/results/. With --check it exits non-zero when a budget is exceeded.
// A benchmark, not a test: nothing here runs in CI.
import { Buffer } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { surveyMountTimes } from './survey-mount.mjs';

const root = new URL('..', import.meta.url).pathname;
const cdn = join(root, 'packages/widgets/dist/cdn');
const check = process.argv.includes('--check');

/** Budgets in gzipped bytes, from the issues. */
const BUDGETS = {
  'ngo-kit.min.js': 45 * 1024,
  'sdk in ngo-kit.min.js': 12 * 1024,
  'satisfaction-survey.min.js': 20 * 1024,
};

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

const rows = readdirSync(cdn)
  .filter((name) => name.endsWith('.js'))
  .sort()
  .map((name) => row(`cdn/${name}`, sizes(join(cdn, name)), BUDGETS[name]));

// The SDK's share of the CDN bundle: the bundle, minus the same bundle built
// without the SDK, ky and zod. Each part below is measured the same way.
const tools = createRequire(join(root, 'packages/widgets/package.json'));
const load = async (name) => (await import(pathToFileURL(tools.resolve(name)).href)).default;
const rollup = (await import(pathToFileURL(tools.resolve('rollup')).href)).rollup;
const nodeResolve = await load('@rollup/plugin-node-resolve');
const terser = await load('@rollup/plugin-terser');

/** The CDN bundle of the widgets, minified, with the packages named in `external` left out. */
async function cdnBundleWithout(external) {
  const leftOut = (id) => external.some((name) => id === name || id.startsWith(`${name}/`));
  const bundle = await rollup({
    input: join(root, 'packages/widgets/dist/index.js'),
    external: leftOut,
    onwarn: () => undefined,
    plugins: [nodeResolve({ browser: true }), terser({ ecma: 2022, module: true })],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return Buffer.from(output[0].code);
}

const whole = sizesOf(await cdnBundleWithout([]));
const share = (external) => cdnBundleWithout(external).then(sizesOf);
const [withoutSdk, withoutKy, withoutZod] = await Promise.all([
  share(['@ngo-kit/sdk', 'ky', 'zod']),
  share(['ky']),
  share(['ky', 'zod']),
]);
const difference = (a, b) => ({ raw: a.raw - b.raw, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });
rows.push(
  row('sdk in ngo-kit.min.js', difference(whole, withoutSdk)),
  row('  of which ky', difference(whole, withoutKy)),
  row('  of which zod', difference(withoutKy, withoutZod)),
  row('  of which SDK code', difference(withoutZod, withoutSdk)),
);

console.log('\nBundle sizes (minified files; gzip -9, brotli 11)\n');
console.log(['file', 'raw', 'gzip', 'brotli', 'budget (gzip)'].map((h, i) => (i ? h.padStart(14) : h.padEnd(28))).join(''));
for (const row of rows) {
  const verdict = row.budget === null ? '—' : `${kb(row.budget)} ${row.withinBudget ? 'ok' : 'OVER'}`;
  console.log(
    [row.file.padEnd(28), kb(row.raw).padStart(14), kb(row.gzip).padStart(14), kb(row.brotli).padStart(14), verdict.padStart(14)].join(''),
  );
}

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

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version, load: loadavg() },
  sizes: rows,
  surveyMount: mounts,
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
const out = join(root, 'bench/results', `${result.date.slice(0, 10)}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwritten: ${out.slice(root.length)}`);

const over = [
  ...rows.filter((row) => row.withinBudget === false).map((row) => row.file),
  ...mounts.filter((mount) => !mount.withinGoal).map((mount) => `survey mount, ${mount.questions} questions`),
];
if (check && over.length > 0) {
  console.error(`\nover budget: ${over.join(', ')}`);
  process.exit(1);
}
