import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../event-list.js';
import type { NgoEventList } from './ngo-event-list.js';

type EventListArgs = Pick<NgoEventList, 'limit'> & Partial<Pick<NgoEventList, 'lang' | 'theme'>>;

/**
 * The data comes from the mock server running in the page, through the
 * `<ngo-provider>` every story is wrapped in; the toolbar switches language,
 * theme and what the mock API does (slow, failing, empty, offline). The
 * stories below fix one of those to show one state.
 */
const meta = {
  title: 'Widgets/Event list',
  component: 'ngo-event-list',
  args: { limit: 5 },
  argTypes: {
    limit: { control: { type: 'number', min: 1, max: 100 } },
    lang: { control: 'select', options: [undefined, 'en', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  render: ({ limit, lang, theme }) =>
    html`<ngo-event-list limit=${limit} lang=${ifDefined(lang)} theme=${ifDefined(theme)}></ngo-event-list>`,
} satisfies Meta<EventListArgs>;

export default meta;

type Story = StoryObj<EventListArgs>;

export const Default: Story = {};

/** The answer takes two seconds, so the placeholders show first, in the space the list will take. */
export const Loading: Story = {
  globals: { scenario: 'slow' },
};

export const Empty: Story = {
  globals: { scenario: 'empty' },
};

/** Every request fails with a 500, after the SDK's retries. */
export const ServerError: Story = {
  globals: { scenario: 'failing' },
};

/** No network: the error says so, and the list loads by itself when the browser is back online. */
export const Offline: Story = {
  globals: { scenario: 'offline' },
};

/** The widget takes its language from the nearest `lang` on the page. */
export const Chinese: Story = {
  globals: { locale: 'zh-CN' },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
