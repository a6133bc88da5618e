import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as wrappers from '../src/react/index.js';

/** Every `<ngo-*>` tag that custom-elements.json defines. */
function manifestTags(): string[] {
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as {
    modules: { declarations?: { tagName?: string }[] }[];
  };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => declaration.tagName ?? [])
    .sort();
}

/** `ngo-event-list` -> `NgoEventList`: the name each wrapper is exported under. */
function componentName(tag: string): string {
  return tag.replace(/(^|-)([a-z])/g, (_, __: string, letter: string) => letter.toUpperCase());
}

const components = wrappers as unknown as Record<string, ComponentType<Record<string, unknown>>>;

describe('@ngo-kit/widgets/react (needs custom-elements.json: `pnpm build` or `pnpm exec cem analyze`)', () => {
  it('has a wrapper for every element in custom-elements.json, rendering that element', () => {
    const tags = manifestTags();
    assert.ok(tags.includes('ngo-event-list'));
    for (const tag of tags) {
      const component = components[componentName(tag)];
      assert.ok(component, `no wrapper ${componentName(tag)} for <${tag}>`);
      assert.match(renderToStaticMarkup(createElement(component)), new RegExp(`^<${tag}>`), tag);
    }
    const exported = Object.keys(wrappers).sort();
    assert.deepEqual(exported, tags.map(componentName).sort(), 'a wrapper without an element in the manifest');
  });

  it('renders <ngo-event-list> on the server with its HTML attributes, and no handler or property as an attribute', () => {
    const markup = renderToStaticMarkup(
      createElement(wrappers.NgoEventList, {
        id: 'events',
        className: 'home-events',
        'aria-describedby': 'events-intro',
        limit: 5,
        kind: 'offline',
        // typed: the handler gets an NgoRegisteredEvent, whose detail is the API's Registration
        onNgoRegistered: (event) => void event.detail.status,
      }),
    );
    // @ts-expect-error -- limit is a number, as on the element class
    renderToStaticMarkup(createElement(wrappers.NgoEventList, { limit: 'five' }));
    // @lit/react sets element properties (limit, kind, api, lang, ...) and listeners on the client,
    // in a layout effect: on the server, without Lit SSR, only plain attributes are rendered.
    assert.equal(
      markup,
      '<ngo-event-list id="events" class="home-events" aria-describedby="events-intro"></ngo-event-list>',
    );
  });
});
