import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cdnWidgets } from '../scripts/cdn-widgets.mjs';

const widgets = new URL('../', import.meta.url);
const sdk = new URL('../../sdk/', import.meta.url);

interface Manifest {
  version: string;
  files: string[];
  types: string;
  sideEffects: string[];
  exports: Record<string, string | Record<string, string>>;
}

const read = (base: URL, path: string) => readFileSync(new URL(path, base), 'utf8');
const manifest = (base: URL) => JSON.parse(read(base, 'package.json')) as Manifest;

/** Every file an `exports` entry points at, but the sources (`@ngo-kit/source`, for the workspace only). */
function exportTargets(base: URL): string[] {
  return Object.values(manifest(base).exports).flatMap((target) =>
    typeof target === 'string'
      ? [target]
      : Object.entries(target)
          .filter(([condition]) => condition !== '@ngo-kit/source')
          .map(([, path]) => path),
  );
}

/** A CDN file starts with its banner and names its source map, which holds the sources it was made from. */
function assertCdnFile(dir: URL, file: string, banner: string): void {
  const source = read(dir, file);
  assert.ok(source.startsWith(banner), `${file} does not start with ${banner}`);
  const name = file.split('/').at(-1);
  assert.ok(source.trimEnd().endsWith(`//# sourceMappingURL=${name}.map`), `${file} names no source map`);
  const map = JSON.parse(read(dir, `${file}.map`)) as { sources: string[]; sourcesContent?: (string | null)[] };
  if (map.sources.length === 0) {
    // a facade: the entry's code all sits in chunks it imports and re-exports
    const body = source.slice(banner.length).replace(/^[^\n]*\n/, '').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '');
    assert.match(body, /^(?:import"[^"]+";|export\{[^}]*\}from"[^"]+";)+$/, `${file}.map has no sources, but the file has code`);
  }
  assert.equal(map.sourcesContent?.filter((content) => content).length, map.sources.length, `${file}.map lacks some sources' text`);
}

describe('the builds (needs `pnpm build`)', () => {
  it('points every export, the types and the side-effect files of @ngo-kit/widgets at files that exist', () => {
    const { exports, types, sideEffects } = manifest(widgets);
    assert.ok(Object.keys(exports).includes('./react'));
    const targets = [...exportTargets(widgets), types, ...sideEffects.filter((path) => path.startsWith('./dist/') && !path.includes('*'))];
    assert.ok(targets.length > 40);
    for (const target of targets) assert.ok(existsSync(new URL(target, widgets)), `${target} is missing`);
    // each widget's entry has its types, and the CDN file of its own
    for (const name of cdnWidgets()) {
      assert.deepEqual(exports[`./${name}.js`], {
        '@ngo-kit/source': `./src/${name}.ts`,
        types: `./dist/${name}.d.ts`,
        default: `./dist/${name}.js`,
      });
      assert.ok(existsSync(new URL(`dist/cdn/${name}.min.js`, widgets)), `dist/cdn/${name}.min.js is missing`);
    }
  });

  it('points every export of @ngo-kit/sdk at files that exist', () => {
    const targets = exportTargets(sdk);
    assert.equal(targets.length, 10);
    for (const target of targets) assert.ok(existsSync(new URL(target, sdk)), `@ngo-kit/sdk: ${target} is missing`);
  });

  it('gives every CDN file, chunks too, its version banner and a source map', () => {
    const widgetBanner = `/*! ngo-kit widgets v${manifest(widgets).version} | MIT`;
    const cdn = new URL('dist/cdn/', widgets);
    const files = [
      ...readdirSync(cdn).filter((file) => file.endsWith('.js')),
      ...readdirSync(new URL('chunks/', cdn))
        .filter((file) => file.endsWith('.js'))
        .map((file) => `chunks/${file}`),
    ];
    assert.deepEqual(
      files.filter((file) => !file.startsWith('chunks/')).sort(),
      ['ngo-kit.min.js', ...cdnWidgets().map((name) => `${name}.min.js`)].sort(),
    );
    assert.ok(files.length > cdnWidgets().length + 1, 'the per-widget files share chunks');
    for (const file of files) assertCdnFile(cdn, file, widgetBanner);
    assertCdnFile(new URL('dist/cdn/', sdk), 'ngo-kit-sdk.min.js', `/*! @ngo-kit/sdk v${manifest(sdk).version} | MIT */`);
  });

  it('keeps Chinese out of what an English page loads: each language is a chunk of its own, loaded on demand', () => {
    const cdn = new URL('dist/cdn/', widgets);
    const chunks = readdirSync(new URL('chunks/', cdn)).filter((file) => file.endsWith('.js'));
    for (const widget of ['ngo-kit', ...cdnWidgets()]) {
      const initial = staticGraph(cdn, `${widget}.min.js`);
      if (widget !== 'ngo-kit') assert.ok(initial.length > 1, `${widget}: its file imports its shared chunks`);
      // the names of the languages, each in itself, are what a language field offers (shared/form/language-field.ts)
      const chinese = initial.filter((file) => /\p{Script=Han}/u.test(read(cdn, file).replaceAll('简体中文', '').replaceAll('繁體中文', '')));
      assert.deepEqual(chinese, [], `${widget}: Chinese text in what its file loads first`);
    }
    for (const tag of ['zh-CN', 'zh-TW']) {
      assert.equal(chunks.filter((file) => file.startsWith(`ngo-kit.${tag}-`)).length, 1, `the all-in-one file's ${tag} chunk`);
      assert.equal(chunks.filter((file) => file.startsWith(`event-calendar.${tag}-`)).length, 1, `the calendar's ${tag} chunk`);
      assert.equal(chunks.filter((file) => file.startsWith(`texts.${tag}-`)).length, 1, `the shared texts' ${tag} chunk`);
    }
  });

  it('packs the types, custom-elements.json and every exported file into the npm package, and no Storybook or test code', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: fileURLToPath(widgets),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [pack] = JSON.parse(output) as [{ files: { path: string }[] }];
    const files = new Set(pack.files.map((file) => file.path));
    for (const path of ['package.json', 'custom-elements.json', 'dist/index.d.ts', 'dist/react/index.d.ts', 'dist/cdn/ngo-kit.min.js']) {
      assert.ok(files.has(path), `the package lacks ${path}`);
    }
    for (const target of exportTargets(widgets)) assert.ok(files.has(target.replace(/^\.\//, '')), `the package lacks ${target}`);
    assert.equal([...files].filter((path) => path.endsWith('.d.ts')).length, [...files].filter((path) => /^dist\/(?!cdn\/).*\.js$/.test(path)).length, 'a module without its types');
    assert.deepEqual(
      [...files].filter((path) => /^src\/|test|stories|storybook/.test(path)),
      [],
      'Storybook, test or source files in the package',
    );
  });
});

/** `file` and every file it imports statically, transitively: what a page loads before the widget can render. */
function staticGraph(dir: URL, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const [, path] of read(dir, file).matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+)"/g)) {
    staticGraph(dir, `${base}${path}`, seen);
  }
  return [...seen];
}
