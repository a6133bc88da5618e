import { itIsAccessibleIn, startClean } from '../test-support/suggestion-box-fixtures.js';

beforeEach(startClean);

describe('<ngo-suggestion-box> in the states of its form', function () {
  // Three boxes per state, each audited by axe: slow on a busy machine.
  this.timeout(30_000);

  itIsAccessibleIn(['offline', 'sent', 'rate-limited', 'invalid']);
});
