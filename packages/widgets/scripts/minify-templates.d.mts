import type { Plugin } from 'rollup';

/** `source` (the raw text of a `css` template without interpolations) minified. */
export function minifyCss(source: string): string;

/** `source` (the raw text of an `html` or `svg` template, or a part of one) without its indentation. */
export function collapseIndentation(source: string): string;

/** A rollup plugin that minifies the `css`, `html` and `svg` templates of the widgets' own modules. */
export function minifyTemplates(options?: { include?: (id: string) => boolean }): Plugin;
