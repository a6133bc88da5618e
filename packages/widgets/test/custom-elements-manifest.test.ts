import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface Documented {
  name: string;
  description?: string;
}

interface Declaration extends Documented {
  customElement?: boolean;
  superclass?: { name: string };
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
    }
  });

  it('documents the parts of every widget (an element built on NgoElement); the provider renders none', () => {
    const widgets = elements.filter((element) => element.superclass?.name === 'NgoElement');
    assert.ok(widgets.length > 0);
    for (const widget of widgets) {
      assert.ok(widget.cssParts?.some((part) => part.name === 'base'), `${widget.name} does not document its base part`);
      assert.ok((widget.cssParts?.length ?? 0) > 1, `${widget.name} documents no parts of its own`);
    }
  });

  it('lists the base class as a class, not as an element', () => {
    const base = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.name === 'NgoElement');
    assert.ok(base, 'NgoElement is missing');
    assert.equal(base.customElement, undefined);
  });
});
