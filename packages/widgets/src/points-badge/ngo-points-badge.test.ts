import { createMockFetch, createMemoryStore, DEMO_NOW, demoSeed } from '@ngo-kit/mock-server/browser';
import { createClient, memoryStorage, type NgoClient } from '@ngo-kit/sdk';
import { expect, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expectAccessible } from '../test-support/a11y.js';
import { deepActiveElement, press, tab } from '../test-support/keyboard.js';
import { emulateMediaOrSkip } from '../test-support/media.js';
import { startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { catalogProblems } from '../test-support/table-problems.js';
import '../points-badge.js';
import '../provider.js';
import type { NgoPointsRedeemedEvent } from './events.js';
import { pointsBadgeMessages } from './messages.js';
import type { NgoPointsBadge } from './ngo-points-badge.js';

const KEY = 'pk_test_widgets';
const LENA = 'mt_demo_member';
const TOTE_BAG = 'Tote bag with our logo';

type StoreData = Parameters<Parameters<ReturnType<typeof createMemoryStore>['write']>[0]>[0];

function parts(badge: NgoPointsBadge, name: string): HTMLElement[] {
  return [...badge.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function part(badge: NgoPointsBadge, name: string): HTMLElement {
  const found = parts(badge, name)[0];
  expect(found, `part ${name}`).to.exist;
  return found!;
}

function text(element: Element | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function reward(badge: NgoPointsBadge, title: string): HTMLElement {
  const found = parts(badge, 'reward').find((item) => text(item.querySelector('h4')!) === title);
  expect(found, `the reward "${title}"`).to.exist;
  return found!;
}

function button(item: HTMLElement, name: string): HTMLButtonElement {
  const found = item.querySelector<HTMLButtonElement>(`[part~="${name}"]`);
  expect(found, `button ${name}`).to.exist;
  return found!;
}

interface MountOptions {
  api: string;
  fetch?: typeof fetch | undefined;
  token?: string | undefined;
  variant?: 'compact' | undefined;
  lang?: string;
  theme?: string | undefined;
  signInUrl?: string | undefined;
}

async function mountBadge(options: MountOptions): Promise<NgoPointsBadge> {
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
  return wrapper.querySelector('ngo-points-badge')!;
}

async function loaded(badge: NgoPointsBadge): Promise<void> {
  await waitUntil(
    () => ['balance', 'entry', 'reward', 'certificate'].every((name) => parts(badge, name).length > 0),
    'the badge did not load',
    { timeout: 5_000 },
  );
}

async function balanceIs(badge: NgoPointsBadge, expected: string): Promise<void> {
  await waitUntil(() => text(parts(badge, 'balance')[0]) === expected, `balance not ${expected}`, { timeout: 5_000 });
}

/** A client of its own, to look at the API's data as it is, without the widget's cache. */
function lookingClient(api: string, fetch?: typeof globalThis.fetch): NgoClient {
  return createClient({ baseUrl: api, publishableKey: KEY, memberToken: LENA, fetch, storage: memoryStorage(), cache: false });
}

/** The redemptions in Lena's ledger made on the demo day, i.e. by the test. */
async function redemptionsToday(client: NgoClient): Promise<string[]> {
  const { items } = await client.points.ledger({ limit: 20 });
  return items.filter((entry) => entry.kind === 'redeemed' && entry.at.getTime() >= Date.parse(DEMO_NOW) - 60_000).map((entry) => entry.reason);
}

let inPageApis = 0;

/** The mock API running in this page, over a store the test may change. */
function inPageApi(change?: (data: StoreData) => void) {
  const store = createMemoryStore(demoSeed());
  if (change) store.write(change);
  const fetch = createMockFetch({ store, now: () => new Date(DEMO_NOW) });
  return { api: `https://mock-${++inPageApis}.ngo-kit.invalid/`, fetch, store };
}

async function ask(badge: NgoPointsBadge, title: string): Promise<void> {
  button(reward(badge, title), 'redeem').click();
  await badge.updateComplete;
}

async function confirm(badge: NgoPointsBadge): Promise<void> {
  part(badge, 'confirm').click();
  await waitUntil(() => parts(badge, 'outcome').length > 0, 'no outcome', { timeout: 8_000 });
}

describe('<ngo-points-badge>', () => {
  it('shows the balance, the tier, the progress to the next tier and the next reward', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA });
    await loaded(badge);

    expect(text(part(badge, 'balance'))).to.equal('250 points');
    expect(text(part(badge, 'tier'))).to.equal('★★★ Gold tier');
    const progress = part(badge, 'progress') as HTMLProgressElement;
    expect(progress.localName).to.equal('progress');
    // 670 earned: gold starts at 500, platinum at 1000
    expect([progress.value, progress.max]).to.deep.equal([170, 500]);
    expect(text(progress.labels[0])).to.equal('330 more points to reach Platinum');
    expect(text(part(badge, 'summary'))).to.include('670 points earned in total');
    expect(text(part(badge, 'summary'))).to.include('50 more points for “Framed volunteer certificate”');
    await expectAccessible(badge, 'loaded');
  });

  it('lists the recent ledger, what each entry was for, dated both ways, and shows more on request', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA });
    await loaded(badge);

    const entries = parts(badge, 'entry');
    expect(entries).to.have.length(5);
    expect(text(entries[0]!.querySelector('.row-title')!)).to.equal('Volunteering: Autumn tree planting');
    expect(text(entries[0]!.querySelector('.row-meta')!)).to.match(/^Volunteered 4\.5 hours · Oct 10, 2026 \(.+\)$/);
    expect(entries[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-10-10T12:30:00.000Z');
    expect(text(entries[0]!.querySelector('[part~="amount"]')!)).to.equal('+45 points');
    expect(text(entries[1]!.querySelector('.row-meta')!)).to.match(/^Took part in an event · /);
    expect(text(entries[2]!.querySelector('.row-title')!)).to.equal('Redeemed: Framed volunteer certificate');
    expect(text(entries[2]!.querySelector('.row-meta')!)).to.match(/^Redeemed a reward · /);
    expect(text(entries[2]!.querySelector('[part~="amount"]')!)).to.equal('−300 points');

    part(badge, 'more').focus();
    await press('Enter');
    await waitUntil(() => parts(badge, 'entry').length === 10, 'no second page', { timeout: 5_000 });
    expect(deepActiveElement(), 'focus on the first new entry').to.equal(parts(badge, 'entry')[5]);
    await expectAccessible(badge, 'ledger shown further');
  });

  it('redeems with enough points: it asks first, then spends the cost once and shows the new balance everywhere', async () => {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <ngo-provider api=${api.baseUrl} key=${KEY} member-token=${LENA} lang="en">
        <ngo-points-badge variant="compact"></ngo-points-badge>
        <ngo-points-badge></ngo-points-badge>
      </ngo-provider>
    `);
    const [header, badge] = [...wrapper.querySelectorAll('ngo-points-badge')] as [NgoPointsBadge, NgoPointsBadge];
    await loaded(badge);
    const events: NgoPointsRedeemedEvent[] = [];
    wrapper.addEventListener('ngo-points-redeemed', (event) => events.push(event));

    await ask(badge, TOTE_BAG);
    const question = reward(badge, TOTE_BAG).querySelector('.question')!;
    expect(text(question)).to.equal('Redeem “Tote bag with our logo” for 150 points? Your balance will be 100.');
    expect(deepActiveElement()).to.equal(part(badge, 'confirm'));
    await expectAccessible(badge, 'confirming');

    await confirm(badge);
    expect(text(part(badge, 'outcome'))).to.equal(
      'You redeemed “Tote bag with our logo”. Your balance is now 100 points. We will be in touch about handing it over.',
    );
    expect(deepActiveElement()).to.equal(part(badge, 'outcome'));
    await balanceIs(badge, '100 points');
    await waitUntil(() => text(part(header, 'open')).includes('100 points'), 'the header badge kept the old balance', {
      timeout: 5_000,
    });
    await waitUntil(() => text(parts(badge, 'entry')[0]).includes('−150 points'), 'the ledger did not update', { timeout: 5_000 });
    expect(text(reward(badge, TOTE_BAG))).to.include('31 left');
    expect(events.map((event) => [event.detail.rewardId, event.detail.balance, event.detail.reward?.title])).to.deep.equal([
      ['rwd_000001', 100, TOTE_BAG],
    ]);
    await expectAccessible(badge, 'redeemed');

    const looking = lookingClient(api.baseUrl);
    expect((await looking.points.balance()).balance).to.equal(100);
    expect(await redemptionsToday(looking)).to.deep.equal([TOTE_BAG]);
  });

  it('spends the points exactly once when the answer was lost and the member sends again', async () => {
    const api = await startMockApi();
    let dropAnswers = false;
    // The server applies the redemption, then the connection drops before its answer arrives.
    const losingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
      if (dropAnswers && method === 'POST') throw new TypeError('Failed to fetch');
      return response;
    };
    const badge = await mountBadge({ api: api.baseUrl, token: LENA, fetch: losingFetch });
    await loaded(badge);

    dropAnswers = true;
    await ask(badge, TOTE_BAG);
    await confirm(badge);
    expect(text(part(badge, 'outcome'))).to.match(/^You are offline\. Your redemption of “Tote bag with our logo” is kept on this device/);
    expect(text(part(badge, 'balance'))).to.equal('250 points');
    await expectAccessible(badge, 'kept offline');

    dropAnswers = false;
    part(badge, 'retry').click();
    await waitUntil(() => text(parts(badge, 'outcome')[0]).startsWith('You redeemed'), 'not redeemed on sending again', {
      timeout: 5_000,
    });
    expect(text(part(badge, 'outcome'))).to.include('Your balance is now 100 points.');
    await balanceIs(badge, '100 points');

    // The outbox had kept it too: coming back online must not spend again.
    window.dispatchEvent(new Event('online'));
    const looking = lookingClient(api.baseUrl);
    await waitUntil(async () => (await looking.points.balance()).balance === 100);
    expect(await redemptionsToday(looking)).to.deep.equal([TOTE_BAG]);
  });

  it('keeps a redemption made offline in the outbox, says so, and applies it once when back online', async () => {
    const api = await startMockApi();
    let online = true;
    const flakyFetch: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const badge = await mountBadge({ api: api.baseUrl, token: LENA, fetch: flakyFetch });
    await loaded(badge);

    online = false;
    await ask(badge, TOTE_BAG);
    await confirm(badge);
    expect(text(part(badge, 'outcome'))).to.equal(
      'You are offline. Your redemption of “Tote bag with our logo” is kept on this device and will be sent once, as soon as the connection is back. No points are spent until then. Send now',
    );
    expect(button(reward(badge, TOTE_BAG), 'redeem').disabled, 'the kept reward cannot be redeemed twice').to.be.true;
    expect(text(reward(badge, TOTE_BAG).querySelector('.why')!)).to.equal('Waiting to be sent from this device.');
    expect(button(reward(badge, 'Reusable water bottle'), 'redeem').disabled, 'one redemption at a time').to.be.true;
    expect(text(reward(badge, 'Reusable water bottle').querySelector('.why')!)).to.equal('Your other redemption is on its way; one at a time.');
    await expectAccessible(badge, 'offline');

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => text(parts(badge, 'outcome')[0]).startsWith('You redeemed'), 'not sent when back online', { timeout: 5_000 });
    // It arrived in the background: the live region says so instead of moving focus.
    const said = badge.shadowRoot!.querySelector('[part~="sections"] [role="status"]')!;
    expect(text(said)).to.match(/^You redeemed “Tote bag with our logo”\. Your balance is now 100 points\./);
    await balanceIs(badge, '100 points');
    const looking = lookingClient(api.baseUrl);
    expect(await redemptionsToday(looking)).to.deep.equal([TOTE_BAG]);
  });

  it('refuses kindly without enough points, with the reason as text, and when the API refuses', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA });
    await loaded(badge);

    const framed = reward(badge, 'Framed volunteer certificate');
    const redeem = button(framed, 'redeem');
    expect(redeem.disabled).to.be.true;
    const why = framed.querySelector(`#${redeem.getAttribute('aria-describedby')}`);
    expect(text(why!)).to.equal('You need 50 more points.');

    // Points spent elsewhere (another tab) after the catalogue was shown: the API has the last word.
    await ask(badge, 'Reusable water bottle');
    await lookingClient(api.baseUrl).rewards.redeem('rwd_000005');
    await confirm(badge);
    expect(text(part(badge, 'outcome'))).to.equal('You do not have enough points for “Reusable water bottle” any more. Nothing was spent.');
    expect(deepActiveElement()).to.equal(part(badge, 'outcome'));
    await balanceIs(badge, '0 points');
    await expectAccessible(badge, 'refused for points');
    expect(await redemptionsToday(lookingClient(api.baseUrl))).to.deep.equal(['社区书店代金券']);
  });

  it('says when a reward is out of stock, and when it ran out meanwhile', async () => {
    const { api, fetch, store } = inPageApi();
    const badge = await mountBadge({ api, fetch, token: LENA });
    await loaded(badge);

    const pin = reward(badge, 'Limited-edition enamel pin');
    expect(button(pin, 'redeem').disabled).to.be.true;
    expect(text(pin.querySelector('.why')!)).to.equal('Out of stock');

    await ask(badge, TOTE_BAG);
    store.write((data) => {
      data.rewards.find((candidate) => candidate.title === TOTE_BAG)!.stock = 0;
    });
    await confirm(badge);
    expect(text(part(badge, 'outcome'))).to.equal('“Tote bag with our logo” has just run out. Nothing was spent.');
    await waitUntil(() => text(reward(badge, TOTE_BAG).querySelector('.why')!) === 'Out of stock', 'stock not reloaded', {
      timeout: 5_000,
    });
    expect(text(part(badge, 'balance'))).to.equal('250 points');
    await expectAccessible(badge, 'out of stock');
  });

  it('cancels a redemption and gives focus back to its button', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA });
    await loaded(badge);
    button(reward(badge, TOTE_BAG), 'redeem').focus();
    await press('Enter');
    await badge.updateComplete;
    expect(deepActiveElement()).to.equal(part(badge, 'confirm'));
    await tab();
    expect(deepActiveElement()).to.equal(part(badge, 'cancel'));
    await press('Enter');
    await badge.updateComplete;
    expect(parts(badge, 'confirm')).to.have.length(0);
    expect(deepActiveElement()).to.equal(button(reward(badge, TOTE_BAG), 'redeem'));
  });
});

