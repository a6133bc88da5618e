/**
 * Minifies the templates the widgets write for lit, for the CDN build: every
 * widget carries its styles and markup in its JavaScript, and terser leaves
 * template literals as they are (comments, indentation and all).
 *
 * In `html` and `svg` templates only indentation goes: each run of
 * whitespace that holds a line break becomes that one line break, which
 * renders the same wherever whitespace is collapsed, and also where it is not
 * (`white-space: pre-line`); no template of ours puts text in a `<pre>`, a
 * `<textarea>` or a `pre-wrap` box.
 *
 * The stylesheet minifier (`css` templates) is deliberately small and conservative: it drops comments,
 * collapses each run of whitespace to one space, drops the spaces beside
 * `{`, `}`, `;`, `,`, `>` and after `:`, the last `;` of a block and the
 * `0` of `0.5`. Quoted
 * strings and escapes are kept byte for byte; a space that may be a
 * descendant combinator (`a :hover`) or an operator's (`calc(a + b)`) stays.
 * `src/shared/minify-templates.test.ts` checks, in each browser, that every
 * stylesheet of the widgets parses to the same rules before and after.
 */

/** Characters beside which whitespace never means anything in a stylesheet. */
const TIGHT = new Set(['{', '}', ';', ',', '>']);

/**
 * `source` (the raw text of a `css` template without interpolations) minified.
 * @param {string} source
 * @returns {string}
 */
export function minifyCss(source) {
  let out = '';
  /** A run of whitespace (or a comment) was skipped and is not yet written. */
  let pendingSpace = false;
  const last = () => out[out.length - 1];
  const write = (text) => {
    const first = text[0];
    if (pendingSpace && out !== '' && !TIGHT.has(last()) && last() !== ':' && !TIGHT.has(first)) out += ' ';
    pendingSpace = false;
    // `;}`: the last declaration of a block needs no semicolon
    if (first === '}' && last() === ';') out = out.slice(0, -1);
    out += text;
  };
  for (let i = 0; i < source.length; ) {
    const char = source[i];
    if (char === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) throw new Error('minifyCss: a comment is not closed');
      i = end + 2;
      pendingSpace = true;
    } else if (/\s/.test(char)) {
      while (i < source.length && /\s/.test(source[i])) i++;
      pendingSpace = true;
    } else if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < source.length && source[end] !== char) end += source[end] === '\\' ? 2 : 1;
      if (end >= source.length) throw new Error('minifyCss: a string is not closed');
      write(source.slice(i, end + 1));
      i = end + 1;
    } else if (char === '\\') {
      // an escape, with what it escapes and, after a hex escape, the one space that ends it
      const escape = /^\\(?:[0-9a-fA-F]{1,6}\s?|[^])/.exec(source.slice(i))?.[0] ?? char;
      write(escape);
      i += escape.length;
    } else if (char === '0' && /^0\.\d/.test(source.slice(i, i + 3)) && !/[\w.-]/.test(pendingSpace ? ' ' : (last() ?? ' '))) {
      // `0.5em` is `.5em`
      i++;
    } else {
      write(char);
      i++;
    }
  }
  return out;
}

/**
 * `source` (the raw text of an `html` or `svg` template, or a part of one
 * between interpolations) without its indentation.
 * @param {string} source
 * @returns {string}
 */
export function collapseIndentation(source) {
  return source.replace(/[ \t]*\n\s*/g, '\n');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One number of a source map's `mappings`, as base-64 VLQ. */
function vlq(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let text = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value) digit |= 32;
    text += BASE64[digit];
  } while (value);
  return text;
}

/**
 * `code` with the ranges of `edits` (`[start, end, text]`, in order, not
 * overlapping) replaced, and a source map back to `code`: each line of the
 * result, and the point after each edit, maps to where it came from.
 */
function applyEdits(code, edits, id) {
  const where = (offset) => {
    const before = code.slice(0, offset);
    const line = before.split('\n').length - 1;
    return [line, offset - (before.lastIndexOf('\n') + 1)];
  };
  // pieces of the result, each with where in `code` it starts (an edit's text maps to its start)
  const pieces = [];
  let at = 0;
  for (const [start, end, text] of edits) {
    pieces.push([code.slice(at, start), at, false], [text, start, true]);
    at = end;
  }
  pieces.push([code.slice(at), at, false]);

  let result = '';
  const lines = [[]];
  let column = 0;
  for (const [text, origin, replaced] of pieces) {
    const mark = (offset) => lines[lines.length - 1].push([column, ...where(origin + offset)]);
    mark(0);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') {
        lines.push([]);
        column = 0;
        // inside an edit's text, every line maps to the edit's start
        if (i + 1 < text.length) mark(replaced ? 0 : i + 1);
      } else column++;
    }
    result += text;
  }
  let previous = [0, 0];
  const mappings = lines
    .map((segments) => {
      let previousColumn = 0;
      return segments
        .map(([generated, line, sourceColumn]) => {
          const segment = vlq(generated - previousColumn) + 'A' + vlq(line - previous[0]) + vlq(sourceColumn - previous[1]);
          previousColumn = generated;
          previous = [line, sourceColumn];
          return segment;
        })
        .join(',');
    })
    .join(';');
  return { code: result, map: { version: 3, sources: [id], sourcesContent: [code], names: [], mappings } };
}

/** How the text of each tagged template is minified, by its tag. */
const MINIFIERS = { css: minifyCss, html: collapseIndentation, svg: collapseIndentation };

/**
 * The edits that minify every template of `node` (an ESTree program) tagged
 * `css`, `html` or `svg`: each part of an `html` or `svg` template, a `css`
 * template only whole (without interpolations). In source order.
 */
function templateEdits(node, edits = []) {
  if (Array.isArray(node)) {
    for (const child of node) templateEdits(child, edits);
  } else if (node && typeof node.type === 'string') {
    const tag = node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' ? node.tag.name : undefined;
    const minify = tag && Object.hasOwn(MINIFIERS, tag) ? MINIFIERS[tag] : undefined;
    const { quasis = [] } = minify ? node.quasi : {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type' || !value || typeof value !== 'object') continue;
      if (key === 'quasi' && minify && (tag !== 'css' || quasis.length === 1)) {
        // the parts of the template, and what is interpolated between them (templates in templates), in order
        for (const [i, quasi] of quasis.entries()) {
          const text = minify(quasi.value.raw);
          if (text !== quasi.value.raw) edits.push([quasi.start, quasi.end, text]);
          if (i < value.expressions.length) templateEdits(value.expressions[i], edits);
        }
      } else templateEdits(value, edits);
    }
  }
  return edits;
}

/**
 * A rollup plugin that minifies the `css`, `html` and `svg` templates of the
 * widgets' own modules (`include`, default: anything outside `node_modules`).
 * @param {{ include?: (id: string) => boolean }} [options]
 */
export function minifyTemplates({ include = (id) => !id.includes('/node_modules/') && !id.startsWith('\0') } = {}) {
  return {
    name: 'ngo-kit-minify-templates',
    transform(code, id) {
      if (!include(id) || !/\b(?:css|html|svg)\s*`/.test(code)) return null;
      const edits = templateEdits(this.parse(code)).sort((a, b) => a[0] - b[0]);
      return edits.length === 0 ? null : applyEdits(code, edits, id);
    },
  };
}
