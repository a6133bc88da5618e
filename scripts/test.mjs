// Runs every check and test of the workspace and ends with one line that sums
// them all: "N passed, N failed". Each step runs even when an earlier one
// failed, so one run shows everything that is wrong.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const scratch = join(root, '.tmp', 'test');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });

const SOURCE = '--conditions=@ngo-kit/source';

/** @type {{ name: string, command: string[], env?: Record<string, string>, counts?: () => Counts }[]} */
const steps = [
  { name: 'type-check', command: ['pnpm', 'exec', 'tsc', '-p', 'tsconfig.check.json'] },
  { name: 'eslint', command: ['pnpm', 'exec', 'eslint', '.'] },
  { name: 'build', command: ['pnpm', 'build'] },
  { name: 'api docs', command: ['pnpm', 'exec', 'typedoc', '--logLevel', 'Warn'] },
  { name: 'storybook', command: ['pnpm', '--filter', '@ngo-kit/widgets', 'run', 'build-storybook'] },
  {
    name: 'node tests',
    command: [
      'node',
      SOURCE,
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${join(scratch, 'node.tap')}`,
      ...['packages', 'examples'].flatMap((dir) => findFiles(join(root, dir), (path) => /\/test\/.*\.test\.ts$/.test(path))),
    ],
    counts: () => tapCounts(join(scratch, 'node.tap')),
  },
  {
    name: 'browser tests',
    command: ['pnpm', '--filter', '@ngo-kit/widgets', 'exec', 'wtr', '--config', 'web-test-runner.config.mjs'],
    env: {
      NODE_OPTIONS: `--import tsx ${SOURCE}`,
      NGO_TEST_COUNTS: join(scratch, 'browser.json'),
    },
    counts: () => JSON.parse(readFileSync(join(scratch, 'browser.json'), 'utf8')),
  },
];

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/** Files below `dir` (outside node_modules) whose path passes `accept`, relative to the root, sorted. */
function findFiles(dir, accept) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((path) => !path.includes('/node_modules/') && accept(path))
    .map((path) => relative(root, path))
    .sort();
}

/** @returns {Promise<number>} */
function run(command, env) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** @returns {Counts} */
function tapCounts(file) {
  const tap = readFileSync(file, 'utf8');
  const total = (name) => [...tap.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].reduce((sum, m) => sum + Number(m[1]), 0);
  return { passed: total('pass'), failed: total('fail') + total('cancelled'), skipped: total('skipped') + total('todo') };
}

const results = [];
for (const step of steps) {
  console.log(`\n\u001b[1m▶ ${step.name}\u001b[0m`);
  const code = await run(step.command, step.env);
  let counts;
  if (step.counts) {
    try {
      counts = step.counts();
    } catch {
      counts = { passed: 0, failed: 0, skipped: 0 };
    }
    // A runner that crashed, or that failed without reporting a failed test, still fails.
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
  } else {
    counts = code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  }
  results.push({ name: step.name, ...counts });
}

console.log('\n\u001b[1msummary\u001b[0m');
for (const { name, passed, failed, skipped } of results) {
  console.log(`  ${name.padEnd(14)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
const sum = (key) => results.reduce((total, result) => total + result[key], 0);
const skipped = sum('skipped');
console.log(`${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(sum('failed') === 0 ? 0 : 1);
