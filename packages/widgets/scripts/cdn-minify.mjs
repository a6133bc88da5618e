import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './minify-templates.mjs';

/**
 * How the CDN files are minified; `pnpm bench` minifies its bundles with the
 * same plugins, so that its figures are those of the files served.
 * One compress pass: three saved about 0.4 % of the survey's file, gzipped,
 * but its mount in `pnpm bench` measured slower in three runs out of three
 * (ratio to SurveyJS 0.38 to 0.45 against 0.25 to 0.33), and the bench took
 * minutes longer.
 */
export const terserOptions = { format: { comments: /^!/ }, ecma: 2022, module: true };

/** The rollup plugins that minify a CDN build: lit's templates (stylesheets, markup's indentation), then the JavaScript. */
export function cdnMinify() {
  return [minifyTemplates(), terser(terserOptions)];
}
