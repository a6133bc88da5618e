import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './minify-templates.mjs';

/**
 * How the CDN files are minified; `pnpm bench` minifies its bundles with the
 * same plugins, so that its figures are those of the files served.
 * `passes: 3`: terser's later passes find what the first one's inlining
 * uncovered (about 0.3 % of a widget's file, gzipped).
 */
export const terserOptions = { format: { comments: /^!/ }, ecma: 2022, module: true, compress: { passes: 3 } };

/** The rollup plugins that minify a CDN build: lit's templates (stylesheets, markup's indentation), then the JavaScript. */
export function cdnMinify() {
  return [minifyTemplates(), terser(terserOptions)];
}
