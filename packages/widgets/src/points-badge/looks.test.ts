import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { applyHostileStyles } from '../test-support/hostile-page.js';
import { emulateMediaOrSkip } from '../test-support/media.js';
import { startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { KEY, LENA, loaded, mountBadge, mountInState, part, parts, text } from '../test-support/points-badge.js';
import type { NgoPointsBadge } from './ngo-points-badge.js';
import { waitUntil } from '../test-support/wait.js';

describe('<ngo-points-badge> in each state, language and theme', function () {

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
    await waitUntil(() => parts(compact, 'open').length > 0, 'no button');
    expect(compact.getBoundingClientRect().height).to.be.closeTo(skeletonHeight, 1);
  });

  it('shows the error with a retry that works', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const badge = await mountBadge({ api: api.baseUrl, token: LENA });
    // Each part of the card fails in its own time, and a section's retry loads only that section: wait for
    // the balance's error, which takes the sections' place and whose retry loads everything again.
    const summaryRetry = () => badge.shadowRoot!.querySelector<HTMLButtonElement>('.summary-area [part~="retry"]');
    await waitUntil(() => summaryRetry() && parts(badge, 'retry').length === 1, 'no retry of the whole card');
    expect(text(part(badge, 'status-error'))).to.include('could not be loaded');
    await api.setFaults({ failRate: 0 });
    summaryRetry()!.click();
    await loaded(badge);
  });

  it('looks and works the same on a hostile page', async () => {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div style="display: block; width: 600px">
        <ngo-points-badge lang="en" api=${api.baseUrl} key=${KEY} member-token=${LENA}></ngo-points-badge>
      </div>
    `);
    const badge = wrapper.querySelector('ngo-points-badge')!;
    await loaded(badge);
    const look = () => ({
      parts: ['card', 'balance', 'tier', 'progress', 'entry', 'redeem', 'download'].map((name) => {
        const style = getComputedStyle(part(badge, name));
        return [name, style.display, style.visibility, style.color, style.backgroundColor, style.fontSize, style.textTransform];
      }),
      size: [part(badge, 'card').offsetWidth, part(badge, 'card').offsetHeight],
    });
    const clean = look();
    const removeHostile = applyHostileStyles();
    try {
      expect(look()).to.deep.equal(clean);
      await expectAccessible(badge, 'hostile page');
    } finally {
      removeHostile();
    }
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
