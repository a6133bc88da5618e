import { html } from '@open-wc/testing';
import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../provider.js';
import '../suggestion-box.js';
import type { NgoSuggestionBox } from '../suggestion-box/ngo-suggestion-box.js';
import { type } from './keyboard.js';
import type { MockApi } from './mock-api.js';
import { expectAccessible } from './a11y.js';
import { mount } from './mount.js';
import { startMockApi } from './mock-api.js';
import { waitUntil } from './wait.js';

/**
 * What the tests of <ngo-suggestion-box> share: mounting a box, reading its
 * parts, filling its form, recording its requests, and asking the mock API
 * directly (raw, as text) what it holds.
 */

export const KEY = 'pk_test_widgets';
export const SECRET = 'sk_test';
export const MEMBER = 'mt_demo_member';

/** One request a widget made and the API's answer, as text: what a test searches for secrets. */
export interface Exchange {
  method: string;
  url: string;
  authorization: string | null;
  idempotencyKey: string | null;
  body: string;
  status: number;
  text: string;
}

/**
 * A `fetch` that records every exchange. `online()` false makes it fail as a
 * browser without a network does; `answer` may answer a request itself.
 */
export function recordingFetch(options: { online?: () => boolean; answer?: (request: Request) => Response | undefined } = {}) {
  const exchanges: Exchange[] = [];
  const recorder: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (options.online && !options.online()) throw new TypeError('Failed to fetch');
    const body = await request.clone().text();
    const response = options.answer?.(request.clone()) ?? (await fetch(request));
    const text = await response.clone().text();
    const { method, url } = request;
    const { headers } = request;
    exchanges.push({
      method,
      url,
      authorization: headers.get('authorization'),
      idempotencyKey: headers.get('idempotency-key'),
      body,
      status: response.status,
      text,
    });
    return response;
  };
  return { exchanges, fetch: recorder };
}

export interface BoxOptions {
  lang?: string;
  theme?: string;
  mode?: string;
  sort?: string;
  category?: string;
  limit?: number;
  memberToken?: string;
  fetch?: typeof fetch;
}

export async function mountBox(api: MockApi | string, options: BoxOptions = {}): Promise<NgoSuggestionBox> {
  const base = typeof api === 'string' ? api : api.baseUrl;
  const wrapper = await mount<HTMLElement>(html`
    <div lang=${options.lang ?? 'en'}>
      <ngo-provider api=${base} key=${KEY} member-token=${ifDefined(options.memberToken)} .fetch=${options.fetch}>
        <ngo-suggestion-box
          mode=${ifDefined(options.mode)}
          sort=${ifDefined(options.sort)}
          category=${ifDefined(options.category)}
          theme=${ifDefined(options.theme)}
          limit=${options.limit ?? nothing}
        ></ngo-suggestion-box>
      </ngo-provider>
    </div>
  `);
  return must(wrapper.querySelector('ngo-suggestion-box'), 'the box');
}

/** `value`, or a failure that says what was missing. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}

function rootOf(box: NgoSuggestionBox): ShadowRoot {
  return must(box.shadowRoot, 'shadow root');
}

/** The form's control `name`, which must be there. */
function control<T extends HTMLElement>(box: NgoSuggestionBox, name: string): T {
  return must(field<T>(box, name), `field ${name}`);
}

export function parts(box: NgoSuggestionBox, name: string): HTMLElement[] {
  return [...rootOf(box).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function field<T extends HTMLElement = HTMLInputElement>(box: NgoSuggestionBox, name: string): T | null {
  return rootOf(box).querySelector<T>(`form [name="${name}"]`);
}

export function errorOf(box: NgoSuggestionBox, name: string): string | undefined {
  const ids = control(box, name).getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => rootOf(box).getElementById(id)).find((element) => element?.matches('[part~="field-error"]'));
  return error?.textContent?.trim();
}

export function said(box: NgoSuggestionBox, section: 'form' | 'list'): string {
  return must(rootOf(box).querySelector(`.${section}-section [role="status"]`), `${section} live region`).textContent?.trim() ?? '';
}

export function titles(box: NgoSuggestionBox): string[] {
  return parts(box, 'title').map((title) => title.textContent?.trim() ?? '');
}

export function itemTitled(box: NgoSuggestionBox, title: string): HTMLElement {
  const item = parts(box, 'item').find((candidate) => candidate.querySelector('[part~="title"]')?.textContent?.trim() === title);
  return must(item, `suggestion "${title}"`);
}

export async function typeInto(box: NgoSuggestionBox, values: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(values)) {
    control(box, name).focus();
    await type(text);
  }
  await box.updateComplete;
}

/** Sets a control as a paste would: for texts too long to type key by key. */
export async function paste(box: NgoSuggestionBox, name: string, text: string): Promise<void> {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(box, name);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await box.updateComplete;
}

export async function choose(box: NgoSuggestionBox, name: string, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(box, name);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await box.updateComplete;
}

/** Fills a valid suggestion through the form's own controls, without typing key by key. */
export async function fillValid(box: NgoSuggestionBox, title: string): Promise<void> {
  await paste(box, 'title', title);
  await paste(box, 'body', 'Evening events, please: many of us work during the day.');
  await choose(box, 'category', 'events');
}

export interface Raw {
  status: number;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  json: any;
}

