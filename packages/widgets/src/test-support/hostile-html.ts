/**
 * Rich text written to attack whoever shows it, for the sanitiser's tests,
 * the announcements' tests and the hostile-announcement story. Every payload
 * that runs sets `window[PWNED]` to its own name, so a test that finds the
 * flag unset knows none of them ran.
 */

/** The window property a payload sets when it runs. */
export const PWNED = '__ngoPwned';

declare global {
  interface Window {
    [PWNED]?: string;
  }
}

const run = (name: string) => `window.${PWNED}='${name}'`;

export interface HostilePayload {
  /** What the payload tries. */
  name: string;
  html: string;
}

/**
 * The payloads, one per notice: some swallow what follows them (an unclosed
 * `<textarea>`, `<plaintext>`), so each must be parsed on its own.
 */
export const HOSTILE_HTML: readonly HostilePayload[] = [
  { name: 'script element', html: `<p>before</p><script>${run('script')}</script><p>after</p>` },
  { name: 'img onerror', html: `<img src=x onerror="${run('img-onerror')}">` },
  { name: 'entity-encoded handler', html: `<img src="x" onerror="&#119;indow.${PWNED}=&#39;entity-handler&#39;">` },
  { name: 'handlers and style on allowed elements', html: `<p onclick="${run('onclick')}" onmouseover="${run('onmouseover')}" style="position:fixed;inset:0" class="x" id="clobber">hover me</p>` },
  { name: 'javascript: link', html: `<a href="javascript:${run('js-href')}">plain</a>` },
  { name: 'uppercase scheme', html: `<a href="JAVASCRIPT:${run('js-upper')}">upper</a>` },
  { name: 'leading spaces', html: `<a href="   javascript:${run('js-spaces')}">spaces</a>` },
  { name: 'tab inside the scheme', html: `<a href="java\tscript:${run('js-tab')}">tab</a>` },
  { name: 'encoded tab and newline', html: `<a href="java&#x09;scr&#10;ipt:${run('js-encoded-tab')}">encoded tab</a>` },
  { name: 'decimal entities', html: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${run('js-entities')}">entities</a>` },
  { name: 'padded entities and &colon;', html: `<a href="&#x0006A;avascript&colon;${run('js-colon')}">colon</a>` },
  { name: 'control character first', html: `<a href="\u0001javascript:${run('js-control')}">control</a>` },
  { name: 'zero-width space inside', html: `<a href="java\u200Bscript:${run('js-zwsp')}">zero width</a>` },
  { name: 'vbscript: link', html: '<a href="vbscript:msgbox(1)">vbscript</a>' },
  { name: 'data: HTML link', html: `<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19uZ29Qd25lZD0nZGF0YSc8L3NjcmlwdD4=">data</a>` },
  { name: 'data: SVG link', html: `<a href="data:image/svg+xml,<svg onload=&quot;${run('data-svg')}&quot;>">svg data</a>` },
  { name: 'link with srcdoc and handlers', html: `<a href="https://ok.example/" srcdoc="<script>${run('srcdoc')}</script>" onclick="${run('link-click')}" target="_top" ping="https://track.example/">extras</a>` },
  { name: 'svg script', html: `<svg><script>${run('svg-script')}</script></svg><p>after svg</p>` },
  { name: 'svg onload', html: `<svg onload="${run('svg-onload')}"><circle r="5"/></svg>` },
  { name: 'svg animate', html: `<svg><a><animate attributeName="href" values="javascript:${run('svg-animate')}"/><text y="20">click</text></a></svg>` },
  { name: 'svg xlink:href', html: `<svg><a xlink:href="javascript:${run('svg-xlink')}"><text y="20">x</text></a></svg>` },
  { name: 'mathml maction', html: `<math><maction actiontype="statusline" xlink:href="javascript:${run('math-xlink')}">x</maction></math>` },
  { name: 'mathml mglyph style', html: `<math><mtext><table><mglyph><style><img src=x onerror="${run('mglyph')}">` },
  { name: 'form namespace confusion', html: `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${run('form-math')}">` },
  { name: 'svg p style confusion', html: `<svg></p><style><a id="</style><img src=1 onerror=${run('svg-p-style')}>">` },
  { name: 'noscript title', html: `<noscript><p title="</noscript><img src=x onerror=${run('noscript')}>"></noscript>` },
  { name: 'style nesting', html: `<style><img src=x onerror="${run('style')}"></style><p>visible</p>` },
  { name: 'title nesting', html: `<title><img src=x onerror="${run('title')}"></title>` },
  { name: 'textarea nesting', html: `<textarea><img src=x onerror="${run('textarea')}"></textarea>` },
  { name: 'xmp and noembed', html: `<xmp><img src=x onerror="${run('xmp')}"></xmp><noembed><img src=x onerror="${run('noembed')}"></noembed>` },
  { name: 'template and shadow root', html: `<template><img src=x onerror="${run('template')}"></template><div><template shadowrootmode="open"><img src=x onerror="${run('shadowroot')}"></template></div>` },
  { name: 'iframes', html: `<iframe srcdoc="<script>${run('iframe-srcdoc')}</script>"></iframe><iframe src="javascript:${run('iframe-src')}"></iframe>` },
  { name: 'object and embed', html: `<object data="javascript:${run('object')}"></object><embed src="javascript:${run('embed')}">` },
  { name: 'form controls', html: `<form action="javascript:${run('form-action')}"><input name="q" value="v" autofocus onfocus="${run('input-focus')}"><button formaction="javascript:${run('formaction')}">Go</button><isindex action="javascript:${run('isindex')}"></form>` },
  { name: 'details ontoggle', html: `<details open ontoggle="${run('ontoggle')}"><summary>s</summary>d</details>` },
  { name: 'media onerror', html: `<video><source onerror="${run('source')}"></video><audio src=x onerror="${run('audio')}"></audio>` },
  { name: 'body and marquee handlers', html: `<body onload="${run('body')}"><marquee onstart="${run('marquee')}">m</marquee>` },
  { name: 'meta refresh and base', html: `<meta http-equiv="refresh" content="0;url=javascript:${run('meta')}"><base href="javascript:/x/"><a href="relative">relative</a>` },
  { name: 'link import', html: `<link rel="import" href="data:text/html,<script>${run('import')}</script>"><link rel="stylesheet" href="https://evil.example/x.css">` },
  { name: 'escaped markup stays text', html: `<p>&lt;script&gt;${run('escaped')}&lt;/script&gt;</p>` },
  { name: 'comment tricks', html: `<!--<img src=x onerror=${run('comment')}>--><p>after comment</p><![CDATA[<img src=x onerror=${run('cdata')}>]]>` },
  { name: 'right-to-left override', html: '<p>invoice_\u202Efdp.exe and \u2067isolate\u2069 and \u202Bembed\u202C</p>' },
  { name: 'very long word', html: `<p>${'W'.repeat(19_000)}</p>` },
  { name: 'deep nesting', html: `${'<b>'.repeat(2_000)}deep${'</b>'.repeat(2_000)}` },
];

/** The elements the sanitiser builds, for checking its output. */
const BUILT_ELEMENTS = new Set([
  'p', 'br', 'hr', 'div', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
  'code', 'pre', 'kbd', 'blockquote', 'q', 'cite', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h4', 'h5', 'a',
]);

/** The attributes the sanitiser sets, per element (`*`: any). */
const BUILT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['lang'],
  a: ['href', 'rel', 'target'],
  ol: ['start'],
  span: ['class'],
};

