/** Debian's Chromium, or the one `CHROMIUM_PATH` names: test tools cannot download their own here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for running as root in a container without a GPU, and for keeping
 * Chromium off the network it cannot reach anyway.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
