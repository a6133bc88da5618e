import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Renders `template` like open-wc's `fixture()` (removed again after the
 * test), then waits for every Lit element in it to finish its update. Unlike
 * `fixture()` it never waits for an animation frame, which a test tab in the
 * background does not get while another test file runs in the foreground.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [root, ...root.querySelectorAll('*')];
  await Promise.all(elements.map((element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  return root;
}