describe('<ngo-points-badge> certificates', () => {
  /** Catches the download link the widget clicks, instead of letting the browser save the file. */
  function catchDownload(): Promise<HTMLAnchorElement> {
    return new Promise((resolve) => {
      const onClick = (event: Event) => {
        const target = event.composedPath()[0];
        if (!(target instanceof HTMLAnchorElement) || !target.download) return;
        event.preventDefault();
        document.removeEventListener('click', onClick, true);
        resolve(target);
      };
      document.addEventListener('click', onClick, true);
    });
  }

  it('downloads a certificate as an SVG file with a sensible name', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA });
    await loaded(badge);
    const certificates = parts(badge, 'certificate');
    expect(certificates.map((item) => text(item.querySelector('.row-text')!))).to.deep.equal([
      'Q3 2026 9 hours served · issued Oct 5, 2026',
      'Q2 2026 9 hours served · issued Jul 6, 2026',
      'Q1 2026 5.5 hours served · issued Apr 6, 2026',
    ]);

    const caught = catchDownload();
    button(certificates[0]!, 'download').click();
    const link = await caught;
    expect(link.download).to.equal('certificate-2026-Q3-lena-fischer.svg');
    expect(link.href).to.match(/^blob:/);
    const blob = await (await fetch(link.href)).blob();
    expect(blob.type).to.equal('image/svg+xml');
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.documentElement.localName).to.equal('svg');
    expect(svg.documentElement.textContent).to.include('Lena Fischer');
    await waitUntil(() => text(parts(badge, 'download')[0]) === 'Download (SVG) Q3 2026', 'the button did not come back');
  });

  it('downloads a certificate whose name holds markup as text: escaped, and still well-formed XML', async () => {
    const name = 'Lena <b>"Fischer"</b> & Co';
    const { api, fetch } = inPageApi((data) => {
      for (const certificate of data.certificates) if (certificate.memberName === 'Lena Fischer') certificate.memberName = name;
    });
    const badge = await mountBadge({ api, fetch, token: LENA });
    await loaded(badge);

    const caught = catchDownload();
    button(parts(badge, 'certificate')[1]!, 'download').click();
    const link = await caught;
    expect(link.download).to.equal('certificate-2026-Q2-lena-b-fischer-b-co.svg');
    const source = await (await window.fetch(link.href)).text();
    expect(source).to.include('Lena &lt;b&gt;&quot;Fischer&quot;&lt;/b&gt; &amp; Co');
    expect(source).not.to.include('<b>');
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.getElementsByTagName('b')).to.have.length(0);
    expect([...svg.querySelectorAll('text')].map((line) => line.textContent)).to.include(name);
  });

  it('says why a download failed, next to its button', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA });
    await loaded(badge);
    await api.setFaults({ failRate: 1 });
    button(parts(badge, 'certificate')[0]!, 'download').click();
    await waitUntil(() => parts(badge, 'certificate')[0]!.querySelector('[role="alert"]'), 'no error', { timeout: 8_000 });
    expect(text(parts(badge, 'certificate')[0]!.querySelector('[role="alert"]')!)).to.include('problem on the server');
    await expectAccessible(badge, 'download failed');
  });
});

