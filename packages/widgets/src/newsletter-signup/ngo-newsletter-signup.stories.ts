import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../newsletter-signup.js';
import type { NgoNewsletterSignup } from './ngo-newsletter-signup.js';

type NewsletterSignupArgs = Partial<
  Pick<NgoNewsletterSignup, 'privacyUrl' | 'privacyNewTab' | 'showArchive' | 'archiveLimit' | 'lang' | 'theme'>
>;

/** Fills the form as a person would have and sends it, to show what follows. */
async function subscribe(canvas: HTMLElement, email: string): Promise<void> {
  const signup = canvas.querySelector('ngo-newsletter-signup');
  if (!signup) throw new Error('the story has no <ngo-newsletter-signup>');
  await signup.updateComplete;
  signup.form.set('email', email);
  signup.form.set('consent', true);
  await signup.form.submit();
}

/**
 * The subscription goes to the mock server running in the page, through the
 * `<ngo-provider>` every story is wrapped in; the toolbar switches language,
 * theme and what the mock API does (slow, failing, empty, offline: the
 * archive shows each). Stories past the first few send the form themselves
 * to show the state that follows.
 */
const meta = {
  title: 'Widgets/Newsletter signup',
  component: 'ngo-newsletter-signup',
  args: { privacyUrl: 'https://example.org/privacy', showArchive: true, archiveLimit: 6 },
  argTypes: {
    privacyUrl: { control: 'text' },
    privacyNewTab: { control: 'boolean' },
    showArchive: { control: 'boolean' },
    archiveLimit: { control: { type: 'number', min: 1, max: 33 } },
    lang: { control: 'select', options: [undefined, 'en', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  decorators: [
    (story) => {
      // each story starts from an empty form, not from the draft the last one left in this tab
      for (const key of Object.keys(sessionStorage)) if (key.startsWith('ngo-kit:form:newsletter-signup')) sessionStorage.removeItem(key);
      return story();
    },
  ],
  render: ({ privacyUrl, privacyNewTab, showArchive, archiveLimit, lang, theme }) => html`
    <ngo-newsletter-signup
      privacy-url=${ifDefined(privacyUrl)}
      ?privacy-new-tab=${privacyNewTab}
      ?show-archive=${showArchive}
      archive-limit=${ifDefined(archiveLimit)}
      lang=${ifDefined(lang)}
      theme=${ifDefined(theme)}
    ></ngo-newsletter-signup>
  `,
} satisfies Meta<NewsletterSignupArgs>;

export default meta;

type Story = StoryObj<NewsletterSignupArgs>;

export const Default: Story = {};

/** Without the archive, as it sits in a footer. */
export const FooterCompact: Story = {
  args: { showArchive: false },
};

/** In a narrow column the fields stack: the widget's width decides, not the window's. */
export const Narrow: Story = {
  args: { showArchive: false },
  render: (args) => html`<div style="max-width: 18rem">${meta.render(args)}</div>`,
};

/** The archive's placeholders hold its place for the two seconds the mock server takes. */
export const ArchiveLoading: Story = {
  globals: { scenario: 'slow' },
};

export const ArchiveEmpty: Story = {
  globals: { scenario: 'empty' },
};

/** Every request fails with a 500: the archive says so, with a retry; the form still works once the server does. */
export const ArchiveError: Story = {
  globals: { scenario: 'failing' },
};

/** Sent empty: a message next to each field, the first of them focused. */
export const Errors: Story = {
  args: { showArchive: false },
  play: async ({ canvasElement }) => {
    const signup = canvasElement.querySelector('ngo-newsletter-signup');
    await signup?.updateComplete;
    await signup?.form.submit();
  },
};

/** Sent: "check your inbox", said the same whether or not the address was subscribed already. */
export const Sent: Story = {
  args: { showArchive: false },
  play: async ({ canvasElement }) => {
    await subscribe(canvasElement, 'reader@example.net');
  },
};

/** The seed's subscriber Lena Fischer: the very same answer; the mock server mails her that nothing changed. */
export const AlreadySubscribed: Story = {
  args: { showArchive: false },
  play: async ({ canvasElement }) => {
    await subscribe(canvasElement, 'lena.fischer@example.org');
  },
};

export const ServerError: Story = {
  args: { showArchive: false },
  globals: { scenario: 'failing' },
  play: async ({ canvasElement }) => {
    await subscribe(canvasElement, 'failing@example.net');
  },
};

/** The API says to slow down (429): the message says when to try again. */
export const RateLimited: Story = {
  args: { showArchive: false },
  globals: { scenario: 'rate-limited' },
  play: async ({ canvasElement }) => {
    await subscribe(canvasElement, 'limited@example.net');
  },
};

/** No network: the subscription is kept and sent once when the browser is back online. */
export const Offline: Story = {
  args: { showArchive: false },
  globals: { scenario: 'offline' },
  play: async ({ canvasElement }) => {
    await subscribe(canvasElement, 'offline@example.net');
  },
};

export const Chinese: Story = {
  globals: { locale: 'zh-CN' },
};

/** The archive has no Traditional Chinese issues: each month comes in Simplified Chinese. */
export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
