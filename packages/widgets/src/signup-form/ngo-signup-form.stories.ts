import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../signup-form.js';
import type { NgoSignupForm } from './ngo-signup-form.js';

type SignupFormArgs = Partial<
  Pick<NgoSignupForm, 'privacyUrl' | 'privacyNewTab' | 'signInUrl' | 'interests' | 'lang' | 'theme'>
>;

/** The form of a story, once it has rendered. */
async function formIn(canvas: HTMLElement): Promise<NgoSignupForm> {
  const form = canvas.querySelector('ngo-signup-form');
  if (!form) throw new Error('the story has no <ngo-signup-form>');
  await form.updateComplete;
  return form;
}

/** Fills the form as a person would have and sends it, to show what follows. */
async function fillAndSend(canvas: HTMLElement, email: string): Promise<NgoSignupForm> {
  const form = await formIn(canvas);
  form.form.set('roles', ['member', 'volunteer']);
  form.form.set('name', 'Ada Lovelace');
  form.form.set('email', email);
  form.form.set('interests', ['environment', 'events']);
  form.form.set('consent', true);
  await form.form.submit();
  return form;
}

/** The confirmation code the mock server mailed to `email`, read from its mail box. */
async function mailedCode(form: NgoSignupForm, email: string): Promise<string> {
  const { api, fetch: mockFetch = fetch } = form.config;
  const response = await mockFetch(new URL(`/__mock/mail?to=${encodeURIComponent(email)}`, api).href);
  const { items } = (await response.json()) as { items: { token: string | null }[] };
  return items[0]?.token ?? '';
}

/**
 * The signup goes to the mock server running in the page, through the
 * `<ngo-provider>` every story is wrapped in; the toolbar switches language,
 * theme and what the mock API does. Stories past the first fill in and send
 * the form themselves to show the state that follows.
 */
const meta = {
  title: 'Widgets/Signup form',
  component: 'ngo-signup-form',
  args: { privacyUrl: 'https://example.org/privacy' },
  argTypes: {
    privacyUrl: { control: 'text' },
    privacyNewTab: { control: 'boolean' },
    signInUrl: { control: 'text' },
    interests: { control: 'text' },
    lang: { control: 'select', options: [undefined, 'en', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  decorators: [
    (story) => {
      // each story starts from an empty form, not from the draft the last one left in this tab
      for (const key of Object.keys(sessionStorage)) if (key.startsWith('ngo-kit:form:signup-form')) sessionStorage.removeItem(key);
      return story();
    },
  ],
  render: ({ privacyUrl, privacyNewTab, signInUrl, interests, lang, theme }) => html`
    <ngo-signup-form
      privacy-url=${ifDefined(privacyUrl)}
      ?privacy-new-tab=${privacyNewTab}
      sign-in-url=${ifDefined(signInUrl)}
      interests=${ifDefined(interests)}
      lang=${ifDefined(lang)}
      theme=${ifDefined(theme)}
    ></ngo-signup-form>
  `,
} satisfies Meta<SignupFormArgs>;

export default meta;

type Story = StoryObj<SignupFormArgs>;

export const Editing: Story = {};

/** The consent names the policy without linking it when the page gives no `privacy-url`. */
export const WithoutPrivacyLink: Story = {
  args: { privacyUrl: undefined },
};

/** An organisation's own interests: known keys in the reader's language, the rest as written. */
export const OwnInterests: Story = {
  args: { interests: 'environment, youth, Choir, Repair café' },
};

/** Sent empty: a message next to each field that needs one, the first of them focused. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    form.form.set('roles', []);
    await form.form.submit();
  },
};

/** The mock server answers after two seconds: the button says it is busy. */
export const Sending: Story = {
  globals: { scenario: 'slow' },
  play: async ({ canvasElement }) => {
    void fillAndSend(canvasElement, 'sending@example.net');
  },
};

/** Sent: "check your inbox", and a field for the mailed code. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    await fillAndSend(canvasElement, 'sent@example.net');
  },
};

/** The code from the mock server's e-mail entered: the member is confirmed. */
export const Confirmed: Story = {
  play: async ({ canvasElement }) => {
    const email = 'confirmed@example.net';
    const form = await fillAndSend(canvasElement, email);
    form.confirmation.set('token', await mailedCode(form, email));
    await form.confirmation.submit();
  },
};

/** Opened with "Signed up already?": the code form on its own, for a code from an earlier signup. */
export const EnteringACode: Story = {
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    form.shadowRoot?.querySelector<HTMLButtonElement>('[part~="have-code"]')?.click();
  },
};

/** The address of the seed's member Lena Fischer: told kindly, with a way to sign in. */
export const AlreadyAMember: Story = {
  args: { signInUrl: 'https://example.org/portal' },
  play: async ({ canvasElement }) => {
    await fillAndSend(canvasElement, 'lena.fischer@example.org');
  },
};

/** Every request fails with a 500: the form stays filled, with a retry. */
export const ServerError: Story = {
  globals: { scenario: 'failing' },
  play: async ({ canvasElement }) => {
    await fillAndSend(canvasElement, 'failing@example.net');
  },
};

/** The API says to slow down (429): the message says when to try again. */
export const RateLimited: Story = {
  globals: { scenario: 'rate-limited' },
  play: async ({ canvasElement }) => {
    await fillAndSend(canvasElement, 'limited@example.net');
  },
};

/** No network: the signup is kept and sent once when the browser is back online. */
export const Offline: Story = {
  globals: { scenario: 'offline' },
  play: async ({ canvasElement }) => {
    await fillAndSend(canvasElement, 'offline@example.net');
  },
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