describe('<ngo-points-badge> signing in', () => {
  it('says how to sign in when no member is signed in, in a plain sentence', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl });
    await waitUntil(() => parts(badge, 'sign-in').length > 0, 'no sign-in notice');
    expect(text(part(badge, 'sign-in'))).to.equal('Sign in on this website to see your volunteer points, rewards and certificates.');
    expect(parts(badge, 'sign-in-link')).to.have.length(0);
    expect(parts(badge, 'sections')).to.have.length(0);
    await expectAccessible(badge, 'signed out');
  });

  it('links to the organisation’s sign-in page when it has one, and never to a script', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, signInUrl: '/members/sign-in' });
    await waitUntil(() => parts(badge, 'sign-in').length > 0, 'no sign-in notice');
    expect(text(part(badge, 'sign-in'))).to.equal('Sign in to see your volunteer points, rewards and certificates. Sign in');
    expect((part(badge, 'sign-in-link') as HTMLAnchorElement).href).to.equal(new URL('/members/sign-in', location.href).href);

    badge.signInUrl = 'javascript:alert(1)';
    await badge.updateComplete;
    expect(parts(badge, 'sign-in-link')).to.have.length(0);

    const compact = await mountBadge({ api: api.baseUrl, variant: 'compact', signInUrl: '/members/sign-in' });
    await waitUntil(() => parts(compact, 'sign-in-link').length > 0, 'no compact sign-in link');
    expect(text(part(compact, 'sign-in-link'))).to.equal('Sign in for your points');
    await expectAccessible(compact, 'compact, signed out');
  });

  it('treats a token the API refuses (401) as signed out', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: 'mt_demo_expired', signInUrl: '/sign-in' });
    await waitUntil(() => parts(badge, 'sign-in').length > 0, 'no sign-in notice', { timeout: 5_000 });
    expect(text(part(badge, 'sign-in'))).to.equal('Your session has ended. Sign in again to see your points. Sign in');
    expect(parts(badge, 'status-error')).to.have.length(0);
    await expectAccessible(badge, 'expired');
  });
});

