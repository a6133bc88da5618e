import { createMemoryStore, createMockFetch, DEMO_NOW, demoSeed } from '@ngo-kit/mock-server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../points-badge.js';
import type { NgoPointsBadge } from './ngo-points-badge.js';

type PointsBadgeArgs = Partial<Pick<NgoPointsBadge, 'variant' | 'memberToken' | 'signInUrl' | 'lang' | 'theme'>>;

type StoreData = Parameters<Parameters<ReturnType<typeof createMemoryStore>['write']>[0]>[0];

const LENA = 'mt_demo_member';

/**
 * A mock API of the story's own, over demo data changed by `change`, so a
 * story that spends points or empties the stock leaves the other stories'
 * data alone. It goes in an `<ngo-provider>` inside the toolbar's one.
 */
function ownApi(change?: (data: StoreData) => void, faulty?: (request: Request) => boolean): typeof fetch {
  const store = createMemoryStore(demoSeed());
  if (change) store.write(change);
  const mockFetch = createMockFetch({ store, now: () => new Date(DEMO_NOW) });
  return (input, init) => {
    if (faulty?.(new Request(input, init))) return Promise.reject(new TypeError('Failed to fetch'));
    return mockFetch(input, init);
  };
}

function lena(data: StoreData) {
  const member = data.members.find((candidate) => candidate.email === 'lena.fischer@example.org');
  if (!member) throw new Error('The demo seed has no Lena Fischer.');
  return member;
}

