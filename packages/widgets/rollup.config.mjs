import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! ngo-kit widgets v${version} | MIT | lit bundled (BSD-3-Clause) */`;

/**
 * The CDN build: one file that defines every widget, with lit, the SDK and zod
 * bundled in. Its input is tsc's output in dist/.
 */
export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/cdn/ngo-kit.min.js',
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
};