describe('<ngo-points-badge variant="compact">', () => {
  it('opens its panel by keyboard, keeps Tab inside, and gives focus back on Escape', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA, variant: 'compact' });
    await waitUntil(() => parts(badge, 'open').length > 0, 'no button', { timeout: 5_000 });
    const open = part(badge, 'open');
    expect(text(open)).to.equal('Open your points: 250 points ★★★ Gold');
    expect(open.getAttribute('aria-haspopup')).to.equal('dialog');
    await expectAccessible(badge, 'compact, closed');

    open.focus();
    await press('Enter');
    const dialog = part(badge, 'panel') as HTMLDialogElement;
    expect(dialog.open).to.be.true;
    expect(deepActiveElement()).to.equal(part(badge, 'close'));
    await loaded(badge);

    const visited = new Set<Element>();
    for (let i = 0; i < 30; i++) {
      await tab();
      const active = deepActiveElement()!;
      expect(dialog.contains(active), `focus left the dialog for ${active.outerHTML}`).to.be.true;
      visited.add(active);
    }
    // close, show more, the 4 rewards Lena can afford, 3 downloads
    expect(visited.size).to.equal(9);
    await expectAccessible(badge, 'compact, open');

    await press('Escape');
    expect(dialog.open).to.be.false;
    expect(deepActiveElement()).to.equal(open);
  });

  it('redeems inside its dialog by keyboard alone', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA, variant: 'compact' });
    await waitUntil(() => parts(badge, 'open').length > 0, 'no button', { timeout: 5_000 });
    part(badge, 'open').focus();
    await press('Enter');
    await loaded(badge);
    button(reward(badge, TOTE_BAG), 'redeem').focus();
    await press('Enter');
    await badge.updateComplete;
    expect(deepActiveElement()).to.equal(part(badge, 'confirm'));
    await press('Enter');
    await waitUntil(() => deepActiveElement() === parts(badge, 'outcome')[0], 'focus not on the outcome', { timeout: 5_000 });
    await waitUntil(() => text(part(badge, 'open')).includes('100 points'), 'the button kept the old balance', { timeout: 5_000 });
    expect((part(badge, 'panel') as HTMLDialogElement).open).to.be.true;
    await expectAccessible(badge, 'compact, redeemed');
  });

  it('loads the ledger, rewards and certificates only once its panel is opened', async () => {
    performance.clearResourceTimings();
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA, variant: 'compact' });
    await waitUntil(() => parts(badge, 'open').length > 0, 'no button', { timeout: 5_000 });
    const asked = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith(new URL(api.baseUrl).pathname))
        .map((path) => path.slice(new URL(api.baseUrl).pathname.length));
    expect(asked()).to.deep.equal(['v1/me/points']);
    await badge.showPanel();
    await loaded(badge);
    expect(asked().sort()).to.deep.equal(['v1/me/certificates', 'v1/me/ledger', 'v1/me/points', 'v1/rewards']);
  });
});

