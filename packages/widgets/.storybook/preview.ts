/// <reference types="vite/client" />
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { createMockFetch, type Scenario } from '@ngo-kit/mock-server/browser';
import { html } from 'lit';
import '../src/provider.js';

/**
 * custom-elements.json (made by `pnpm build`, from the classes' JSDoc) feeds
 * the Docs tab: attributes, properties, events, slots, parts and CSS custom
 * properties of the story's `component`. A glob rather than an import, so
 * that a checkout that has not been built yet still type-checks and runs
 * (its Docs tab then only lists the stories' own args).
 */
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('ngo-kit: custom-elements.json is missing (run `pnpm build`): the Docs tab lists no attributes, events or parts.');

/** What the mock server should do: answer normally, a scenario of its own, or act as if the network were gone. */
type MockScenario = 'none' | Scenario | 'offline';

const offlineFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

const fetches = new Map<MockScenario, typeof fetch>();

/**
 * One `fetch` per scenario, made once: widgets share one SDK client per
 * `fetch`, so a new one for every render would defeat that sharing.
 */
function fetchFor(scenario: MockScenario): typeof fetch {
  let mockFetch = fetches.get(scenario);
  if (!mockFetch) {
    mockFetch =
      scenario === 'offline' ? offlineFetch : createMockFetch(scenario === 'none' ? {} : { scenario });
    fetches.set(scenario, mockFetch);
  }
  return mockFetch;
}

/**
 * Wraps every story in an `<ngo-provider>` that answers from the mock server
 * in the page, in the language, theme and scenario of the toolbar, on a page
 * background of the same scheme.
 */
const withToolbar: Decorator = (story, { globals }) => {
  const theme = String(globals['theme'] ?? 'auto');
  const scheme = theme === 'auto' ? 'light dark' : theme;
  return html`
    <div lang=${String(globals['locale'] ?? 'en')} style="color-scheme: ${scheme}; background: light-dark(#f6f7f9, #11151c); padding: 1rem; font-family: system-ui, sans-serif;">
      <ngo-provider
        api="https://mock.ngo-kit.invalid"
        key="pk_demo"
        theme=${theme}
        .fetch=${fetchFor((globals['scenario'] ?? 'none') as MockScenario)}
      >
        ${story()}
      </ngo-provider>
    </div>
  `;
};

const preview: Preview = {
  // A Docs page for every widget, from custom-elements.json (above).
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (the page’s lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
          { value: 'zh-TW', title: '繁體中文' },
        ],
      },
    },
    theme: {
      description: 'Theme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'System' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
    scenario: {
      description: 'What the mock API does',
      toolbar: {
        title: 'API',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'none', title: 'Normal' },
          { value: 'slow', title: 'Slow (2 s)' },
          { value: 'failing', title: 'Failing (500)' },
          { value: 'empty', title: 'Empty' },
          { value: 'offline', title: 'Offline' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'auto', scenario: 'none' },
  decorators: [withToolbar],
};

export default preview;
