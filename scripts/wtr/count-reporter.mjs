import { writeFileSync } from 'node:fs';

/**
 * Writes `{ passed, failed, skipped }` of a @web/test-runner run to a JSON file,
 * so that the test script can sum every runner into one closing line.
 * A test file that failed to load counts as one failure.
 */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      if (!file) return;
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) tally(session.testResults, counts);
        if (!session.passed && session.errors?.length) counts.failed += 1;
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}

function tally(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) tally(child, counts);
}
