import { expect } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { deepActiveElement, press, tab } from '../test-support/keyboard.js';
import { startMockApi } from '../test-support/mock-api.js';
import { catalogProblems } from '../test-support/table-problems.js';
import { button, LENA, loaded, mountBadge, part, parts, reward, text, TOTE_BAG } from '../test-support/points-badge.js';
import { pointsBadgeMessages } from './messages.js';
import { waitUntil } from '../test-support/wait.js';

describe('<ngo-points-badge>', function () {
  // a whole widget of four lists, audited by axe: slow on a machine shared by many test runs
  this.timeout(20_000);
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
    await waitUntil(() => parts(badge, 'entry').length === 10, 'no second page');
    expect(deepActiveElement(), 'focus on the first new entry').to.equal(parts(badge, 'entry')[5]);
    await expectAccessible(badge, 'ledger shown further');
  });
});

describe('<ngo-points-badge> signing in', function () {
  // a whole widget of four lists, audited by axe: slow on a machine shared by many test runs
  this.timeout(20_000);
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
    await waitUntil(() => parts(badge, 'sign-in').length > 0, 'no sign-in notice');
    expect(text(part(badge, 'sign-in'))).to.equal('Your session has ended. Sign in again to see your points. Sign in');
    expect(parts(badge, 'status-error')).to.have.length(0);
    await expectAccessible(badge, 'expired');
  });
});

describe('<ngo-points-badge variant="compact">', function () {
  // a whole widget of four lists, audited by axe: slow on a machine shared by many test runs
  this.timeout(20_000);
  it('opens its panel by keyboard, keeps Tab inside, and gives focus back on Escape', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA, variant: 'compact' });
    await waitUntil(() => parts(badge, 'open').length > 0, 'no button');
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
    await waitUntil(() => parts(badge, 'open').length > 0, 'no button');
    part(badge, 'open').focus();
    await press('Enter');
    await loaded(badge);
    button(reward(badge, TOTE_BAG), 'redeem').focus();
    await press('Enter');
    await badge.updateComplete;
    expect(deepActiveElement()).to.equal(part(badge, 'confirm'));
    await press('Enter');
    await waitUntil(() => deepActiveElement() === parts(badge, 'outcome')[0], 'focus not on the outcome');
    await waitUntil(() => text(part(badge, 'open')).includes('100 points'), 'the button kept the old balance');
    expect((part(badge, 'panel') as HTMLDialogElement).open).to.be.true;
    await expectAccessible(badge, 'compact, redeemed');
  });

  it('loads the ledger, rewards and certificates only once its panel is opened', async () => {
    performance.clearResourceTimings();
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA, variant: 'compact' });
    await waitUntil(() => parts(badge, 'open').length > 0, 'no button');
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

describe('<ngo-points-badge> texts', async () => {  it('has every text in every language, with the same placeholders and the plural forms each needs', async () => {
    expect(await catalogProblems(pointsBadgeMessages)).to.deep.equal([]);
  });
});
