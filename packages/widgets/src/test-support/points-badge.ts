import { createMockFetch, createMemoryStore, DEMO_NOW, demoSeed } from '@ngo-kit/mock-server/browser';
import { createClient, memoryStorage, type NgoClient } from '@ngo-kit/sdk';
import { html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../points-badge.js';
import '../provider.js';
import type { NgoPointsBadge } from '../points-badge/ngo-points-badge.js';
import { mount } from './mount.js';
import { startMockApi } from './mock-api.js';
import { waitUntil } from './wait.js';

/** What the tests of `<ngo-points-badge>` share: mounting it signed in as a demo member, finding its parts, an API of the page's own. */

export const KEY = 'pk_test_widgets';
export const LENA = 'mt_demo_member';
export const TOTE_BAG = 'Tote bag with our logo';

export type StoreData = Parameters<Parameters<ReturnType<typeof createMemoryStore>['write']>[0]>[0];

/** Fails the test with `what` when `found` is missing. */
function present<T>(found: T | null | undefined, what: string): T {
  if (found === null || found === undefined) throw new Error(`${what} is not there`);
  return found;
}

export function parts(badge: NgoPointsBadge, name: string): HTMLElement[] {
  return [...badge.renderRoot.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function part(badge: NgoPointsBadge, name: string): HTMLElement {
  return present(parts(badge, name)[0], `part ${name}`);
}

export function text(element: Element | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function reward(badge: NgoPointsBadge, title: string): HTMLElement {
  const found = parts(badge, 'reward').find((item) => text(item.querySelector('h4') ?? undefined) === title);
  return present(found, `the reward "${title}"`);
}

export function button(item: HTMLElement, name: string): HTMLButtonElement {
  return present(item.querySelector<HTMLButtonElement>(`[part~="${name}"]`), `button ${name}`);
}

export interface MountOptions {
  api: string;
  fetch?: typeof fetch | undefined;
  token?: string | undefined;
  variant?: 'compact' | undefined;
  lang?: string;
  theme?: string | undefined;
  signInUrl?: string | undefined;
}

export async function mountBadge(options: MountOptions): Promise<NgoPointsBadge> {
  const wrapper = await mount<HTMLElement>(html`
    <div lang=${options.lang ?? 'en'}>
      <ngo-provider api=${options.api} key=${KEY} .fetch=${options.fetch}>
        <ngo-points-badge
          member-token=${ifDefined(options.token)}
          variant=${ifDefined(options.variant)}
          theme=${ifDefined(options.theme)}
          sign-in-url=${ifDefined(options.signInUrl)}
        ></ngo-points-badge>
      </ngo-provider>
    </div>
  `);
  return present(wrapper.querySelector('ngo-points-badge'), 'the badge');
}

export async function loaded(badge: NgoPointsBadge): Promise<void> {
  await waitUntil(
    () => ['balance', 'entry', 'reward', 'certificate'].every((name) => parts(badge, name).length > 0),
    'the badge did not load',
  );
}

export async function balanceIs(badge: NgoPointsBadge, expected: string): Promise<void> {
  await waitUntil(() => text(parts(badge, 'balance')[0]) === expected, `balance not ${expected}`);
}

/** A client of its own, to look at the API's data as it is, without the widget's cache. */
export function lookingClient(api: string, fetch?: typeof globalThis.fetch): NgoClient {
  return createClient({ baseUrl: api, publishableKey: KEY, memberToken: LENA, fetch, storage: memoryStorage(), cache: false });
}

/** The redemptions in Lena's ledger made on the demo day, i.e. by the test. */
export async function redemptionsToday(client: NgoClient): Promise<string[]> {
  const { items } = await client.points.ledger({ limit: 20 });
  return items.filter((entry) => entry.kind === 'redeemed' && entry.at.getTime() >= Date.parse(DEMO_NOW) - 60_000).map((entry) => entry.reason);
}

let inPageApis = 0;

/** The mock API running in this page, over a store the test may change. */
export function inPageApi(change?: (data: StoreData) => void) {
  const store = createMemoryStore(demoSeed());
  if (change) store.write(change);
  const fetch = createMockFetch({ store, now: () => new Date(DEMO_NOW) });
  return { api: `https://mock-${++inPageApis}.ngo-kit.invalid/`, fetch, store };
}

export async function ask(badge: NgoPointsBadge, title: string): Promise<void> {
  button(reward(badge, title), 'redeem').click();
  await badge.updateComplete;
}

export async function confirm(badge: NgoPointsBadge): Promise<void> {
  part(badge, 'confirm').click();
  await waitUntil(() => parts(badge, 'outcome').length > 0, 'no outcome');
}

export type State = 'loading' | 'loaded' | 'empty' | 'error' | 'offline' | 'signed-out';
const LANGS = ['en', 'zh-CN', 'zh-TW'] as const;
const THEMES = ['light', 'dark'] as const;

const offlineFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** Lena with nothing: no ledger, no certificates, and a catalogue without rewards. */
function emptyMember(data: StoreData) {
  const lena = present(data.members.find((member) => member.email === 'lena.fischer@example.org'), 'Lena Fischer');
  data.ledger = data.ledger.filter((entry) => entry.memberId !== lena.id);
  data.certificates = data.certificates.filter((certificate) => certificate.memberId !== lena.id);
  data.rewards = [];
}

/** Six full badges, one per language and theme, all in `state`. */
export async function mountInState(state: State): Promise<NgoPointsBadge[]> {
  const inPage = state === 'empty' ? inPageApi(emptyMember) : undefined;
  const api =
    state === 'loading'
      ? await startMockApi({ faults: { latencyMs: 30_000 } })
      : state === 'error'
        ? await startMockApi({ faults: { failRate: 1 } })
        : await startMockApi();
  const wrapper = await mount<HTMLElement>(html`
    <ngo-provider
      api=${inPage?.api ?? api.baseUrl}
      key=${KEY}
      member-token=${ifDefined(state === 'signed-out' ? undefined : LENA)}
      .fetch=${state === 'offline' ? offlineFetch : inPage?.fetch}
    >
      ${LANGS.flatMap((lang) => THEMES.map((theme) => html`<ngo-points-badge lang=${lang} theme=${theme}></ngo-points-badge>`))}
    </ngo-provider>
  `);
  const badges = [...wrapper.querySelectorAll('ngo-points-badge')];
  const shown: Record<State, string> = {
    loading: '[part~="skeleton"]',
    loaded: '[part~="certificate"]',
    empty: '.sections [part~="status-empty"]',
    error: '[part~="status-error"]',
    offline: '[part~="status-error"]',
    'signed-out': '[part~="sign-in"]',
  };
  await waitUntil(() => badges.every((badge) => badge.renderRoot.querySelector(shown[state])), `not all ${state}`);
  // The balance and the certificates are two loads: either may arrive first on a busy machine.
  if (state === 'loaded') await Promise.all(badges.map(loaded));
  if (state === 'empty') {
    await waitUntil(() => badges.every((badge) => parts(badge, 'status-empty').length === 3), 'not every section empty');
  }
  return badges;
}
