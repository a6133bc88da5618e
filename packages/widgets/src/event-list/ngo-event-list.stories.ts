import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createMockFetch, type Scenario } from '@ngo-kit/mock-server/browser';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { configure } from '../shared/config.js';
import '../event-list.js';
import type { NgoEventList } from './ngo-event-list.js';

type EventListArgs = Pick<NgoEventList, 'api' | 'key' | 'limit'>;

/**
 * Answers every widget on the page from the mock server running in the page,
 * asking it for `scenario`. The fetch is made once, when the stories load:
 * widgets share one SDK client per fetch, so each scenario needs its own.
 */
function mockApi(scenario?: Scenario): () => void {
  const fetch = createMockFetch(scenario ? { scenario } : {});
  return () => configure({ fetch });
}

const meta = {
  title: 'Widgets/Event list',
  component: 'ngo-event-list',
  args: {
    api: 'https://mock.ngo-kit.invalid',
    key: 'pk_demo',
    limit: 10,
  },
  argTypes: {
    limit: { control: { type: 'number', min: 1, max: 100 } },
  },
  render: ({ api, key, limit }) =>
    html`<ngo-event-list api=${ifDefined(api)} key=${ifDefined(key)} limit=${limit}></ngo-event-list>`,
} satisfies Meta<EventListArgs>;

export default meta;

type Story = StoryObj<EventListArgs>;

export const Default: Story = {
  beforeEach: mockApi(),
};

/** The answer takes two seconds, so the placeholders show first. */
export const Loading: Story = {
  beforeEach: mockApi('slow'),
};

export const Empty: Story = {
  beforeEach: mockApi('empty'),
};

/** Every request fails with a 500, after the SDK's retries. */
export const ServerError: Story = {
  beforeEach: mockApi('failing'),
};

/** The widget takes its language from the nearest `lang` on the page. */
export const Chinese: Story = {
  beforeEach: mockApi(),
  decorators: [(story) => html`<div lang="zh-CN">${story()}</div>`],
};
