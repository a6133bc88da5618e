import type { Plugin } from 'rollup';

/** `source` (the raw text of a `css` template without interpolations) minified. */
export function minifyCss(source: string): string;

/** A rollup plugin that minifies the `css` templates of the widgets' own modules. */
export function minifyCssTemplates(options?: { include?: (id: string) => boolean }): Plugin;