type State = 'loading' | 'loaded' | 'empty' | 'error' | 'offline' | 'signed-out';
const LANGS = ['en', 'zh-CN', 'zh-TW'] as const;
const THEMES = ['light', 'dark'] as const;

const offlineFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** Lena with nothing: no ledger, no certificates, and a catalogue without rewards. */
function emptyMember(data: StoreData) {
  const lena = data.members.find((member) => member.email === 'lena.fischer@example.org')!;
  data.ledger = data.ledger.filter((entry) => entry.memberId !== lena.id);
  data.certificates = data.certificates.filter((certificate) => certificate.memberId !== lena.id);
  data.rewards = [];
}

/** Six full badges, one per language and theme, all in `state`. */
async function mountInState(state: State): Promise<NgoPointsBadge[]> {
  const inPage = state === 'empty' ? inPageApi(emptyMember) : undefined;
  const api =
    state === 'loading'
      ? await startMockApi({ faults: { latencyMs: 4_000 } })
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
  await waitUntil(() => badges.every((badge) => badge.shadowRoot!.querySelector(shown[state])), `not all ${state}`, {
    timeout: 8_000,
  });
  if (state === 'empty') {
    await waitUntil(() => badges.every((badge) => parts(badge, 'status-empty').length === 3), 'not every section empty', {
      timeout: 5_000,
    });
  }
  return badges;
}