/**
 * What in `root` the sanitiser should never have built: an element it does
 * not build, an attribute it does not set, an event-handler attribute, a
 * link to anything but `http:`, `https:` or `mailto:`. Empty when inert.
 */
export function sanitisedProblems(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const name = element.localName;
    if (!BUILT_ELEMENTS.has(name) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${name}> built`);
    for (const { name: attribute, value } of element.attributes) {
      if (![...(BUILT_ATTRIBUTES['*'] ?? []), ...(BUILT_ATTRIBUTES[name] ?? [])].includes(attribute)) {
        problems.push(`<${name} ${attribute}="${value}">`);
      }
    }
    problems.push(...linkProblems(element));
  }
  return problems;
}

/**
 * The event-handler attributes and unsafe links anywhere under `root`,
 * whatever built them: for checking a whole widget.
 */
export function activeContent(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const { name } of element.attributes) {
      if (/^on/i.test(name)) problems.push(`<${element.localName} ${name}>`);
    }
    problems.push(...linkProblems(element));
    if (element.shadowRoot) problems.push(...activeContent(element.shadowRoot));
  }
  return problems;
}

function linkProblems(element: Element): string[] {
  const problems: string[] = [];
  for (const attribute of ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']) {
    const value = element.getAttribute(attribute);
    if (value === null) continue;
    if (attribute === 'srcdoc' || !/^(https?|mailto):/i.test(value)) problems.push(`<${element.localName} ${attribute}="${value}">`);
  }
  return problems;
}

/**
 * Resolves once an image missing from the test server has reported its
 * error (and a task more): by then the `onerror` of a broken image put on
 * the page before it, such as `<img src=x>`, has had its turn.
 */
export async function afterImageErrors(): Promise<void> {
  await new Promise((resolve) => {
    const probe = new Image();
    probe.addEventListener('error', resolve, { once: true });
    probe.src = new URL(`/__no-such-image-${Math.random()}.png`, location.href).href;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
}
