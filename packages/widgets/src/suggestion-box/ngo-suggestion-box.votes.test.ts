import { expect } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { deepActiveElement, press, tab, type } from '../test-support/keyboard.js';
import { startMockApi } from '../test-support/mock-api.js';
import {
  describeElement,
  forgetVotesOfThisBrowser,
  itemTitled,
  MEMBER,
  mountBox,
  parts,
  publicList,
  recordingFetch,
  said,
  startClean,
  titles,
} from '../test-support/suggestion-box-fixtures.js';
import { waitUntil } from '../test-support/wait.js';

beforeEach(startClean);

describe('<ngo-suggestion-box> votes', function () {

  it('shows the public suggestions with status as text, staff replies and votes, most votes first', async () => {
    const api = await startMockApi();
    const box = await mountBox(api, { mode: 'list' });
    await waitUntil(() => parts(box, 'item').length > 0, 'no suggestions');
    const expected = (await publicList(api, 'sort=votes')).slice(0, 10);
    expect(titles(box)).to.deep.equal(expected.map((item) => item.title));
    expect(said(box, 'list')).to.equal('10 suggestions shown');

    const calendar = itemTitled(box, 'A calendar feed of all events');
    expect(calendar.querySelector('[part~="suggestion-status"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Status: Planned');
    expect(calendar.querySelector('[part~="reply"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Reply from the team Planned for the new website in early 2027: you will be able to subscribe from any calendar app.',
    );
    const votes = expected.find((item) => item.title === 'A calendar feed of all events')!.votes;
    expect(calendar.querySelector('[part~="vote-count"]')!.textContent).to.equal(`${votes} votes`);
    expect(calendar.querySelector('[part~="vote"]')!.getAttribute('aria-pressed')).to.equal('false');
    expect(box.shadowRoot!.querySelector('form') === null).to.equal(true);
    await expectAccessible(box, 'list');
  });

  it('sorts by votes or by date with its control and its attribute', async () => {
    const api = await startMockApi();
    const byVotes = (await publicList(api, 'sort=votes')).slice(0, 10).map((item) => item.title);
    const byDate = (await publicList(api, 'sort=recent')).slice(0, 10).map((item) => item.title);
    expect(byVotes).not.to.deep.equal(byDate);
    const box = await mountBox(api, { mode: 'list', sort: 'recent' });
    await waitUntil(() => parts(box, 'item').length === 10);
    expect(titles(box)).to.deep.equal(byDate);
    expect((parts(box, 'sort')[0] as HTMLSelectElement).value).to.equal('recent');

    const sort = parts(box, 'sort')[0] as HTMLSelectElement;
    sort.value = 'votes';
    sort.dispatchEvent(new Event('change'));
    await waitUntil(() => titles(box).join() === byVotes.join(), 'not sorted by votes');
    expect(box.getAttribute('sort')).to.equal('votes');

    box.setAttribute('sort', 'recent');
    await waitUntil(() => titles(box).join() === byDate.join(), 'not sorted by date again');
    expect(sort.value).to.equal('recent');
  });

  it('counts a vote once: pressed again it is withdrawn, and a second vote from this browser is not counted', async () => {
    const api = await startMockApi();
    const box = await mountBox(api, { mode: 'list', sort: 'recent' });
    const events: CustomEvent[] = [];
    box.addEventListener('ngo-suggestion-vote', (event) => events.push(event));
    await waitUntil(() => parts(box, 'item').length > 0);
    const [target] = await publicList(api, 'sort=recent');
    const countFromApi = async () => (await publicList(api, 'sort=recent')).find((item) => item.id === target!.id)!.votes;
    const before = target!.votes;
    const item = () => itemTitled(box, target!.title);
    const button = () => item().querySelector<HTMLButtonElement>('[part~="vote"]')!;
    const count = () => item().querySelector('[part~="vote-count"]')!.textContent;

    button().click();
    await waitUntil(() => button().getAttribute('aria-pressed') === 'true', 'not pressed');
    expect(count()).to.equal(`${before + 1} votes`);
    expect(await countFromApi()).to.equal(before + 1);
    expect(said(box, 'list')).to.equal(`Your vote for “${target!.title}” is counted: ${before + 1} votes.`);
    expect(events.map((event) => event.detail)).to.deep.equal([{ suggestionId: target!.id, voted: true, votes: before + 1 }]);
    await expectAccessible(box, 'voted');

    // Another box in this browser that has forgotten the vote: the API refuses a second one.
    forgetVotesOfThisBrowser(api, 'votes');
    const other = await mountBox(api, { mode: 'list', sort: 'recent' });
    await waitUntil(() => parts(other, 'item').length > 0);
    const otherButton = itemTitled(other, target!.title).querySelector<HTMLButtonElement>('[part~="vote"]')!;
    expect(otherButton.getAttribute('aria-pressed')).to.equal('false');
    otherButton.click();
    await waitUntil(() => otherButton.getAttribute('aria-pressed') === 'true', 'not pressed after the 409');
    expect(said(other, 'list')).to.equal(`You had already voted for “${target!.title}”: one vote per person.`);
    expect(await countFromApi()).to.equal(before + 1);

    button().focus();
    await press(' ');
    await waitUntil(() => button().getAttribute('aria-pressed') === 'false', 'not withdrawn');
    expect(count()).to.equal(`${before} votes`);
    expect(await countFromApi()).to.equal(before);
    expect(said(box, 'list')).to.equal(`Your vote for “${target!.title}” is withdrawn: ${before} votes.`);
  });

  it('counts a signed-in member’s vote once, from any browser', async () => {
    const api = await startMockApi();
    const [target] = await publicList(api, 'sort=recent');
    const { exchanges, fetch } = recordingFetch();
    const box = await mountBox(api, { mode: 'list', sort: 'recent', memberToken: MEMBER, fetch });
    await waitUntil(() => parts(box, 'item').length > 0);
    const button = itemTitled(box, target!.title).querySelector<HTMLButtonElement>('[part~="vote"]')!;
    button.click();
    await waitUntil(() => button.getAttribute('aria-pressed') === 'true');
    const vote = exchanges.find((exchange) => exchange.method === 'POST')!;
    expect(vote.authorization).to.equal(`Bearer ${MEMBER}`);

    // Another browser: another voter token, no memory of the vote, the same member.
    forgetVotesOfThisBrowser(api, 'votes and voter');
    const elsewhere = await mountBox(api, { mode: 'list', sort: 'recent', memberToken: MEMBER });
    await waitUntil(() => parts(elsewhere, 'item').length > 0);
    const again = itemTitled(elsewhere, target!.title).querySelector<HTMLButtonElement>('[part~="vote"]')!;
    again.click();
    await waitUntil(() => said(elsewhere, 'list').startsWith('You had already voted'), 'a second vote was not refused');
    expect((await publicList(api, 'sort=recent')).find((item) => item.id === target!.id)!.votes).to.equal(target!.votes + 1);
  });

  it('says why a vote was not counted, next to the button', async () => {
    const api = await startMockApi();
    const tooMany = () =>
      Response.json({ error: { code: 'rate_limited', message: 'Slow down.' } }, { status: 429, headers: { 'retry-after': '120' } });
    const { fetch } = recordingFetch({ answer: (request) => (request.method === 'POST' ? tooMany() : undefined) });
    const box = await mountBox(api, { mode: 'list', fetch });
    await waitUntil(() => parts(box, 'item').length > 0);
    const first = parts(box, 'item')[0]!;
    first.querySelector<HTMLButtonElement>('[part~="vote"]')!.click();
    await waitUntil(() => first.querySelector('[part~="vote-error"]'), 'no message');
    expect(first.querySelector('[part~="vote-error"]')!.textContent).to.equal('Too many votes from here in a short time. Please try again in 2 minutes.');
    expect(first.querySelector('[part~="vote"]')!.getAttribute('aria-pressed')).to.equal('false');
    expect(said(box, 'list')).to.equal('Too many votes from here in a short time. Please try again in 2 minutes.');
    const client = (box as unknown as { client: { outbox: { pending: readonly unknown[] } } }).client;
    expect(client.outbox.pending, 'a vote is not kept for later').to.deep.equal([]);
  });

  it('works by keyboard alone: sort, filter and vote', async () => {
    const api = await startMockApi();
    const box = await mountBox(api, { mode: 'list' });
    await waitUntil(() => parts(box, 'item').length > 0);
    parts(box, 'sort')[0]!.focus();
    await type('N');
    await waitUntil(() => box.sort === 'recent', 'not sorted by date');
    await tab();
    expect(describeElement(deepActiveElement()), 'focus').to.equal(describeElement(parts(box, 'category')[0]));
    await type('W');
    await waitUntil(() => box.category === 'website', 'not filtered');
    await waitUntil(() => parts(box, 'item').every((item) => item.querySelector('.category')!.textContent === 'Website'));
    await tab();
    const firstVote = parts(box, 'vote')[0]!;
    expect(describeElement(deepActiveElement()), 'focus').to.equal(describeElement(firstVote));
    await press('Enter');
    await waitUntil(() => firstVote.getAttribute('aria-pressed') === 'true', 'not voted by keyboard');
    expect(describeElement(deepActiveElement()), 'focus stays on the toggle').to.equal(describeElement(firstVote));
  });
});
