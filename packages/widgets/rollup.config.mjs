import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { cdnMinify } from './scripts/cdn-minify.mjs';
import { cdnWidgets } from './scripts/cdn-widgets.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! ngo-kit widgets v${version} | MIT | lit bundled (BSD-3-Clause) */`;
const dist = fileURLToPath(new URL('./dist/', import.meta.url));

// chunk names carry hashes: each build starts from an empty dist/cdn, or chunks of older builds would linger
rmSync(`${dist}cdn`, { recursive: true, force: true });

/** Every widget's CDN file is made from this module: the widget, and `NgoKit.configure` on `window`. */
const ENTRY_PREFIX = '\0ngo-kit-cdn:';

/** The per-widget entries, as virtual modules over tsc's output in dist/. */
const perWidgetEntries = {
  name: 'ngo-kit-cdn-entries',
  resolveId: (id) => (id.startsWith(ENTRY_PREFIX) ? id : null),
  load(id) {
    if (!id.startsWith(ENTRY_PREFIX)) return null;
    const widget = id.slice(ENTRY_PREFIX.length);
    return `import ${JSON.stringify(`${dist}global.js`)};\nexport * from ${JSON.stringify(`${dist}${widget}.js`)};\n`;
  },
};

const shared = {
  onwarn(warning, warn) {
    // zod's own comments and import cycles are its authors' business, not ours
    const inDependency = [warning.id, ...(warning.ids ?? [])].some((id) => id?.includes('/node_modules/'));
    if (inDependency && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
    warn(warning);
  },
  plugins: [nodeResolve({ browser: true }), ...cdnMinify()],
};

/**
 * The CDN builds, from tsc's output in dist/, with lit, the SDK and zod
 * bundled in:
 * - `ngo-kit.min.js`: every widget in one file, for pages that show several;
 * - `<widget>.min.js` (`event-list.min.js`, `provider.min.js`, ...): one
 *   widget each, for pages that show one. What they have in common sits in
 *   `chunks/`, so a page that loads two of them downloads lit and the SDK once.
 *   What a widget imports dynamically (the registration form of the list and
 *   the calendar) is a chunk too, loaded when it may be needed.
 */
export default [
  {
    ...shared,
    input: 'dist/index.js',
    // one file, as it says: the widgets' lazily loaded parts (the registration form) are inlined
    output: { file: 'dist/cdn/ngo-kit.min.js', format: 'es', sourcemap: true, banner, inlineDynamicImports: true },
  },
  {
    ...shared,
    input: Object.fromEntries(cdnWidgets().map((widget) => [widget, `${ENTRY_PREFIX}${widget}`])),
    plugins: [perWidgetEntries, ...shared.plugins],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      banner,
      entryFileNames: '[name].min.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
];
