import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../donor-wall.js';
import '../provider.js';
import { stateStory } from '../test-support/state-stories.js';
import type { NgoDonorWall } from './ngo-donor-wall.js';

type DonorWallArgs = Pick<NgoDonorWall, 'groupBy' | 'showAmounts'> & Partial<Pick<NgoDonorWall, 'period' | 'lang' | 'theme'>>;

/**
 * The wall comes from the mock server running in the page, through the
 * `<ngo-provider>` every story is wrapped in; the toolbar switches language,
 * theme and what the mock API does (slow, failing, empty, offline).
 */
const meta = {
  title: 'Widgets/Donor wall',
  component: 'ngo-donor-wall',
  args: { groupBy: 'tier', period: '2026', showAmounts: false },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['tier', 'period'] },
    period: { control: 'text' },
    showAmounts: { control: 'boolean' },
    lang: { control: 'select', options: [undefined, 'en', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  render: ({ groupBy, period, showAmounts, lang, theme }) => html`
    <ngo-donor-wall
      group-by=${groupBy}
      period=${ifDefined(period)}
      ?show-amounts=${showAmounts}
      lang=${ifDefined(lang)}
      theme=${ifDefined(theme)}
    ></ngo-donor-wall>
  `,
} satisfies Meta<DonorWallArgs>;

export default meta;

type Story = StoryObj<DonorWallArgs>;

/** By tier, highest first; donors who chose anonymity are "a friend of the organisation". */
export const Default: Story = {};

/** A group per quarter of the year, latest first, each donor with the tier of that quarter. */
export const ByQuarter: Story = {
  args: { groupBy: 'period' },
};

export const OneQuarter: Story = {
  args: { groupBy: 'period', period: '2026-Q3' },
};

export const LastYear: Story = {
  args: { period: '2025' },
};

export const Loading: Story = stateStory('loading');
export const Empty: Story = stateStory('empty');
export const ServerError: Story = stateStory('serverError');
export const Offline: Story = stateStory('offline');
export const Chinese: Story = stateStory('chinese');
export const TraditionalChinese: Story = stateStory('traditionalChinese');
export const Dark: Story = stateStory('dark');

/**
 * Sums, from a backend that publishes them for donors who agreed (the
 * reference API never does): shown only with `show-amounts`, never for an
 * anonymous donor.
 */
export const WithAmounts: Story = {
  args: { showAmounts: true },
  render: ({ showAmounts, lang, theme }) => html`
    <ngo-provider api="https://mock.ngo-kit.invalid" key="pk_demo" .fetch=${wallWithAmounts}>
      <ngo-donor-wall ?show-amounts=${showAmounts} lang=${ifDefined(lang)} theme=${ifDefined(theme)}></ngo-donor-wall>
    </ngo-provider>
  `,
};

/** A backend that sends sums for the donors who agreed to show them. */
const wallWithAmounts: typeof fetch = async () =>
  Response.json({
    items: [
      { displayName: 'Spree Software GmbH', anonymous: false, tier: 'benefactor', period: '2026', amounts: [{ amount: 150_000, currency: 'EUR' }] },
      { displayName: '明德文化有限公司', anonymous: false, tier: 'patron', period: '2026', amounts: [{ amount: 300_000, currency: 'CNY' }] },
      { displayName: null, anonymous: true, tier: 'patron', period: '2026' },
      { displayName: 'Rosa Wilson', anonymous: false, tier: 'friend', period: '2026' },
      { displayName: 'Ben Evans', anonymous: false, tier: 'friend', period: '2026', amounts: [{ amount: 7_500, currency: 'EUR' }] },
    ],
    nextCursor: null,
  });
