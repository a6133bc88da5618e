import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * Writes `{ passed, failed, skipped, failures }` of a @web/test-runner run to a JSON file,
 * so that the test script can sum every runner into one closing line and name what failed
 * at the very end of its output, where a CI log's tail still shows it.
 * A test file that failed to load counts as one failure.
 */
export function countReporter(file) {
  let rootDir = process.cwd();
  return {
    start({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    onTestRunFinished({ sessions }) {
      if (!file) return;
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const where = `${session.browser.name}: ${relative(rootDir, session.testFile)}`;
        if (session.testResults) tally(session.testResults, counts, where, []);
        if (!session.passed && session.errors?.length) {
          counts.failed += 1;
          counts.failures.push({ where, name: '(the file itself)', error: firstLine(session.errors[0]?.message) });
        }
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}

function tally(suite, counts, where, path) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push({ where, name: [...path, test.name].join(' › '), error: firstLine(test.error?.message) });
    }
  }
  for (const child of suite.suites ?? []) tally(child, counts, where, [...path, child.name]);
}

function firstLine(message) {
  return String(message ?? 'no message').split('\n')[0].slice(0, 300);
}
