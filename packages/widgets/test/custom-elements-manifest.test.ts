import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface Documented {
  name: string;
  description?: string;
}

interface Declaration extends Documented {
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  attributes?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}

interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}

const manifestUrl = new URL('../custom-elements.json', import.meta.url);

describe('custom-elements.json (needs `pnpm build`)', () => {
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as Manifest;
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement));
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name),
  );

  it('defines each element under its ngo- tag, and nothing else', () => {
    assert.ok(elements.length > 0);
    assert.deepEqual(definitions.sort(), elements.map((element) => element.tagName).sort());
    for (const tag of definitions) assert.match(tag, /^ngo-[a-z-]+$/);
  });

  it('documents every element, attribute, part and CSS property', () => {
    for (const element of elements) {
      assert.ok(element.summary, `${element.name} has no @summary`);
      for (const list of [element.attributes, element.cssParts, element.cssProperties]) {
        for (const entry of list ?? []) assert.ok(entry.description, `${element.name}: ${entry.name} is not documented`);
      }
      assert.ok(element.cssParts?.length, `${element.name} documents no parts`);
    }
  });
});
