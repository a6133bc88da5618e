import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! ngo-kit widgets v${version} | MIT | lit bundled (BSD-3-Clause) */`;

/** Widgets that also get a CDN file of their own, for a page that embeds only that one. */
const ONE_WIDGET_FILES = ['satisfaction-survey'];

/**
 * The CDN build: one file that defines every widget, and one file per widget
 * of {@link ONE_WIDGET_FILES}, each with lit, the SDK, ky and zod bundled in.
 * Its input is tsc's output in dist/.
 */
export default [['index', 'ngo-kit'], ...ONE_WIDGET_FILES.map((name) => [name, name])].map(([entry, file]) => ({
  input: `dist/${entry}.js`,
  output: {
    file: `dist/cdn/${file}.min.js`,
    format: 'es',
    sourcemap: true,
    banner,
  },
  onwarn(warning, warn) {
    // zod's own comments and import cycles are its authors' business, not ours
    const inDependency = [warning.id, ...(warning.ids ?? [])].some((id) => id?.includes('/node_modules/'));
    if (inDependency && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
    warn(warning);
  },
  plugins: [
    nodeResolve({ browser: true }),
    terser({ format: { comments: /^!/ }, ecma: 2022, module: true }),
  ],
}));
