import { existsSync } from 'node:fs';

/**
 * Firefox for the widgets' browser tests, driven by puppeteer over WebDriver
 * BiDi through @web/test-runner-chrome's launcher: `FIREFOX_PATH`, else
 * Debian's `firefox-esr`, else `firefox`. `undefined` when there is none
 * (the tests then run in Chromium only) or when `NGO_BROWSERS=chromium`.
 */
export const firefoxPath: string | undefined =
  process.env.NGO_BROWSERS === 'chromium'
    ? undefined
    : [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
        (path): path is string => !!path && existsSync(path),
      );
