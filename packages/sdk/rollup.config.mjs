import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * The SDK as one ES module for pages without a bundler (the SDK-only portal
 * example, say): `import { createClient } from '.../ngo-kit-sdk.min.js'`.
 * Its input is tsc's output in dist/; it validates with the compiled validators, without zod.
 */
export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/cdn/ngo-kit-sdk.min.js',
    format: 'es',
    // one file, as it says: the outbox's sending code, which the SDK loads only when there is something to send, is inlined
    inlineDynamicImports: true,
    sourcemap: true,
    banner: `/*! @ngo-kit/sdk v${version} | MIT */`,
  },
  onwarn(warning, warn) {
    const inDependency = [warning.id, ...(warning.ids ?? [])].some((id) => id?.includes('/node_modules/'));
    if (inDependency && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
    warn(warning);
  },
  plugins: [nodeResolve({ browser: true }), terser({ format: { comments: /^!/ }, ecma: 2022, module: true })],
};
