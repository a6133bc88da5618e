import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { deepActiveElement, press, tab } from '../test-support/keyboard.js';
import { startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import {
  ask,
  balanceIs,
  button,
  confirm,
  inPageApi,
  KEY,
  LENA,
  loaded,
  lookingClient,
  mountBadge,
  part,
  parts,
  redemptionsToday,
  reward,
  text,
  TOTE_BAG,
} from '../test-support/points-badge.js';
import type { NgoPointsRedeemedEvent } from './events.js';
import type { NgoPointsBadge } from './ngo-points-badge.js';
import { waitUntil } from '../test-support/wait.js';

describe('<ngo-points-badge> redeeming', function () {
  // a whole widget of four lists, audited by axe: slow on a machine shared by many test runs
  this.timeout(20_000);
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
    await waitUntil(() => text(part(header, 'open')).includes('100 points'), 'the header badge kept the old balance');
    await waitUntil(() => text(parts(badge, 'entry')[0]).includes('−150 points'), 'the ledger did not update');
    await waitUntil(() => text(reward(badge, TOTE_BAG)).includes('31 left'), 'the stock did not update');
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
    await waitUntil(() => text(parts(badge, 'outcome')[0]).startsWith('You redeemed'), 'not redeemed on sending again');
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
    await waitUntil(() => text(parts(badge, 'outcome')[0]).startsWith('You redeemed'), 'not sent when back online');
    // It arrived in the background: the live region says so instead of moving focus.
    const said = badge.shadowRoot!.querySelector('[part~="sections"] [role="status"]')!;
    expect(text(said)).to.match(/^You redeemed “Tote bag with our logo”\. Your balance is now 100 points\./);
    await balanceIs(badge, '100 points');
    const looking = lookingClient(api.baseUrl);
    expect(await redemptionsToday(looking)).to.deep.equal([TOTE_BAG]);
  });

  it('lists a redemption kept from before, sends it on request, and says when it went through', async () => {
    const api = await startMockApi();
    let writesFail = true;
    // Reads arrive, writes do not: the outbox keeps the redemption however often it tries.
    const writelessFetch: typeof fetch = (input, init) => {
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
      return writesFail && method === 'POST' ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);
    };
    const first = await mountBadge({ api: api.baseUrl, token: LENA, fetch: writelessFetch });
    await loaded(first);
    await ask(first, TOTE_BAG);
    await confirm(first);
    expect(text(part(first, 'outcome'))).to.match(/^You are offline\./);
    first.remove();

    // Another badge of the same member, as after a reload: it knows the redemption only from the outbox.
    const second = await mountBadge({ api: api.baseUrl, token: LENA, fetch: writelessFetch });
    await loaded(second);
    expect(text(part(second, 'status-offline'))).to.equal(
      '1 redemption is kept on this device and will be sent when the connection is back. Send now',
    );
    expect(text(reward(second, TOTE_BAG).querySelector('.why')!)).to.equal('Waiting to be sent from this device.');
    await expectAccessible(second, 'a redemption kept from before');

    writesFail = false;
    part(second, 'send-now').click();
    await waitUntil(() => text(parts(second, 'outcome')[0]).startsWith('You redeemed'), 'the kept redemption was not sent');
    const said = second.shadowRoot!.querySelector('[part~="sections"] [role="status"]')!;
    expect(text(said)).to.match(/^You redeemed “Tote bag with our logo”\. Your balance is now 100 points\./);
    expect(parts(second, 'status-offline')).to.have.length(0);
    await balanceIs(second, '100 points');
    expect(await redemptionsToday(lookingClient(api.baseUrl))).to.deep.equal([TOTE_BAG]);
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
    await waitUntil(() => text(reward(badge, TOTE_BAG).querySelector('.why')!) === 'Out of stock', 'stock not reloaded');
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
