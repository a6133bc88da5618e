import type * as axeCore from 'axe-core';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

type Axe = typeof axeCore;

declare global {
  interface Window {
    axe?: Axe;
  }
}

/** axe-core's browser build, served by the test server from the package's own node_modules. */
const AXE_URL = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).href;

const loading = new WeakMap<Window, Promise<Axe>>();

/**
 * axe-core in `view` (the test page, or a frame's window). It is added as a
 * `<script src>` from the page's own origin, never evaluated from a string,
 * so it also runs in a page whose Content-Security-Policy forbids `eval` and
 * inline scripts.
 */
export function loadAxe(view: Window = window): Promise<Axe> {
  let axe = loading.get(view);
  if (!axe) {
    axe = new Promise<Axe>((resolve, reject) => {
      if (view.axe) return resolve(view.axe);
      const script = view.document.createElement('script');
      script.src = AXE_URL;
      script.addEventListener('load', () => (view.axe ? resolve(view.axe) : reject(new Error('axe-core did not load'))));
      script.addEventListener('error', () => reject(new Error(`could not load ${AXE_URL}`)));
      view.document.head.append(script);
    });
    loading.set(view, axe);
  }
  return axe;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs axe-core on `context` (an element and its shadow roots) and returns
 * what it found. axe refuses to run twice at once, so runs wait their turn.
 */
export function audit(context: ElementContext, options: RunOptions = {}): Promise<AxeResults> {
  // Not `instanceof Element`: an element of a frame belongs to the frame's realm, and so must axe.
  const owner = typeof context === 'object' && context !== null && 'ownerDocument' in context ? context.ownerDocument : null;
  const view = owner?.defaultView ?? window;
  const run = queue.then(async () => {
    const axe = await loadAxe(view);
    return axe.run(context, { resultTypes: ['violations'], ...options });
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Fails with a readable list when axe-core finds anything in `element`, in
 * whatever state it is in, once its animations are at their end: call it for
 * each state a test brings about.
 * `label` names that state in the failure, e.g. `"error, zh-TW, dark"`.
 *
 * @example
 * ```ts
 * await expectAccessible(list, 'loading');
 * ```
 */
export async function expectAccessible(element: Element, label = element.localName): Promise<void> {
  // The state as people see it once it settles: a colour half-way through a fade fails contrast checks.
  finishAnimations(element);
  const { violations } = await audit(element);
  if (violations.length === 0) return;
  const lines = violations.flatMap((violation) => [
    `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
    ...violation.nodes.map((node) => `  at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`),
  ]);
  throw new Error(`axe-core found ${violations.length} problem(s) in ${label}:\n${lines.join('\n')}`);
}

/**
 * Brings the animations of an element, its subtree and every shadow root in
 * it (a dialog fading in, say) to their end at once, so that an audit sees
 * the final colours. Waiting for them instead can hang: a browser may not
 * advance animations in a test page it runs in the background.
 */
export function finishAnimations(element: Element): void {
  const animations = [...element.getAnimations({ subtree: true })];
  // a subtree's list leaves out shadow roots (in Firefox, the document's too): ask each root
  const roots = [element, ...element.querySelectorAll('*')].flatMap((each) => (each.shadowRoot ? [each.shadowRoot] : []));
  for (const root of roots) {
    animations.push(...root.getAnimations());
    for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) roots.push(inner.shadowRoot);
  }
  for (const animation of animations) {
    // a loading spinner runs for ever, and finish() throws on it
    if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
  }
}
