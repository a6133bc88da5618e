import { expect } from '@open-wc/testing';
import { afterImageErrors, HOSTILE_HTML, PWNED, sanitisedProblems } from '../test-support/hostile-html.js';
import { MAX_DEPTH, safeHref, sanitizeHtml } from './sanitize.js';
import { waitUntil } from '../test-support/wait.js';

const HINT = '(opens in a new tab)';

/** The sanitised markup, serialised only to read it in an assertion. */
function clean(html: string, options: Parameters<typeof sanitizeHtml>[1] = {}): string {
  const box = document.createElement('div');
  box.append(sanitizeHtml(html, options));
  return box.innerHTML;
}

/** The sanitised nodes of `html`, on the page, in a box of their own. */
function shown(html: string): HTMLDivElement {
  const box = document.createElement('div');
  box.className = 'sanitised';
  box.append(sanitizeHtml(html, { newTabHint: HINT }));
  document.body.append(box);
  return box;
}

const page = (path: string) => new URL(path, document.baseURI).href;

describe('sanitizeHtml', () => {
  afterEach(() => {
    window[PWNED] = undefined;
    document.querySelectorAll('body > .sanitised').forEach((box) => box.remove());
  });

  it('keeps what a staff editor writes: paragraphs, emphasis, lists, quotes, code, links', () => {
    const html =
      '<p>Hello <strong>all</strong>, <b>b</b> <em>e</em> <i>i</i> <u>u</u> <s>s</s><br>next</p>' +
      '<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol>' +
      '<blockquote><p>quoted</p></blockquote><pre><code>x &lt; y</code></pre><hr>' +
      '<p><a href="https://ngo.example/suggestions">box</a> or <a href="mailto:hello@ngo.example">mail</a></p>';
    expect(clean(html)).to.equal(
      '<p>Hello <strong>all</strong>, <b>b</b> <em>e</em> <i>i</i> <u>u</u> <s>s</s><br>next</p>' +
        '<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol>' +
        '<blockquote><p>quoted</p></blockquote><pre><code>x &lt; y</code></pre><hr>' +
        '<p><a href="https://ngo.example/suggestions" rel="noopener noreferrer">box</a> or ' +
        '<a href="mailto:hello@ngo.example" rel="noopener noreferrer">mail</a></p>',
    );
  });

  it('puts headings below the notice’s own title', () => {
    expect(clean('<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h6>e</h6>')).to.equal(
      '<h4>a</h4><h4>b</h4><h4>c</h4><h5>d</h5><h5>e</h5>',
    );
  });

  it('keeps the text of elements it does not allow, and the allowed elements inside them', () => {
    expect(clean('<section><article><p>in <font color="red">red</font></p></article></section><table><tr><td>cell</td></tr></table>')).to.equal(
      '<p>in red</p>cell',
    );
    expect(clean('<form><label>Name <input name="n"></label><button>Send</button><select><option>A</option></select></form>')).to.equal(
      'Name SendA',
    );
  });

  it('drops the content of scripts, styles, templates, embedded documents, SVG and MathML', () => {
    expect(
      clean(
        '<p>a</p><script>x()</script><style>p{}</style><template><p>t</p></template><iframe>i</iframe>' +
          '<object>o</object><noscript><p>n</p></noscript><title>t</title><svg><text>s</text></svg>' +
          '<math><mi>m</mi></math><p>b</p>',
      ),
    ).to.equal('<p>a</p><p>b</p>');
  });

  it('keeps no attribute but lang, ol start and a safe link’s href', () => {
    expect(
      clean(
        '<p lang="zh-CN" class="c" id="i" style="color:red" onclick="x()" title="t" dir="rtl">中文</p>' +
          '<p lang="en&quot; onclick=&quot;x()">bad lang</p><ol start="1; x" reversed><li>a</li></ol>',
      ),
    ).to.equal('<p lang="zh-CN">中文</p><p>bad lang</p><ol><li>a</li></ol>');
  });

  it('makes relative links absolute against the page, and ignores a <base> in the markup', () => {
    expect(clean('<base href="https://evil.example/"><a href="/events/7">event</a> <a href="?p=2">next</a>')).to.equal(
      `<a href="${page('/events/7')}" rel="noopener noreferrer">event</a> <a href="${page('?p=2')}" rel="noopener noreferrer">next</a>`,
    );
  });

  it('opens a link in a new tab only for target="_blank", and says so to screen readers', () => {
    expect(clean('<a href="https://a.example/" target="_blank">a</a>', { newTabHint: HINT })).to.equal(
      `<a href="https://a.example/" rel="noopener noreferrer" target="_blank">a<span class="visually-hidden"> ${HINT}</span></a>`,
    );
    expect(clean('<a href="https://a.example/" target="_blank">a</a>')).to.equal(
      '<a href="https://a.example/" rel="noopener noreferrer">a</a>',
    );
    for (const target of ['_top', '_parent', '_self', 'named-frame']) {
      expect(clean(`<a href="https://a.example/" target="${target}">a</a>`, { newTabHint: HINT })).to.equal(
        '<a href="https://a.example/" rel="noopener noreferrer">a</a>',
      );
    }
  });

  it('never nests a link in a link', () => {
    const box = document.createElement('div');
    box.append(sanitizeHtml('<p><a href="https://a.example/">out<span><a href="https://b.example/">in</a></span></a></p>'));
    for (const link of box.querySelectorAll('a')) expect(link.querySelector('a')).to.equal(null);
  });

  it('turns links to anything but http, https and mailto into their text, however they are disguised', () => {
    const disguised = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'JaVaScRiPt:alert(1)',
      '   javascript:alert(1)',
      '\njavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\u200Bscript:alert(1)',
      '\uFEFFjavascript:alert(1)',
      '\u00A0javascript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      '&#0000106;avascript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'file:///etc/passwd',
      'blob:https://a.example/1',
      'livescript:alert(1)',
      'ftp://a.example/',
      'http://[not a host',
      '',
      '   ',
    ];
    for (const href of disguised) {
      const html = `<p><a href="${href.replaceAll('"', '&quot;')}">link</a></p>`;
      expect(clean(html), JSON.stringify(href)).to.equal('<p>link</p>');
    }
    // the HTML parser makes a NUL U+FFFD, which no scheme may hold: these are paths on the page's own site
    for (const href of ['\u0000javascript:alert(1)', 'javascript\u0000:alert(1)']) {
      const link = shown(`<a href="${href}">link</a>`).querySelector('a');
      expect(link?.href.startsWith(page('/')), JSON.stringify(href)).to.equal(true);
    }
  });

  it('decides links by what the browser would resolve them to', () => {
    expect(safeHref(' https://a.example/x ', 'https://ngo.example/')).to.equal('https://a.example/x');
    expect(safeHref('//cdn.example/x', 'https://ngo.example/')).to.equal('https://cdn.example/x');
    expect(safeHref('/\\evil.example', 'https://ngo.example/')).to.equal('https://evil.example/');
    expect(safeHref('java\tscript:x', 'https://ngo.example/')).to.equal(undefined);
    expect(safeHref('javascript:x', 'https://ngo.example/')).to.equal(undefined);
    expect(safeHref('events/1', 'https://ngo.example/news/')).to.equal('https://ngo.example/news/events/1');
    expect(safeHref('mailto:a@ngo.example', 'https://ngo.example/')).to.equal('mailto:a@ngo.example');
    expect(safeHref('relative', 'about:blank')).to.equal(undefined);
  });

  it('shows markup written as text as text', () => {
    const box = shown('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;</p>');
    expect(box.querySelector('img, script')).to.equal(null);
    expect(box.textContent).to.equal('<img src=x onerror=alert(1)> & <script>');
  });

  it('builds its nodes in the document given, and none of them before', () => {
    const other = document.implementation.createHTMLDocument('other');
    const fragment = sanitizeHtml('<p>a <a href="https://a.example/">b</a></p>', { document: other });
    expect(fragment.ownerDocument).to.equal(other);
    expect(fragment.querySelector('a')!.ownerDocument).to.equal(other);
    expect(sanitizeHtml('<p>a</p>').ownerDocument).to.equal(document);
  });

  it('takes control and direction-override characters out of text', () => {
    expect(clean('<p>invoice_\u202Efdp.exe \u2067x\u2069 \u202Ay\u202C a\u0007b\tc</p>')).to.equal(
      '<p>invoice_fdp.exe x y ab\tc</p>',
    );
    // right-to-left text needs no controls and keeps its letters and marks
    expect(clean('<p lang="ar">مرحبا\u200F بالعالم</p>')).to.equal('<p lang="ar">مرحبا\u200F بالعالم</p>');
    expect(clean('<p>👩\u200D👩\u200D👧</p>')).to.equal('<p>👩\u200D👩\u200D👧</p>');
  });

  it('copes with a very long word and very deep nesting', () => {
    const long = 'W'.repeat(100_000);
    expect(clean(`<p>${long}</p>`)).to.equal(`<p>${long}</p>`);

    const box = document.createElement('div');
    box.append(sanitizeHtml(`${'<i>'.repeat(5_000)}deep${'</i>'.repeat(5_000)}`));
    expect(box.textContent).to.equal('deep');
    let depth = 0;
    for (let element = box.firstElementChild; element; element = element.firstElementChild) depth++;
    expect(depth).to.equal(MAX_DEPTH);
  });

  it('leaves every payload of the hostile corpus inert', async () => {
    for (const { name, html } of HOSTILE_HTML) {
      const box = shown(html);
      expect(sanitisedProblems(box), name).to.deep.equal([]);
    }
    await afterImageErrors();
    expect(window[PWNED], 'a payload ran').to.equal(undefined);
  });

  it('would have been attacked by the corpus without the sanitiser, so the test above can fail', async () => {
    const unsafe = document.createElement('div');
    unsafe.classList.add('sanitised');
    document.body.append(unsafe);
    unsafe.innerHTML = HOSTILE_HTML.find(({ name }) => name === 'img onerror')!.html;
    // A busy browser may fire the image's error event late: wait for it rather than for a fixed moment.
    await waitUntil(() => window[PWNED] !== undefined, 'the unsanitised payload never ran');
    expect(window[PWNED]).to.equal('img-onerror');
    expect(sanitisedProblems(unsafe)).to.include('<img> built');
  });

  it('keeps the text a reader should see from the corpus', () => {
    const text = (payload: string) => {
      const box = document.createElement('div');
      box.append(sanitizeHtml(HOSTILE_HTML.find(({ name }) => name === payload)!.html));
      return box.textContent;
    };
    expect(text('script element')).to.equal('beforeafter');
    expect(text('handlers and style on allowed elements')).to.equal('hover me');
    expect(text('link with srcdoc and handlers')).to.equal('extras');
    expect(text('style nesting')).to.equal('visible');
    expect(text('escaped markup stays text')).to.equal(`<script>window.${PWNED}='escaped'</script>`);
    expect(text('right-to-left override')).to.equal('invoice_fdp.exe and isolate and embed');
  });
});
