/**
 * Minifies the stylesheets the widgets write in lit's `css` tagged templates,
 * for the CDN build: every widget carries its styles in its JavaScript, and
 * terser leaves template literals as they are (comments, indentation and all).
 *
 * The minifier is deliberately small and conservative: it drops comments,
 * collapses each run of whitespace to one space, drops the spaces beside
 * `{`, `}`, `;`, `,`, `>` and after `:`, the last `;` of a block and the
 * `0` of `0.5`. Quoted
 * strings and escapes are kept byte for byte; a space that may be a
 * descendant combinator (`a :hover`) or an operator's (`calc(a + b)`) stays.
 * `test/cdn-bundle.test.ts` checks, in a browser, that every stylesheet of
 * the widgets parses to the same rules before and after.
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

/** Every `css` tagged template without interpolations in `node` (an ESTree program), in source order. */
function cssTemplates(node, found = []) {
  if (Array.isArray(node)) {
    for (const child of node) cssTemplates(child, found);
  } else if (node && typeof node.type === 'string') {
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css' && node.quasi.quasis.length === 1) {
      found.push(node.quasi.quasis[0]);
      return found;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && value && typeof value === 'object') cssTemplates(value, found);
  }
  return found;
}

/**
 * A rollup plugin that minifies the `css` templates of the widgets' own
 * modules (`include`, default: anything outside `node_modules`).
 * @param {{ include?: (id: string) => boolean }} [options]
 */
export function minifyCssTemplates({ include = (id) => !id.includes('/node_modules/') && !id.startsWith('\0') } = {}) {
  return {
    name: 'ngo-kit-minify-css',
    transform(code, id) {
      if (!include(id) || !/\bcss\s*`/.test(code)) return null;
      const templates = cssTemplates(this.parse(code));
      if (templates.length === 0) return null;
      const edits = templates.map((quasi) => [quasi.start, quasi.end, minifyCss(quasi.value.raw)]);
      return applyEdits(code, edits, id);
    },
  };
}
