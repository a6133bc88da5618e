import type { StoryObj } from '@storybook/web-components-vite';

/** What the Storybook toolbar sets to show each state every widget that loads data has, and what the story says. */
const STATES = {
  loading: { globals: { scenario: 'slow' }, says: 'The answer takes two seconds, so the placeholders show first, in the space the content will take.' },
  empty: { globals: { scenario: 'empty' }, says: 'The API has nothing to show.' },
  serverError: { globals: { scenario: 'failing' }, says: 'Every request fails with a 500, after the SDK’s retries.' },
  offline: { globals: { scenario: 'offline' }, says: 'No network: the error says so, and the widget loads by itself when the browser is back online.' },
  chinese: { globals: { locale: 'zh-CN' }, says: 'The widget takes its language from the nearest `lang` on the page.' },
  traditionalChinese: { globals: { locale: 'zh-TW' }, says: 'Traditional Chinese, for `zh-TW` and `zh-HK`.' },
  dark: { globals: { theme: 'dark' }, says: 'The dark theme.' },
} as const;

/**
 * The story of one shared state, for a widget's stories file; its own
 * states (a full event, a hostile notice) it writes itself.
 *
 * @example
 * ```ts
 * export const Loading: Story = stateStory('loading');
 * ```
 */
export function stateStory<Args>(state: keyof typeof STATES): StoryObj<Args> {
  const { globals, says } = STATES[state];
  return { globals: { ...globals }, parameters: { docs: { description: { story: says } } } };
}
