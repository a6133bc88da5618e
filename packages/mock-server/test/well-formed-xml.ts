/** An element of a parsed document, with its attributes and text decoded. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /[A-Za-z_:][\w.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ATTRIBUTE = /[ \t\r\n]+([A-Za-z_:][\w.:-]*)[ \t\r\n]*=[ \t\r\n]*(?:"([^<"]*)"|'([^<']*)')/y;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/y;
// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters anywhere
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Parses a document with the rules of XML 1.0 well-formedness that a
 * hand-built document can break (one root, balanced tags, quoted and unique
 * attributes, escaped `<` and `&`, legal characters) and throws on the first
 * break. No DTDs: an SVG served by the API has none. Tests only: Node has no
 * XML parser and the repository takes no new dependency for one.
 */
export function parseXml(text: string): XmlElement {
  if (NOT_XML.test(text)) throw new Error('A character XML 1.0 forbids');
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`Not well-formed at ${at}: ${why}: ${JSON.stringify(text.slice(at, at + 40))}`);
  };
  const sticky = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match) at = pattern.lastIndex;
    return match;
  };
  const decode = (raw: string): string =>
    raw.replace(/&[^;]*;?/g, (reference) => {
      REFERENCE.lastIndex = 0;
      const match = REFERENCE.exec(reference);
      if (!match || match[0] !== reference) return fail(`bad reference ${reference}`);
      const [, named, decimal, hex] = match;
      if (named) return NAMED[named] ?? fail(`bad reference ${reference}`);
      return String.fromCodePoint(Number.parseInt(decimal ?? hex ?? '', decimal ? 10 : 16));
    });
  const skipMarkup = (): boolean => {
    for (const [open, close] of [['<?', '?>'], ['<!--', '-->']] as const) {
      if (!text.startsWith(open, at)) continue;
      const end = text.indexOf(close, at + open.length);
      if (end < 0) fail(`unclosed ${open}`);
      if (open === '<!--' && text.slice(at + 4, end).includes('--')) fail('-- inside a comment');
      at = end + close.length;
      return true;
    }
    return false;
  };
  const prolog = (): void => {
    while (sticky(SPACE)?.[0] || skipMarkup()) {
      // whitespace, the declaration and comments may stand around the root
    }
  };

  prolog();
  if (text[at] !== '<') fail('no root element');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < text.length) {
    if (stack.length === 0 && root) {
      prolog();
      if (at < text.length) fail('content after the root element');
      break;
    }
    const parent = stack.at(-1);
    if (text.startsWith('<![CDATA[', at)) {
      const end = text.indexOf(']]>', at);
      if (end < 0) fail('unclosed CDATA');
      (parent ?? fail('CDATA outside the root element')).children.push(text.slice(at + 9, end));
      at = end + 3;
    } else if (skipMarkup()) {
      continue;
    } else if (text.startsWith('</', at)) {
      at += 2;
      const name = sticky(NAME)?.[0];
      sticky(SPACE);
      if (text[at] !== '>') fail('bad end tag');
      at += 1;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> closes <${open?.name}>`);
    } else if (text[at] === '<') {
      at += 1;
      const name = sticky(NAME)?.[0] ?? fail('bad tag name');
      const element: XmlElement = { name, attributes: {}, children: [] };
      for (let match = sticky(ATTRIBUTE); match; match = sticky(ATTRIBUTE)) {
        const [, attribute = '', double, single] = match;
        if (attribute in element.attributes) fail(`attribute ${attribute} twice`);
        element.attributes[attribute] = decode(double ?? single ?? '');
      }
      sticky(SPACE);
      if (parent) parent.children.push(element);
      else if (root) fail('a second root element');
      else root = element;
      if (text.startsWith('/>', at)) {
        at += 2;
      } else if (text[at] === '>') {
        at += 1;
        stack.push(element);
      } else {
        fail('bad start tag');
      }
    } else {
      const end = text.indexOf('<', at);
      const raw = text.slice(at, end < 0 ? text.length : end);
      if (raw.includes(']]>')) fail(']]> in text');
      (parent ?? fail('text outside the root element')).children.push(decode(raw));
      at += raw.length;
    }
  }
  if (!root || stack.length > 0) return fail('unclosed elements');
  return root;
}

/** The text of an element and its descendants, as a reader sees it. */
export function textOf(node: XmlElement | string): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** Every element of a document named `name`, in document order. */
export function elementsNamed(node: XmlElement, name: string): XmlElement[] {
  const own = node.name === name ? [node] : [];
  return own.concat(...node.children.filter((child) => typeof child !== 'string').map((child) => elementsNamed(child, name)));
}
