import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../event-list.js';
import type { NgoEventList } from './ngo-event-list.js';
import { toolbarStories } from '../shared/toolbar-stories.js';

type EventListArgs = Pick<NgoEventList, 'limit' | 'filters' | 'noStructuredData'> &
  Partial<Pick<NgoEventList, 'lang' | 'theme' | 'kind' | 'tag' | 'series' | 'from' | 'to'>>;

/**
 * The data comes from the mock server running in the page, through the
 * `<ngo-provider>` every story is wrapped in; the toolbar switches language,
 * theme and what the mock API does (slow, failing, empty, offline). The
 * stories below fix one of those to show one state.
 */
const meta = {
  title: 'Widgets/Event list',
  component: 'ngo-event-list',
  args: { limit: 5, filters: false, noStructuredData: false },
  argTypes: {
    limit: { control: { type: 'number', min: 1, max: 100 } },
    kind: { control: 'select', options: [undefined, 'online', 'offline', 'hybrid'] },
    tag: { control: 'text' },
    series: { control: 'text' },
    from: { control: 'text' },
    to: { control: 'text' },
    lang: { control: 'select', options: [undefined, 'en', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  render: ({ limit, lang, theme, kind, tag, series, from, to, filters, noStructuredData }) =>
    html`<ngo-event-list
      limit=${limit}
      lang=${ifDefined(lang)}
      theme=${ifDefined(theme)}
      kind=${ifDefined(kind)}
      tag=${ifDefined(tag)}
      series=${ifDefined(series)}
      from=${ifDefined(from)}
      to=${ifDefined(to)}
      ?filters=${filters}
      ?no-structured-data=${noStructuredData}
    ></ngo-event-list>`,
} satisfies Meta<EventListArgs>;

export default meta;

type Story = StoryObj<EventListArgs>;

export const Default: Story = {};

/** The answer takes two seconds, so the placeholders show first, in the space the list will take. */
export const Loading: Story = {
  globals: { scenario: 'slow' },
};

/** The kind and topic selects: a change loads the matching events and announces how many. */
export const WithFilters: Story = {
  args: { filters: true, limit: 20 },
};

/** Only the quarterly exchange meetings, by the `series` attribute. */
export const Series: Story = {
  args: { series: 'quarterly-exchange' },
};

/** The first events include a full one ("Full - join the waiting list") and one whose registration closed. */
export const FullAndClosed: Story = {
  args: { limit: 3 },
};

/** Register opens the registration dialog for the first event. */
export const RegistrationDialogOpen: Story = {
  play: async ({ canvasElement }) => {
    for (;;) {
      const register = canvasElement
        .querySelector('ngo-event-list')
        ?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="register"]');
      if (register) return register.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};

export const Empty: Story = {
  globals: { scenario: 'empty' },
};

/** Every request fails with a 500, after the SDK's retries. */
export const ServerError: Story = toolbarStories.serverError;

/** No network: the error says so, and the widget loads by itself when the browser is back online. */
export const Offline: Story = toolbarStories.offline;

/** The widget takes its language from the nearest `lang` on the page. */
export const Chinese: Story = toolbarStories.chinese;

export const TraditionalChinese: Story = toolbarStories.traditionalChinese;

export const Dark: Story = toolbarStories.dark;
