/**
 * Staff-written rich text (an announcement's `bodyHtml`) made safe to show,
 * without a sanitising library: the markup is parsed into an inert document
 * (`DOMParser`: no script runs, no image loads, no custom element upgrades),
 * and new nodes are built in the document that will show them, only for the
 * elements and attributes listed here. Everything else gives its text, except
 * the elements in {@link DROPPED}, which give nothing. Nothing is ever
 * serialised and parsed again, so the parser tricks that turn harmless
 * markup into harmful markup on a second parse (mutation XSS) have no second
 * parse to work on.
 */

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * The elements kept, by source name, with the element built for each.
 * Headings move below a notice's own `h3` title: `h1`–`h3` become `h4`,
 * `h4`–`h6` become `h5`.
 */
const ELEMENTS: Readonly<Record<string, string>> = {
  p: 'p', br: 'br', hr: 'hr', div: 'div', span: 'span',
  strong: 'strong', b: 'b', em: 'em', i: 'i', u: 'u', s: 's', del: 'del', ins: 'ins',
  mark: 'mark', small: 'small', sub: 'sub', sup: 'sup', code: 'code', pre: 'pre', kbd: 'kbd',
  blockquote: 'blockquote', q: 'q', cite: 'cite',
  ul: 'ul', ol: 'ol', li: 'li', dl: 'dl', dt: 'dt', dd: 'dd',
  h1: 'h4', h2: 'h4', h3: 'h4', h4: 'h5', h5: 'h5', h6: 'h5',
  a: 'a',
};

/** Elements whose content is code, metadata, embedded documents or foreign markup: they give no text at all. */
const DROPPED: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'noscript', 'noembed', 'noframes', 'title', 'svg', 'math',
]);

/** The protocols a link may have once resolved; anything else (`javascript:`, `data:`, `vbscript:`, ...) is no link. */
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/**
 * Characters taken out of every text: C0 and C1 controls other than tab and
 * line breaks, and the explicit directional formatting characters
 * (embeddings, overrides and isolates such as U+202E, which would show
 * `exe.pdf` as `fdp.exe`). Right-to-left text needs none of them: the
 * bidirectional algorithm lays it out from its letters.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const STRIPPED_FROM_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Out of addresses also tabs and line breaks, which a URL parser skips (`java\tscript:`), and zero-width characters. */
// eslint-disable-next-line no-control-regex -- see STRIPPED_FROM_TEXT
const STRIPPED_FROM_ADDRESS = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/;

/**
 * How deep built elements nest at most; deeper markup keeps its text in the
 * deepest allowed element. Rich text from an editor never comes near it.
 */
export const MAX_DEPTH = 24;

export interface SanitizeOptions {
  /** The document the nodes are built in: the one that will show them. Default: `document`. */
  document?: Document;
  /**
   * Read after a link that opens in a new tab (`target="_blank"` in the
   * source), e.g. "(opens in a new tab)"; it is hidden from sight. Without
   * it, every link opens where it is.
   */
  newTabHint?: string;
}

/** One source node still to build, with where its result goes. */
interface Pending {
  node: Node;
  parent: Node;
  /** The node the result goes before in `parent` (a link's new-tab hint), else at the end. */
  before: Node | null;
  depth: number;
  inLink: boolean;
}

