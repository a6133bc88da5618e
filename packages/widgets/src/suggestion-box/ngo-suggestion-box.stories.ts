import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../suggestion-box.js';
import type { NgoSuggestionBox } from './ngo-suggestion-box.js';

type SuggestionBoxArgs = Pick<NgoSuggestionBox, 'mode' | 'sort' | 'limit'> &
  Partial<Pick<NgoSuggestionBox, 'category' | 'memberToken' | 'lang' | 'theme'>> & {
    /** What the story does with the form once it is on the page. */
    fill?: 'valid' | 'invalid';
  };

const filled = new WeakSet<Element>();

/** Fills the form once, as a person would, and sends it: for the stories of what follows a submission. */
function fillAndSend(fill: SuggestionBoxArgs['fill']) {
  return (element?: Element) => {
    const box = element as NgoSuggestionBox | undefined;
    if (!box || !fill || filled.has(box)) return;
    filled.add(box);
    void box.updateComplete.then(() => {
      // Another story's draft (the stories share the tab's sessionStorage) must not stand in for this one.
      box.form.reset();
      if (fill === 'valid') {
        box.form.set('title', 'A quiet corner at the charity sale');
        box.form.set('body', 'Some of us find the crowd hard: a quiet corner with chairs would help.');
        box.form.set('category', 'events');
        box.form.set('anonymous', true);
      } else {
        box.form.set('title', 'Hi');
        box.form.set('contactEmail', 'not-an-address');
      }
      void box.form.submit();
    });
  };
}

/**
 * The data comes from the mock server running in the page, through the
 * `<ngo-provider>` every story is wrapped in; the toolbar switches language,
 * theme and what the mock API does (slow, failing, empty, offline). The
 * stories below fix one of those, or fill the form, to show one state.
 */
const meta = {
  title: 'Widgets/Suggestion box',
  component: 'ngo-suggestion-box',
  args: { mode: 'both', sort: 'votes', limit: 5 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['both', 'form', 'list'] },
    sort: { control: 'inline-radio', options: ['votes', 'recent'] },
    category: { control: 'select', options: [undefined, 'events', 'communication', 'volunteering', 'website', 'other'] },
    limit: { control: { type: 'number', min: 1, max: 100 } },
    memberToken: { control: 'select', options: [undefined, 'mt_demo_member', 'mt_demo_member_zh'] },
    lang: { control: 'select', options: [undefined, 'en', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
    fill: { table: { disable: true } },
  },
  render: ({ mode, sort, category, limit, memberToken, lang, theme, fill }) => html`
    <ngo-suggestion-box
      mode=${mode}
      sort=${sort}
      category=${ifDefined(category)}
      limit=${limit}
      member-token=${ifDefined(memberToken)}
      lang=${ifDefined(lang)}
      theme=${ifDefined(theme)}
      ${ref(fillAndSend(fill))}
    ></ngo-suggestion-box>
  `,
} satisfies Meta<SuggestionBoxArgs>;

export default meta;

type Story = StoryObj<SuggestionBoxArgs>;

export const Default: Story = {};

export const FormOnly: Story = {
  args: { mode: 'form' },
};

/** Newest first, only one topic. */
export const ListOnly: Story = {
  args: { mode: 'list', sort: 'recent', category: 'events' },
};

/** Signed in: no name field (the member's name is shown), and votes count once per member. */
export const SignedIn: Story = {
  args: { memberToken: 'mt_demo_member' },
};

/** The answer takes two seconds: placeholders hold the list's place. */
export const Loading: Story = {
  globals: { scenario: 'slow' },
};

export const Empty: Story = {
  globals: { scenario: 'empty' },
};

/** Every request fails with a 500, after the SDK's retries: the list offers to try again. */
export const ServerError: Story = {
  globals: { scenario: 'failing' },
};

/** No network: the list says so, and a suggestion sent now is kept and sent once the browser is back online. */
export const Offline: Story = {
  args: { fill: 'valid' },
  globals: { scenario: 'offline' },
};

/** A suggestion was sent: it waits for moderation, and the box says it is not public yet. */
export const Sent: Story = {
  args: { mode: 'form', fill: 'valid' },
};

/** Every field's message next to it, and the count announced. */
export const InvalidInput: Story = {
  args: { mode: 'form', fill: 'invalid' },
};

/** The API answers 429 with `Retry-After`: the box says when to send again, and keeps the text. */
export const RateLimited: Story = {
  args: { mode: 'form', fill: 'valid' },
  globals: { scenario: 'rate-limited' },
};

export const Chinese: Story = {
  globals: { locale: 'zh-CN' },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
