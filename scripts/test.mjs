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

/** @typedef {{ passed: number, failed: number, skipped: number, failures?: Failure[] }} Counts */
/** @typedef {{ where: string, name: string, error: string }} Failure */

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
  return {
    passed: total('pass'),
    failed: total('fail') + total('cancelled'),
    skipped: total('skipped') + total('todo'),
    failures: tapFailures(tap),
  };
}

/**
 * The failed tests of a TAP stream that have no failed subtests, with the first line of their error.
 * @returns {Failure[]}
 */
function tapFailures(tap) {
  const lines = tap.split('\n');
  const failures = [];
  lines.forEach((line, index) => {
    const match = /^(\s*)not ok \d+ - (.*)$/.exec(line);
    if (!match) return;
    // A parent's result follows its subtests' at a smaller indent: it is a leaf when the line
    // above it is not a deeper result.
    const [, indent, name] = match;
    const block = [];
    for (let next = index + 1; next < lines.length && !/^\s*(not )?ok \d+ /.test(lines[next]); next++) block.push(lines[next]);
    const location = block.map((l) => /^\s*location: '(.*)'$/.exec(l)?.[1]).find(Boolean) ?? '';
    const errorAt = block.findIndex((l) => /^\s*error: /.test(l));
    let error = errorAt < 0 ? '' : block[errorAt].replace(/^\s*error: /, '');
    // A multi-line message is a YAML block scalar: its first line comes next.
    if (/^[|>]-?$/.test(error)) error = (block[errorAt + 1] ?? '').trim();
    const isParent = index > 0 && lines.slice(0, index).reverse().find((l) => /^\s*(not )?ok \d+ /.test(l))?.match(/^\s*/)?.[0].length > indent.length;
    if (!isParent) failures.push({ where: location.replace(root, '').replace(/^\//, ''), name, error: error.slice(0, 300) });
  });
  return failures;
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
  results.push({ ...counts, name: step.name });
}

// The failed tests are named once more at the end, where a CI log's tail still shows them.
const failures = results.flatMap((result) => (result.failures ?? []).map((failure) => ({ step: result.name, ...failure })));
if (failures.length > 0) {
  console.log('\n\u001b[1mfailed\u001b[0m');
  for (const { step, where, name, error } of failures.slice(0, 30)) {
    console.log(`  ${step} · ${where} · ${name}\n    ${error}`);
  }
  if (failures.length > 30) console.log(`  and ${failures.length - 30} more`);
}

console.log('\n\u001b[1msummary\u001b[0m');
for (const { name, passed, failed, skipped } of results) {
  console.log(`  ${name.padEnd(14)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
const sum = (key) => results.reduce((total, result) => total + result[key], 0);
const skipped = sum('skipped');
console.log(`${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(sum('failed') === 0 ? 0 : 1);