/**
 * The safe part of `html` as a fragment of new nodes in the target document,
 * ready to append. Kept: the elements of {@link ELEMENTS} without any of
 * their attributes except `lang` (a well-formed language tag), `start` on
 * `ol` (a whole number) and, on `a`, an `href` whose address resolves to
 * `http:`, `https:` or `mailto:` (made absolute against the target
 * document's base). Every link gets `rel="noopener noreferrer"`; only
 * `target="_blank"` is kept, with `newTabHint`. Everything else gives its
 * text, or nothing (see {@link DROPPED}); comments are dropped.
 *
 * @example
 * ```ts
 * const body = document.createElement('div');
 * body.append(sanitizeHtml(notice.bodyHtml, { newTabHint: '(opens in a new tab)' }));
 * ```
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): DocumentFragment {
  const target = options.document ?? document;
  const fragment = target.createDocumentFragment();
  const source = new DOMParser().parseFromString(html, 'text/html').body;
  if (!source) return fragment;

  const pending: Pending[] = [];
  const queueChildren = (of: Node, into: Omit<Pending, 'node'>) => {
    for (let child = of.lastChild; child; child = child.previousSibling) pending.push({ ...into, node: child });
  };
  queueChildren(source, { parent: fragment, before: null, depth: 0, inLink: false });

  // a loop, not recursion: the parser's own nesting limit is no promise about the stack
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, parent, before, depth, inLink } = next;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data.replace(STRIPPED_FROM_TEXT, '');
      if (text) parent.insertBefore(target.createTextNode(text), before);
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.namespaceURI !== HTML_NAMESPACE || DROPPED.has(element.localName)) continue;

    const built = depth < MAX_DEPTH ? buildElement(element, target, options, inLink) : undefined;
    if (!built) {
      queueChildren(element, next);
      continue;
    }
    parent.insertBefore(built.element, before);
    queueChildren(element, {
      parent: built.element,
      before: built.hint ?? null,
      depth: depth + 1,
      inLink: inLink || built.element.localName === 'a',
    });
  }
  return fragment;
}

/** The new element for an allowed `source`, or `undefined` to keep only its content. */
function buildElement(
  source: Element,
  target: Document,
  options: SanitizeOptions,
  inLink: boolean,
): { element: Element; hint?: Element } | undefined {
  const name = ELEMENTS[source.localName];
  if (!name) return undefined;
  if (name === 'a') return inLink ? undefined : buildLink(source, target, options.newTabHint);

  const element = target.createElement(name);
  copyLang(source, element);
  if (name === 'ol') {
    const start = source.getAttribute('start')?.trim();
    if (start && /^-?\d{1,6}$/.test(start)) element.setAttribute('start', start);
  }
  return { element };
}

function buildLink(source: Element, target: Document, newTabHint: string | undefined) {
  const href = safeHref(source.getAttribute('href') ?? '', target.baseURI);
  if (!href) return undefined;
  const link = target.createElement('a');
  link.setAttribute('href', href);
  link.setAttribute('rel', 'noopener noreferrer');
  copyLang(source, link);
  const newTab = source.getAttribute('target')?.trim().toLowerCase() === '_blank' && newTabHint && !href.startsWith('mailto:');
  if (!newTab) return { element: link };
  link.setAttribute('target', '_blank');
  const hint = target.createElement('span');
  hint.className = 'visually-hidden';
  hint.textContent = ` ${newTabHint}`;
  link.append(hint);
  return { element: link, hint };
}

function copyLang(source: Element, element: Element) {
  const lang = source.getAttribute('lang')?.trim();
  if (lang && LANGUAGE_TAG.test(lang)) element.setAttribute('lang', lang);
}

/**
 * `address` as an absolute address safe for an `href`, or `undefined`. It is
 * cleaned of what a URL parser would skip or a reader would not see, resolved
 * against `base` the way the browser resolves a link, and kept only with the
 * protocol `http:`, `https:` or `mailto:`. The resolved address is what is
 * returned, so what was checked is exactly what a click follows.
 *
 * @example
 * ```ts
 * safeHref('/events/42', 'https://ngo.example/news'); // "https://ngo.example/events/42"
 * safeHref(' java\tscript:alert(1)', location.href); // undefined
 * ```
 */
export function safeHref(address: string, base: string): string | undefined {
  const cleaned = address.replace(STRIPPED_FROM_ADDRESS, '').trim();
  if (!cleaned) return undefined;
  let url: URL;
  try {
    url = new URL(cleaned, base);
  } catch {
    return undefined;
  }
  return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}
