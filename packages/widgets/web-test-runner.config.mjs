import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { mockApiHarness } from '../../scripts/wtr/mock-api-harness.ts';
import { strictCspHarness } from '../../scripts/wtr/strict-csp.ts';
import { countReporter } from '../../scripts/wtr/count-reporter.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';
import { firefoxPath } from '../../scripts/firefox.ts';
const mockApi = mockApiHarness();
const strictCsp = strictCspHarness();

export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: [fileURLToPath(new URL('src/**/*.test.ts', import.meta.url))],
  nodeResolve: { exportConditions: ['@ngo-kit/source', 'browser', 'development'] },
  middleware: [mockApi.middleware, strictCsp.middleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), mockApi.plugin, strictCsp.plugin],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
    // Passing puppeteer itself makes the launcher name the browser "Firefox" in reports. One test
    // file at a time: Firefox slows the timers of a background tab, and the tests poll with timers.
    ...(firefoxPath
      ? [
          chromeLauncher({
            puppeteer: puppeteerCore,
            concurrency: 1,
            launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
          }),
        ]
      : []),
  ],
  concurrency: 2,
  // Widget tests that load through the mock API, open dialogs and run axe take seconds on two busy cores, and
  // a tight limit only makes them flaky: no test asserts a time. Each wait may take 20 s (test-support/wait.ts).
  testFramework: { config: { timeout: 60_000 } },
  reporters: [defaultReporter(), countReporter(process.env.NGO_TEST_COUNTS)],
};
