import { createMemoryStore, createMockFetch, emptySeed } from '@ngo-kit/mock-server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../announcements.js';
import '../provider.js';
import { HOSTILE_HTML } from '../test-support/hostile-html.js';
import { stateStory } from '../test-support/state-stories.js';
import type { NgoAnnouncements } from './ngo-announcements.js';

type AnnouncementsArgs = Pick<NgoAnnouncements, 'limit'> & Partial<Pick<NgoAnnouncements, 'eventUrl' | 'lang' | 'theme'>>;

/**
 * The notices come from the mock server running in the page, through the
 * `<ngo-provider>` every story is wrapped in; the toolbar switches language,
 * theme and what the mock API does (slow, failing, empty, offline).
 */
const meta = {
  title: 'Widgets/Announcements',
  component: 'ngo-announcements',
  args: { limit: 5 },
  argTypes: {
    limit: { control: { type: 'number', min: 1, max: 100 } },
    eventUrl: { control: 'text' },
    lang: { control: 'select', options: [undefined, 'en', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  render: ({ limit, eventUrl, lang, theme }) => html`
    <ngo-announcements limit=${limit} event-url=${ifDefined(eventUrl)} lang=${ifDefined(lang)} theme=${ifDefined(theme)}></ngo-announcements>
  `,
} satisfies Meta<AnnouncementsArgs>;

export default meta;

type Story = StoryObj<AnnouncementsArgs>;

/** The pinned welcome first, then the latest; "Show more" brings the next five. */
export const Default: Story = {};

/** Event notices link to the event's page on the organisation's site. */
export const WithEventLinks: Story = {
  args: { eventUrl: '/events/{id}' },
};

export const Loading: Story = stateStory('loading');
export const Empty: Story = stateStory('empty');
export const ServerError: Story = stateStory('serverError');
export const Offline: Story = stateStory('offline');
export const Chinese: Story = stateStory('chinese');
export const TraditionalChinese: Story = stateStory('traditionalChinese');
export const Dark: Story = stateStory('dark');

/**
 * Notices written to attack the page: scripts, event handlers, `javascript:`
 * links, SVG and MathML payloads, parser tricks, a direction override, a
 * word of 19,000 letters. Each shows only its harmless text and structure;
 * nothing runs.
 */
export const HostileAnnouncement: Story = {
  args: { limit: 100 },
  render: ({ limit, lang, theme }) => html`
    <ngo-provider api="https://mock.ngo-kit.invalid" key="pk_demo" .fetch=${hostileFetch()}>
      <ngo-announcements limit=${limit} lang=${ifDefined(lang)} theme=${ifDefined(theme)} event-url="/events/{id}"></ngo-announcements>
    </ngo-provider>
  `,
};

let hostile: typeof fetch | undefined;

/** A mock API whose only notices are the hostile corpus, made once so that the widget's client is shared. */
function hostileFetch(): typeof fetch {
  if (hostile) return hostile;
  const store = createMemoryStore(emptySeed());
  const publishedAt = new Date(Date.now() - 60_000).toISOString();
  store.write((data) => {
    HOSTILE_HTML.forEach(({ name, html: bodyHtml }, index) => {
      data.announcements.push({
        id: `ann_hostile_${index}`,
        title: name,
        bodyHtml,
        kind: 'platform',
        eventId: null,
        pinned: index === 0,
        publishedAt,
        locale: 'en',
      });
    });
  });
  hostile = createMockFetch({ store });
  return hostile;
}
