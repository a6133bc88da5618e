import { itIsAccessibleIn, startClean } from '../test-support/suggestion-box-fixtures.js';

beforeEach(startClean);

describe('<ngo-suggestion-box> in the states of its form', function () {

  itIsAccessibleIn(['offline', 'sent', 'rate-limited', 'invalid']);
});
