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

/** The tag a language module's file name stands for (`messages.zh-hans.ts` holds zh-CN). */
const LANGUAGE_TAGS = { 'zh-hans': 'zh-CN', 'zh-hant': 'zh-TW' };
const SHARED_TEXTS = /\/i18n\/(zh-hans|zh-hant)\.js$/;
const WIDGET_TEXTS = /\/([a-z-]+)\/([a-z-]+)\.(zh-hans|zh-hant)\.js$/;

/**
 * The chunk of a module that holds one language's texts, named after what it
 * holds: `texts.zh-CN` (the shared texts), `event-list.zh-CN`,
 * `event-registration-dialog.zh-TW`; in the all-in-one file, one chunk per
 * language for every widget (`ngo-kit.zh-CN`), since it defines them all.
 * Other modules: `undefined`, rollup's own choice.
 *
 * @param {string} id
 * @param {boolean} allInOne
 */
function languageChunk(id, allInOne) {
  const shared = SHARED_TEXTS.exec(id);
  const own = WIDGET_TEXTS.exec(id);
  const script = shared?.[1] ?? own?.[3];
  if (!script) return undefined;
  const tag = LANGUAGE_TAGS[script];
  if (allInOne) return `ngo-kit.${tag}`;
  if (shared) return `texts.${tag}`;
  const [, folder, file] = own;
  return `${folder}${file === 'messages' ? '' : `-${file.replace(/-messages$/, '')}`}.${tag}`;
}

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
 * - `ngo-kit.min.js`: every widget in one file, for pages that show several
 *   (in English: the Chinese texts are a chunk per language, loaded by a page that speaks it);
 * - `<widget>.min.js` (`event-list.min.js`, `provider.min.js`, ...): one
 *   widget each, for pages that show one. What they have in common sits in
 *   `chunks/`, so a page that loads two of them downloads lit and the SDK once.
 *   What a widget imports dynamically (the registration form of the list and
 *   the calendar, each Chinese table) is a chunk too, loaded when it may be needed.
 */
export default [
  {
    ...shared,
    input: 'dist/index.js',
    // one script tag: what it loads later (a language's texts) comes from chunks/ beside it, relative to its own URL
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      banner,
      entryFileNames: 'ngo-kit.min.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: (id) => languageChunk(id, true),
    },
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
      manualChunks: (id) => languageChunk(id, false),
    },
  },
];