/** Waits until `find` finds something in the badge's shadow root; a story's `play` acts on what the widget loaded. */
async function until<T>(find: () => T | null | undefined, timeout = 5_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error('The badge did not show what the story needs.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function badgeIn(canvas: HTMLElement): NgoPointsBadge {
  const badge = canvas.querySelector('ngo-points-badge');
  if (!badge) throw new Error('The story has no badge.');
  return badge;
}

/** Presses a reward's redeem button and, with `confirm`, the confirmation. */
async function redeem(canvas: HTMLElement, title: string, confirm: boolean): Promise<void> {
  const root = badgeIn(canvas).renderRoot;
  const reward = await until(() =>
    [...root.querySelectorAll('[part~="reward"]')].find((item) => item.querySelector('h4')?.textContent?.trim() === title),
  );
  reward.querySelector<HTMLButtonElement>('[part~="redeem"]')?.click();
  if (!confirm) return;
  (await until(() => root.querySelector<HTMLButtonElement>('[part~="confirm"]'))).click();
}

/**
 * The data comes from the mock server running in the page, through the
 * `<ngo-provider>` every story is wrapped in, signed in as Lena Fischer
 * (`mt_demo_member`); the toolbar switches language, theme and what the mock
 * API does (slow, failing, empty, offline). Stories that change data bring
 * a mock API of their own.
 */
const meta = {
  title: 'Widgets/Points badge',
  component: 'ngo-points-badge',
  args: { memberToken: LENA },
  argTypes: {
    variant: { control: 'inline-radio', options: [undefined, 'full', 'compact'] },
    memberToken: { control: 'select', options: [undefined, LENA, 'mt_demo_member_zh', 'mt_demo_expired'] },
    signInUrl: { control: 'text' },
    lang: { control: 'select', options: [undefined, 'en', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  render: ({ variant, memberToken, signInUrl, lang, theme }) =>
    html`<ngo-points-badge
      variant=${ifDefined(variant)}
      member-token=${ifDefined(memberToken)}
      sign-in-url=${ifDefined(signInUrl)}
      lang=${ifDefined(lang)}
      theme=${ifDefined(theme)}
    ></ngo-points-badge>`,
} satisfies Meta<PointsBadgeArgs>;

export default meta;

type Story = StoryObj<PointsBadgeArgs>;

/** The full form: a card with the balance, tier and progress, the ledger, the rewards and the certificates. */
export const SignedIn: Story = {};

/** The compact form, for a page header: a button with the balance and tier that opens the panel as a dialog. */
export const Compact: Story = {
  args: { variant: 'compact' },
};

export const CompactOpen: Story = {
  args: { variant: 'compact' },
  play: async ({ canvasElement }) => {
    const badge = badgeIn(canvasElement);
    await until(() => badge.renderRoot.querySelector('[part~="open"]'));
    await badge.showPanel();
  },
};

/** No member token: a plain sentence on how to sign in. */
export const NotSignedIn: Story = {
  args: { memberToken: undefined },
};

/** No member token, and the page gave its sign-in address: a link to it. */
export const NotSignedInWithLink: Story = {
  args: { memberToken: undefined, signInUrl: '#sign-in' },
};

/** The API refuses the token (401), e.g. a session that ended: the same as signed out. */
export const SessionEnded: Story = {
  args: { memberToken: 'mt_demo_expired', signInUrl: '#sign-in' },
};

/** Lena has 80 points: most rewards say how many more she needs, and their buttons are disabled. */
export const NotEnoughPoints: Story = {
  render: (args) => html`<ngo-provider .fetch=${ownApi((data) => {
    const member = lena(data);
    data.ledger.push({
      id: 'led_story_1',
      memberId: member.id,
      kind: 'earned',
      source: 'adjustment',
      amount: -170,
      reason: 'Correction: the summer fair shifts were counted twice',
      balanceAfter: 80,
      at: '2026-11-20T10:00:00Z',
    });
  })} api="https://story-not-enough.ngo-kit.invalid">${meta.render(args)}</ngo-provider>`,
};

/** Several rewards ran out: their buttons are disabled and say so. */
export const OutOfStock: Story = {
  render: (args) => html`<ngo-provider .fetch=${ownApi((data) => {
    for (const reward of data.rewards) if (reward.kind === 'prize' && reward.cost <= 250) reward.stock = 0;
  })} api="https://story-out-of-stock.ngo-kit.invalid">${meta.render(args)}</ngo-provider>`,
};

/** The question before points are spent. */
export const Confirming: Story = {
  render: (args) => html`<ngo-provider .fetch=${ownApi()} api="https://story-confirming.ngo-kit.invalid">${meta.render(args)}</ngo-provider>`,
  play: ({ canvasElement }) => redeem(canvasElement, 'Tote bag with our logo', false),
};

/** A tote bag redeemed: the outcome with the new balance, which the summary and the ledger show too. */
export const Redeemed: Story = {
  render: (args) => html`<ngo-provider .fetch=${ownApi()} api="https://story-redeemed.ngo-kit.invalid">${meta.render(args)}</ngo-provider>`,
  play: ({ canvasElement }) => redeem(canvasElement, 'Tote bag with our logo', true),
};

/** Redeemed without a connection: kept on this device with its idempotency key, to be sent once. */
export const RedeemedOffline: Story = {
  render: (args) => html`<ngo-provider
    .fetch=${ownApi(undefined, (request) => request.method === 'POST')}
    api="https://story-offline.ngo-kit.invalid"
  >${meta.render(args)}</ngo-provider>`,
  play: ({ canvasElement }) => redeem(canvasElement, 'Tote bag with our logo', true),
};

/** A member with nothing yet: no ledger, no certificates, and a catalogue without rewards. */
export const NothingYet: Story = {
  render: (args) => html`<ngo-provider .fetch=${ownApi((data) => {
    const member = lena(data);
    data.ledger = data.ledger.filter((entry) => entry.memberId !== member.id);
    data.certificates = data.certificates.filter((certificate) => certificate.memberId !== member.id);
    data.rewards = [];
  })} api="https://story-nothing.ngo-kit.invalid">${meta.render(args)}</ngo-provider>`,
};

/** The answers take two seconds, so the placeholders show first, in the space the content will take. */
export const Loading: Story = {
  globals: { scenario: 'slow' },
};

/** Every request fails with a 500, after the SDK's retries. */
export const ServerError: Story = {
  globals: { scenario: 'failing' },
};

/** No network: the error says so, and the badge loads by itself when the browser is back online. */
export const Offline: Story = {
  globals: { scenario: 'offline' },
};

/** 王芳 (`mt_demo_member_zh`) on a Simplified Chinese page. */
export const Chinese: Story = {
  args: { memberToken: 'mt_demo_member_zh' },
  globals: { locale: 'zh-CN' },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
