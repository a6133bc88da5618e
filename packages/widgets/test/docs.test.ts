import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SHOTS } from '../../../scripts/screenshots.js';

const docs = new URL('../../../docs/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, docs), 'utf8');

interface Entry {
  name?: string;
  inheritedFrom?: { name: string };
}

interface Element {
  tagName: string;
  attributes?: Entry[];
  cssParts?: Entry[];
  cssProperties?: Entry[];
  events?: Entry[];
}

function manifestElements(): Element[] {
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as {
    modules: { declarations?: (Element & { customElement?: boolean })[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
}

/** The names of a manifest list that the docs must show in backticks, `own` or inherited from NgoElement. */
function names(entries: Entry[] | undefined, own: boolean): string[] {
  return (entries ?? []).filter((entry) => entry.name && !entry.inheritedFrom === own).map((entry) => entry.name!);
}

function missing(text: string, wanted: string[]): string[] {
  return wanted.filter((name) => !text.includes(`\`${name}\``) && !text.includes(`\`${name}(`));
}

/** Every `--ngo-*` token of platform.styles.ts with the colours of its default, e.g. light-dark(#1f5fbf, #9cc0ff). */
function platformTokens(): { token: string; colours: string[] }[] {
  const source = readFileSync(new URL('../src/shared/platform.styles.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/var\((--ngo-[a-z-]+), ([^;]*)\);$/gm)].map(([, token, fallback]) => ({
    token: token!,
    colours: fallback!.match(/#[0-9a-f]{3,8}\b/gi) ?? [],
  }));
}

describe('the docs and the code (needs custom-elements.json: `pnpm build`)', () => {
  const elements = manifestElements();

  it('lists every token of platform.styles.ts in the theming guide, with its light and dark defaults', () => {
    const tokens = platformTokens();
    assert.equal(tokens.length, 19, 'platform.styles.ts reads 19 tokens');
    const rows = read('widgets/theming.md')
      .split('\n')
      .filter((line) => line.startsWith('| `--ngo-'));
    for (const { token, colours } of tokens) {
      const row = rows.find((line) => line.split(' | ')[0]!.includes(`\`${token}\``));
      assert.ok(row, `docs/widgets/theming.md has no row for ${token}`);
      for (const colour of colours) assert.ok(row.includes(colour), `${token}: the default ${colour} is not in its row`);
    }
    assert.deepEqual(
      rows.flatMap((line) => [...line.split(' | ')[0]!.matchAll(/`(--ngo-[a-z-]+)`/g)].map((match) => match[1])).sort(),
      tokens.map(({ token }) => token).sort(),
      'a token in the guide that the widgets do not read',
    );
  });

  it("documents each widget's own attributes, events, parts and custom properties on its page", () => {
    assert.equal(elements.length, 12);
    for (const element of elements) {
      const page =
        element.tagName === 'ngo-provider' ? 'widgets/configuration.md' : `widgets/${element.tagName.slice('ngo-'.length)}.md`;
      assert.ok(existsSync(new URL(page, docs)), `docs/${page} is missing`);
      const text = read(page);
      for (const list of [element.attributes, element.events, element.cssParts, element.cssProperties]) {
        assert.deepEqual(missing(text, names(list, true)), [], `docs/${page} does not name these of <${element.tagName}>`);
      }
    }
  });

  it('documents what every widget inherits: the shared attributes in the configuration guide, tokens and base part in theming', () => {
    const configuration = read('widgets/configuration.md');
    const theming = read('widgets/theming.md');
    for (const element of elements) {
      assert.deepEqual(missing(configuration, names(element.attributes, false)), [], element.tagName);
      assert.deepEqual(missing(theming, [...names(element.cssParts, false), ...names(element.cssProperties, false)]), [], element.tagName);
    }
  });

  it('shows every picture of scripts/screenshots.ts in the theming guide, each small', () => {
    const theming = read('widgets/theming.md');
    const files = readdirSync(new URL('images/', docs)).filter((file) => file.endsWith('.png')).sort();
    assert.deepEqual(files, SHOTS.map((shot) => `${shot.name}.png`).sort(), 'docs/images/ and scripts/screenshots.ts differ');
    for (const file of files) {
      assert.ok(theming.includes(`(../images/${file})`), `docs/widgets/theming.md does not show ${file}`);
      const size = statSync(new URL(`images/${file}`, docs)).size;
      assert.ok(size < 80_000, `${file} is ${size} bytes: crop it`);
    }
  });

  it('indexes every page in docs/README.md, and every relative link of the docs leads to a file', () => {
    const pages = readdirSync(docs, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.md') && !file.startsWith('reference/'))
      .sort();
    assert.ok(pages.includes('kpis.md'));
    const index = read('README.md');
    assert.deepEqual(
      pages.filter((page) => page !== 'README.md' && !index.includes(`](${page})`)),
      [],
      'pages docs/README.md does not link',
    );
    const links = pages.flatMap((page) =>
      [...read(page).matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1]!.split('#')[0]!)
        .filter((target) => target !== '' && !/^[a-z]+:/.test(target))
        .map((target) => ({ page, target })),
    );
    assert.ok(links.length > 100, `only ${links.length} relative links found`);
    const broken = links.filter(({ page, target }) => !existsSync(new URL(target, new URL(page, docs))));
    assert.deepEqual(broken, []);
  });

  it('names every key the widgets and the SDK keep in the browser in the security page', () => {
    const security = read('security.md');
    const sources = ['../src/', '../../sdk/src/'].flatMap((dir) =>
      readdirSync(new URL(dir, import.meta.url), { recursive: true })
        .map(String)
        .filter((file) => file.endsWith('.ts') && !/\.(test|stories)\.ts$|test-support/.test(file))
        .map((file) => readFileSync(new URL(dir + file, import.meta.url), 'utf8')),
    );
    const prefixes = new Set(sources.flatMap((source) => [...source.matchAll(/ngo-kit:[a-z-]+:/g)].map((match) => match[0])));
    assert.deepEqual(
      [...prefixes].sort(),
      ['ngo-kit:form:', 'ngo-kit:outbox:', 'ngo-kit:survey-answered:', 'ngo-kit:survey-draft:', 'ngo-kit:survey-respondent:', 'ngo-kit:voter:', 'ngo-kit:votes:'],
    );
    for (const prefix of prefixes) assert.ok(security.includes(`\`${prefix}`), `docs/security.md does not name ${prefix}...`);
    // the forms' drafts, each under its own name
    const drafts = sources.flatMap((source) =>
      [...source.matchAll(/^\s+draftKey: \(\) => (?:[`']|instanceDraftName\(this, ')([a-z-]+)/gm)].map((match) => match[1]),
    );
    assert.deepEqual(drafts.sort(), ['event-registration', 'newsletter-signup', 'signup-form', 'suggestion-box']);
    for (const draft of drafts) assert.ok(security.includes(`\`ngo-kit:form:${draft}`), `docs/security.md does not name ngo-kit:form:${draft}`);
  });
});
