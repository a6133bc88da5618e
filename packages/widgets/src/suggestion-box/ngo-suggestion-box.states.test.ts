import { expect } from '@open-wc/testing';
import { boxesIn, itIsAccessibleIn, parts, said, startClean } from '../test-support/suggestion-box-fixtures.js';

beforeEach(startClean);

describe('<ngo-suggestion-box> in the states of its list', function () {

  itIsAccessibleIn(['loading', 'loaded', 'empty', 'error']);

  it('reserves the list’s space while loading', async () => {
    const [box] = await boxesIn('loading');
    expect(parts(box!, 'skeleton')[0]!.getAttribute('aria-busy')).to.equal('true');
    expect(said(box!, 'list')).to.equal('Loading suggestions…');
    expect(parts(box!, 'skeleton')[0]!.getBoundingClientRect().height).to.be.greaterThan(300);
  });
});
