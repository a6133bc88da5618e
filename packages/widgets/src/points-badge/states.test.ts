import { expectAccessible } from '../test-support/a11y.js';
import { mountInState } from '../test-support/points-badge.js';

describe('<ngo-points-badge> states', function () {

  for (const state of ['loading', 'loaded', 'empty', 'error', 'offline', 'signed-out'] as const) {
    it(`is accessible when ${state}, in every language and theme`, async () => {
      const badges = await mountInState(state);
      for (const badge of badges) await expectAccessible(badge, `${state}, ${badge.lang}, ${badge.theme}`);
    });
  }
});
