import { expectAccessible } from '../test-support/a11y.js';
import { mountInState } from '../test-support/calendar-testing.js';

describe('<ngo-event-calendar> accessibility', () => {
  for (const wanted of ['loading', 'loaded', 'empty', 'error', 'offline'] as const) {
    it(`is accessible when ${wanted}, in each language and theme`, async function () {
      // one audit over every look: a finding names its calendar by its lang and theme
      const { box } = await mountInState(wanted);
      await expectAccessible(box, wanted);
    });
  }

  it('is accessible when narrow, loaded and loading', async function () {
    for (const wanted of ['loaded', 'loading'] as const) {
      const { box } = await mountInState(wanted, { width: 'narrow' });
      await expectAccessible(box, `narrow, ${wanted}`);
    }
  });
});
