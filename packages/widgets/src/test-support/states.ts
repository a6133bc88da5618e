import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../provider.js';
import { expectAccessible } from './a11y.js';
import { emulateMediaOrSkip } from './media.js';
import { startMockApi } from './mock-api.js';
import { mount } from './mount.js';
import { waitUntil } from './wait.js';

/** The states every widget that loads data has, as a test brings them about. */
export type LoadState = 'loading' | 'loaded' | 'empty' | 'error' | 'offline' | 'unconfigured';

export const LOAD_STATES: readonly LoadState[] = ['loading', 'loaded', 'empty', 'error', 'offline', 'unconfigured'];
export const LANGS = ['en', 'zh-CN', 'zh-TW'] as const;
export const THEMES = ['light', 'dark'] as const;

/** A `fetch` for a browser without a network: what the SDK sees when the reader is offline. */
export const offlineFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** What shows that a widget has reached each state: a selector of its shadow root. */
const SHOWN: Record<LoadState, string> = {
  loading: '[part~="skeleton"]',
  loaded: '[part~="item"], [part~="donor"]',
  empty: '[part~="status-empty"]',
  error: '[part~="status-error"]',
  offline: '[part~="status-error"]',
  unconfigured: '[part~="status-error"]',
};

/**
 * One widget per language and theme (six, made by `widget`), all in
 * `state`: inside an `<ngo-provider>` whose mock API is slow, empty, failing,
 * unreachable or missing as the state needs. Resolves when every one of
 * them shows the state.
 *
 * @example
 * ```ts
 * const lists = await mountInEveryLanguage('empty', (lang, theme) => html`<ngo-event-list lang=${lang} theme=${theme}></ngo-event-list>`);
 * ```
 */
export async function mountInEveryLanguage<T extends HTMLElement>(
  state: LoadState,
  widget: (lang: (typeof LANGS)[number], theme: (typeof THEMES)[number]) => TemplateResult,
): Promise<T[]> {
  const api = await startMockApi(
    state === 'loading'
      ? { faults: { latencyMs: 4_000 } }
      : state === 'empty'
        ? { seed: 'empty' }
        : state === 'error'
          ? { faults: { failRate: 1 } }
          : {},
  );
  const provider = await mount<HTMLElement>(html`
    <ngo-provider api=${state === 'unconfigured' ? '' : api.baseUrl} key="pk_test_widgets" .fetch=${state === 'offline' ? offlineFetch : undefined}>
      ${LANGS.flatMap((lang) => THEMES.map((theme) => widget(lang, theme)))}
    </ngo-provider>
  `);
  const widgets = [...provider.children] as T[];
  const shows = (element: T) => element.shadowRoot?.querySelector(SHOWN[state]);
  await waitUntil(() => widgets.every(shows), `not every widget is ${state}`);
  return widgets;
}

/**
 * Checks that a widget without a theme (`auto`) follows the reader's dark
 * scheme while one with `theme="light"` keeps its look, by `look` (a
 * computed colour of each), and that `auto` is accessible in dark. Skips
 * where the browser driver cannot emulate the scheme.
 */
export async function expectFollowsColorScheme(
  test: Mocha.Context,
  [auto, light]: readonly [HTMLElement, HTMLElement],
  look: (widget: HTMLElement) => string,
): Promise<void> {
  const lightLook = look(auto);
  expect(look(light)).to.equal(lightLook);
  await emulateMediaOrSkip(test, { colorScheme: 'dark' });
  try {
    expect(look(auto)).not.to.equal(lightLook);
    expect(look(light)).to.equal(lightLook);
    await expectAccessible(auto, 'dark system scheme');
  } finally {
    await emulateMediaOrSkip(test, { colorScheme: 'light' });
  }
}
