import { expect } from '@open-wc/testing';
import { CSSResult, LitElement } from 'lit';
import { collapseIndentation, minifyCss } from '../../scripts/minify-templates.mjs';
import * as widgets from '../index.js';

/**
 * The rules the browser reads from `text`, as it writes them back. A custom
 * property, or a value with `var()`, keeps its text as written, token for
 * token: `var(--a, 0.5em)` and `var(--a,.5em)` mean the same wherever they are
 * used, so values are compared without spaces after commas and with `.5` for `0.5`.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  const customValue = (value: string) => value.trim().replace(/,\s+/g, ',').replace(/(^|[^\w.-])0\./g, '$1.');
  return [...sheet.cssRules].map((rule) =>
    rule.cssText.replace(/([\w-]+:)([^;{}]*);/g, (_, name: string, value: string) => `${name} ${customValue(value)};`),
  );
}

/** Every stylesheet of every widget `index.ts` exports (and defines, which finalizes its styles), each once. */
function widgetStylesheets(): string[] {
  const texts = new Set<string>();
  for (const exported of Object.values(widgets)) {
    if (typeof exported !== 'function' || !(exported.prototype instanceof LitElement)) continue;
    for (const style of (exported as typeof LitElement).elementStyles) {
      if (style instanceof CSSResult) texts.add(style.cssText);
    }
  }
  return [...texts];
}

// The CDN build minifies the widgets' templates with scripts/minify-templates.mjs (test/cdn-bundle.test.ts shows each
// minified widget file at work); here each browser says that every stylesheet means, minified, exactly what it did.
describe('collapseIndentation, as the CDN build minifies html templates', () => {
  it('keeps one line break of each run of whitespace that has one, and every other space', () => {
    expect(collapseIndentation('\n    <p part="a"\n       class="b">\n      {x}  and  <b>y</b> \t\n\n    </p>\n  ')).to.equal(
      '\n<p part="a"\nclass="b">\n{x}  and  <b>y</b>\n</p>\n',
    );
  });
});

describe('minifyCss, as the CDN build minifies stylesheets', () => {
  it('drops comments and the whitespace that means nothing, and keeps what means something', () => {
    const source = `
      /* a comment */
      :host([paging='one']) .box > .item ,  .other :hover {
        margin: 0 0 0.25em;
        width: calc(100% - 2 * var(--_gap, 0.5em));
        font-family: "Noto Sans", sans-serif !important;
      }
      .mark::after { content: ' !  0.5'; }
      @media (max-width: 30em) {
        .scale { --_columns: 6; }
      }
      .\\31 0 x { color: red; }
    `;
    expect(minifyCss(source)).to.equal(
      ":host([paging='one']) .box>.item,.other :hover{margin:0 0 .25em;width:calc(100% - 2 * var(--_gap,.5em));" +
        'font-family:"Noto Sans",sans-serif !important}' +
        ".mark::after{content:' !  0.5'}" +
        '@media (max-width:30em){.scale{--_columns:6}}' +
        '.\\31 0 x{color:red}',
    );
  });

  it('refuses a stylesheet it cannot read to the end, rather than guess', () => {
    expect(() => minifyCss('a { content: "open }')).to.throw('minifyCss: a string is not closed');
    expect(() => minifyCss('a { b: c } /* open')).to.throw('minifyCss: a comment is not closed');
  });

  it('leaves every stylesheet of the widgets with the same rules, and shorter', () => {
    const sheets = widgetStylesheets();
    // the platform's, the states', the forms', the dialogs' and at least one of each of the eleven widgets
    expect(sheets.length).to.be.greaterThan(15);
    for (const text of sheets) {
      const minified = minifyCss(text);
      expect(rules(minified)).to.deep.equal(rules(text), text.slice(0, 80));
      expect(minified.length).to.be.lessThan(text.length * 0.9, text.slice(0, 80));
    }
  });
});