describe('<ngo-points-badge> states', function () {
  // six badges, each audited whole
  this.timeout(30_000);

  for (const state of ['loading', 'loaded', 'empty', 'error', 'offline', 'signed-out'] as const) {
    it(`is accessible when ${state}, in every language and theme`, async () => {
      const badges = await mountInState(state);
      for (const badge of badges) await expectAccessible(badge, `${state}, ${badge.lang}, ${badge.theme}`);
    });
  }

  it('says each state in its own language', async () => {
    const empty = await mountInState('empty');
    expect(parts(empty[0]!, 'status-empty').map(text)).to.deep.equal([
      'No points yet. Take part in an event or volunteer to earn your first ones.',
      'There are no rewards in the catalogue yet.',
      'No certificates yet. You get one for each quarter in which you volunteer.',
    ]);
    expect(text(parts(empty[2]!, 'status-empty')[1])).to.equal('目前还没有可兑换的奖品。');
    expect(text(parts(empty[4]!, 'status-empty')[1])).to.equal('目前還沒有可兌換的獎品。');
    expect(text(part(empty[2]!, 'balance'))).to.equal('0 积分');
    expect(text(part(empty[2]!, 'tier'))).to.equal('★ 铜牌等级');

    const loadedBadges = await mountInState('loaded');
    expect(text(part(loadedBadges[2]!, 'summary'))).to.include('再获得 330 积分即可升至白金');
    expect(text(part(loadedBadges[4]!, 'tier'))).to.equal('★★★ 金牌等級');
    expect(text(parts(loadedBadges[4]!, 'certificate')[0]!.querySelector('h4')!)).to.equal('2026年第3季');

    const offline = await mountInState('offline');
    expect(text(part(offline[0]!, 'status-error'))).to.match(/could not reach the service/);
    expect(text(part(offline[2]!, 'status-error'))).to.match(/无法连接服务/);

    const signedOut = await mountInState('signed-out');
    expect(text(part(signedOut[4]!, 'sign-in'))).to.equal('請在本網站登入，查看您的志工積分、獎品和證書。');
  });

  it('reserves the summary’s space while loading: the balance arrives without moving anything', async () => {
    const [loadingBadge] = await mountInState('loading');
    const loadingHeight = loadingBadge!.shadowRoot!.querySelector('.summary-area')!.getBoundingClientRect().height;
    const [loadedBadge] = await mountInState('loaded');
    const loadedHeight = loadedBadge!.shadowRoot!.querySelector('.summary-area')!.getBoundingClientRect().height;
    expect(loadedHeight).to.be.closeTo(loadingHeight, 1);
    const [failed] = await mountInState('error');
    expect(failed!.shadowRoot!.querySelector('.summary-area')!.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1);

    const api = await startMockApi({ faults: { latencyMs: 2_000 } });
    const compact = await mountBadge({ api: api.baseUrl, token: LENA, variant: 'compact' });
    const skeletonHeight = compact.getBoundingClientRect().height;
    expect(skeletonHeight).to.be.greaterThan(20);
    await waitUntil(() => parts(compact, 'open').length > 0, 'no button', { timeout: 5_000 });
    expect(compact.getBoundingClientRect().height).to.be.closeTo(skeletonHeight, 1);
  });

  it('shows the error with a retry that works', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const badge = await mountBadge({ api: api.baseUrl, token: LENA });
    await waitUntil(() => parts(badge, 'retry').length > 0, 'no retry', { timeout: 8_000 });
    expect(text(part(badge, 'status-error'))).to.include('could not be loaded');
    await api.setFaults({ failRate: 0 });
    part(badge, 'retry').click();
    await loaded(badge);
  });

  it('follows the dark theme', async function () {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <ngo-provider api=${api.baseUrl} key=${KEY} member-token=${LENA}>
        <ngo-points-badge theme="light"></ngo-points-badge>
        <ngo-points-badge theme="dark"></ngo-points-badge>
        <ngo-points-badge></ngo-points-badge>
      </ngo-provider>
    `);
    const [light, dark, auto] = [...wrapper.querySelectorAll('ngo-points-badge')] as NgoPointsBadge[];
    await Promise.all([light!, dark!].map(loaded));
    const look = (badge: NgoPointsBadge) => [getComputedStyle(part(badge, 'card')).backgroundColor, getComputedStyle(part(badge, 'card')).color];
    expect(look(dark!)).not.to.deep.equal(look(light!));
    await loaded(auto!);
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    try {
      expect(look(auto!)).to.deep.equal(look(dark!));
    } finally {
      await emulateMediaOrSkip(this, { colorScheme: 'light' });
    }
  });
});

describe('<ngo-points-badge> texts', () => {
  it('has every text in every language, with the same placeholders and the plural forms each needs', () => {
    expect(catalogProblems(pointsBadgeMessages)).to.deep.equal([]);
  });
});
