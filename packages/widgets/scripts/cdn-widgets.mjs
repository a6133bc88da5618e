import { readFileSync } from 'node:fs';

/**
 * The entries that get a CDN file of their own: every `./<name>.js` of the
 * package's `exports` map (each widget, and the provider). Adding a widget to
 * the exports map is all it takes; the bench measures the same list.
 *
 * @returns {string[]} e.g. `['event-list', 'provider']`
 */
export function cdnWidgets() {
  const { exports } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return Object.keys(exports)
    .map((subpath) => /^\.\/([a-z-]+)\.js$/.exec(subpath)?.[1])
    .filter((name) => name !== undefined)
    .sort();
}