/** A request straight to the mock API, as a person with curl would make it: the answer as raw text. */
export async function raw(api: MockApi, path: string, options: { as?: string; method?: string; body?: unknown } = {}): Promise<Raw> {
  const response = await fetch(`${api.baseUrl}${path}`, {
    method: options.method ?? 'GET',
    headers: {
      authorization: `Bearer ${options.as ?? KEY}`,
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, text, json: text ? JSON.parse(text) : undefined };
}

/** Every suggestion the staff inbox has with this title: what arrived, listed or not. */
export async function arrived(api: MockApi, title: string): Promise<number> {
  const inbox = await raw(api, 'v1/suggestions/inbox?sort=recent&limit=100', { as: SECRET });
  return (inbox.json.items as { title: string }[]).filter((suggestion) => suggestion.title === title).length;
}

/** The public list, every page. */
export async function publicList(api: MockApi, query: string): Promise<{ id: string; title: string; votes: number; category: string }[]> {
  const items = [];
  let cursor: string | null = null;
  do {
    const page: Raw = await raw(api, `v1/suggestions?${query}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.json.items);
    cursor = page.json.nextCursor;
  } while (cursor);
  return items;
}

/**
 * Forgets what this browser keeps about votes on `api`: which suggestions it
 * voted for, and with `votes and voter` its voter token too, as another
 * browser would be. Only this API's keys: test files run side by side in tabs
 * that share `localStorage`, each with mock APIs of its own.
 */
export function forgetVotesOfThisBrowser(api: MockApi, what: 'votes' | 'votes and voter'): void {
  for (const key of Object.keys(localStorage)) {
    if (!key.includes(api.baseUrl)) continue;
    if (key.startsWith('ngo-kit:votes:') || (what === 'votes and voter' && key.startsWith('ngo-kit:voter:'))) {
      localStorage.removeItem(key);
    }
  }
}

/** Each test starts with an empty draft; votes are kept per API, and each test has an API of its own. */
export function startClean(): void {
  sessionStorage.clear();
}

/** The states a test brings a box into, to audit it there. */
export type BoxState = 'loading' | 'loaded' | 'empty' | 'error' | 'offline' | 'sent' | 'rate-limited' | 'invalid';

const SHOWN: Record<BoxState, string> = {
  loading: '[part~="skeleton"]',
  loaded: '[part~="item"]',
  empty: '[part~="status-empty"]',
  error: '.list-section [part~="status-error"]',
  offline: '[part~="status-offline"]',
  sent: '[part~="status-success"]',
  'rate-limited': '[part~="status-rate-limited"]',
  invalid: '[part~="field-error"]',
};

const offlineFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

/**
 * Three boxes in `state`: English in the light theme, Simplified and
 * Traditional Chinese in the dark one. A state of the list shows the list
 * alone, a state of the form the form alone; offline shows both.
 */
export async function boxesIn(state: BoxState): Promise<NgoSuggestionBox[]> {
  const api =
    state === 'loading'
      ? await startMockApi({ faults: { latencyMs: 4_000 } })
      : state === 'empty'
        ? await startMockApi({ seed: 'empty' })
        : state === 'error'
          ? await startMockApi({ faults: { failRate: 1 } })
          : await startMockApi();
  // The mock allows 60 writes a minute per key and address.
  if (state === 'rate-limited') for (let index = 0; index < 60; index++) await raw(api, 'v1/suggestions', { method: 'POST', body: {} });
  const formState = state === 'sent' || state === 'rate-limited' || state === 'invalid';
  const mode = state === 'offline' ? 'both' : formState ? 'form' : 'list';
  const fetch = state === 'offline' ? offlineFetch : undefined;
  const boxes = [
    await mountBox(api, { lang: 'en', theme: 'light', mode, limit: 3, fetch }),
    await mountBox(api, { lang: 'zh-CN', theme: 'dark', mode, limit: 3, fetch }),
    await mountBox(api, { lang: 'zh-TW', theme: 'dark', mode, limit: 3, fetch }),
  ];
  for (const box of boxes) {
    if (state === 'invalid') await box.form.submit();
    if (state === 'sent' || state === 'rate-limited' || state === 'offline') {
      await fillValid(box, `State ${state} ${box.lang}`);
      void box.form.submit();
    }
  }
  await waitUntil(() => boxes.every((box) => box.shadowRoot?.querySelector(SHOWN[state])), `not all ${state}`);
  return boxes;
}

/**
 * An element as a short text (`h4#title-sug_000003`, `input[name=title]`), to
 * compare where focus is: a failed comparison of elements themselves makes the
 * test runner serialise whole DOM trees.
 */
export function describeElement(element: Element | null | undefined): string {
  if (!element) return 'nothing';
  const name = element.getAttribute('name');
  const part = element.getAttribute('part');
  return `${element.localName}${element.id ? `#${element.id}` : ''}${name ? `[name=${name}]` : ''}${part ? `[part=${part}]` : ''}`;
}

/** One test per state: three boxes in it (see {@link boxesIn}), each audited by axe. */
export function itIsAccessibleIn(states: readonly BoxState[]): void {
  for (const state of states) {
    it(`is accessible when ${state}, in each language and in both themes`, async () => {
      for (const box of await boxesIn(state)) await expectAccessible(box, `${state}, ${box.lang}, ${box.theme}`);
    });
  }
}
