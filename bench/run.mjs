// pnpm bench: measures what users pay for, prints a table and writes JSON to
// bench/results/. With --check it exits non-zero when a budget is exceeded.
// A benchmark, not a test: nothing here runs in CI.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const cdn = join(root, 'packages/widgets/dist/cdn');
const check = process.argv.includes('--check');

/** Budgets in gzipped bytes, from the issues. */
const BUDGETS = {
  'ngo-kit.min.js': 45 * 1024,
};

function sizes(file) {
  const raw = readFileSync(file);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = readdirSync(cdn)
  .filter((name) => name.endsWith('.js'))
  .sort()
  .map((name) => {
    const measured = sizes(join(cdn, name));
    const budget = BUDGETS[name];
    return { file: `cdn/${name}`, ...measured, budget: budget ?? null, withinBudget: budget ? measured.gzip <= budget : null };
  });

console.log('\nBundle sizes (minified files; gzip -9, brotli 11)\n');
console.log(['file', 'raw', 'gzip', 'brotli', 'budget (gzip)'].map((h, i) => (i ? h.padStart(14) : h.padEnd(28))).join(''));
for (const row of rows) {
  const verdict = row.budget === null ? '—' : `${kb(row.budget)} ${row.withinBudget ? 'ok' : 'OVER'}`;
  console.log(
    [row.file.padEnd(28), kb(row.raw).padStart(14), kb(row.gzip).padStart(14), kb(row.brotli).padStart(14), verdict.padStart(14)].join(''),
  );
}

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
  sizes: rows,
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
const out = join(root, 'bench/results', `${result.date.slice(0, 10)}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwritten: ${out.slice(root.length)}`);

const over = rows.filter((row) => row.withinBudget === false);
if (check && over.length > 0) {
  console.error(`\nover budget: ${over.map((row) => row.file).join(', ')}`);
  process.exit(1);
}
