import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { reportedCspViolations, seenCspViolations } from '../test-support/csp.js';
import { openPage } from '../test-support/frame.js';
import { activeContent, afterImageErrors, HOSTILE_HTML, PWNED, sanitisedProblems } from '../test-support/hostile-html.js';
import { deepActiveElement, press, tab } from '../test-support/keyboard.js';
import { startMockApi, type MockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { expectFollowsColorScheme, LOAD_STATES, mountInEveryLanguage, type LoadState } from '../test-support/states.js';
import { catalogProblems } from '../test-support/table-problems.js';
import '../announcements.js';
import '../provider.js';
import { announcementsMessages } from './messages.js';
import type { NgoAnnouncements } from './ngo-announcements.js';
import { waitUntil } from '../test-support/wait.js';

const KEY = 'pk_test_widgets';
const DAY = 86_400_000;

function parts(element: NgoAnnouncements, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

const textOf = (element: Element | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

function titles(element: NgoAnnouncements): string[] {
  return parts(element, 'title').map((title) => textOf(title)!);
}

function said(element: NgoAnnouncements): string {
  return element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

function itemTitled(element: NgoAnnouncements, title: string): HTMLElement {
  const item = parts(element, 'item').find((candidate) => textOf(candidate.querySelector('[part~="title"]')!) === title);
  expect(item, `the notice "${title}"`).to.exist;
  return item!;
}

async function mountNotices(api: string, attributes: { lang?: string; limit?: number; eventUrl?: string } = {}) {
  const wrapper = await mount<HTMLDivElement>(html`
    <div lang=${attributes.lang ?? 'en'} style="width: 600px">
      <ngo-announcements api=${api} key=${KEY} limit=${attributes.limit ?? 5} event-url=${attributes.eventUrl ?? ''}></ngo-announcements>
    </div>
  `);
  return wrapper.querySelector('ngo-announcements')!;
}

/** Publishes a notice as staff do, with the demo's secret key, straight to the mock API. */
async function publish(api: MockApi, notice: { title: string; bodyHtml: string; pinned?: boolean }): Promise<void> {
  const response = await fetch(`${api.baseUrl}v1/announcements`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'platform', locale: 'en', ...notice }),
  });
  expect(response.status, await response.clone().text()).to.equal(201);
}

/** The id of the seeded event with this title, as the API lists it. */
async function eventId(api: MockApi, title: string): Promise<string> {
  const response = await fetch(`${api.baseUrl}v1/events?limit=100`, { headers: { authorization: `Bearer ${KEY}` } });
  const { items } = (await response.json()) as { items: { id: string; title: string }[] };
  const event = items.find((candidate) => candidate.title === title);
  expect(event, `the event "${title}"`).to.exist;
  return event!.id;
}

/** A `fetch` that answers the announcements list with `notices` and nothing else. */
function noticesFetch(notices: object[]): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!url.pathname.endsWith('/v1/announcements')) return new Response('{}', { status: 404 });
    return Response.json({ items: notices, nextCursor: null });
  };
}

const notice = (id: string, publishedAt: Date, extra: object = {}) => ({
  id,
  title: `Notice ${id}`,
  bodyHtml: '<p>Body</p>',
  kind: 'platform',
  eventId: null,
  event: null,
  pinned: false,
  publishedAt: publishedAt.toISOString(),
  locale: 'en',
  ...extra,
});

describe('<ngo-announcements>', () => {
  it('shows the latest seeded notices, the pinned one first and marked in words, with their rich text', async () => {
    const api = await startMockApi();
    const notices = await mountNotices(api.baseUrl);
    await waitUntil(() => parts(notices, 'item').length > 0, 'no notices rendered');

    expect(titles(notices)).to.deep.equal([
      'Welcome to our community platform',
      'Holiday card workshop cancelled',
      'Winter clothing drive is full: join the waitlist',
      'Winter exchange meeting: agenda',
      '冬季爱心义卖报名开启',
    ]);
    expect(said(notices)).to.equal('5 announcements');

    const [pinned, ...others] = parts(notices, 'item');
    expect(pinned!.getAttribute('part')).to.equal('item item-pinned');
    expect(textOf(pinned!.querySelector('[part="pinned"]')!)).to.equal('Pinned');
    expect(pinned!.querySelector('[part="pinned"] svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(others.map((item) => item.querySelector('[part="pinned"]'))).to.deep.equal([null, null, null, null]);

    const body = pinned!.querySelector('[part="body"]')!;
    expect(body.querySelectorAll('ul > li')).to.have.length(3);
    const link = body.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://ngo.example.org/suggestions');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.textContent).to.equal('suggestion box');

    const sale = itemTitled(notices, '冬季爱心义卖报名开启');
    expect(sale.querySelector('[part="title"]')!.getAttribute('lang')).to.equal('zh-CN');
    expect(sale.querySelector('[part="body"]')!.getAttribute('lang')).to.equal('zh-CN');
    expect(sale.querySelector('[part="body"] strong')!.textContent).to.equal('社区助学项目');

    await expectAccessible(notices, 'loaded');
  });

  it('links an event notice to its event when the organisation gives event-url, and names it otherwise', async () => {
    const api = await startMockApi();
    const winter = await eventId(api, 'Quarterly exchange meeting: winter');
    const linked = await mountNotices(api.baseUrl, { eventUrl: '/events/{id}?from=notice' });
    const named = await mountNotices(api.baseUrl);
    const unsafe = await mountNotices(api.baseUrl, { eventUrl: 'javascript:alert("{id}")' });
    await waitUntil(() => [linked, named, unsafe].every((element) => parts(element, 'event').length === 4), 'no event lines');

    const agenda = itemTitled(linked, 'Winter exchange meeting: agenda');
    const link = agenda.querySelector<HTMLAnchorElement>('[part="event-link"]')!;
    expect(link.href).to.equal(new URL(`/events/${winter}?from=notice`, document.baseURI).href);
    expect(link.textContent!.trim()).to.equal('Quarterly exchange meeting: winter');
    expect(textOf(agenda.querySelector('[part="event"]')!)).to.equal('Event: Quarterly exchange meeting: winter');

    for (const element of [named, unsafe]) {
      const line = itemTitled(element, 'Winter exchange meeting: agenda').querySelector('[part="event"]')!;
      expect(textOf(line)).to.equal('Event: Quarterly exchange meeting: winter');
      expect(line.querySelector('a')).to.equal(null);
    }
    // platform notices are about no event
    expect(itemTitled(linked, 'Welcome to our community platform').querySelector('[part="event"]')).to.equal(null);
    const zh = itemTitled(linked, '冬季爱心义卖报名开启').querySelector('[part="event-link"] span')!;
    expect([zh.textContent, zh.getAttribute('lang')]).to.deep.equal(['冬季爱心义卖', 'zh-CN']);
    await expectAccessible(linked, 'with event links');
  });

  it('says how long ago each notice was published, with the full date in <time>', async () => {
    const threeDaysAgo = new Date(Date.now() - 3 * DAY);
    const lastMonth = new Date(Date.now() - 40 * DAY);
    const notices = [notice('ann_1', threeDaysAgo), notice('ann_2', lastMonth)];
    const wrapper = await mount<HTMLElement>(html`
      <ngo-provider api="https://api.invalid" key=${KEY} .fetch=${noticesFetch(notices)}>
        <ngo-announcements lang="en"></ngo-announcements>
        <ngo-announcements lang="zh-CN"></ngo-announcements>
        <ngo-announcements lang="zh-TW"></ngo-announcements>
      </ngo-provider>
    `);
    const [en, zhCN, zhTW] = [...wrapper.querySelectorAll('ngo-announcements')];
    await waitUntil(() => [en, zhCN, zhTW].every((element) => parts(element!, 'time').length === 2), 'not loaded');

    const times = (element: NgoAnnouncements) => parts(element, 'time').map((time) => textOf(time));
    expect(times(en!)).to.deep.equal(['3 days ago', 'last month']);
    expect(times(zhCN!)).to.deep.equal(['3天前', '上个月']);
    expect(times(zhTW!)).to.deep.equal(['3 天前', '上個月']);

    const [time] = parts(en!, 'time');
    expect(time!.localName).to.equal('time');
    expect(time!.getAttribute('datetime')).to.equal(threeDaysAgo.toISOString());
    const full = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(threeDaysAgo);
    expect(time!.getAttribute('title')).to.equal(full);
    expect(parts(zhCN!, 'time')[0]!.getAttribute('title')).to.equal(
      new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeStyle: 'short' }).format(threeDaysAgo),
    );
  });

  it('names an event notice’s event from the notice alone, in one request, and links to it by id when the API no longer has it', async () => {
    const asked: string[] = [];
    const answer = noticesFetch([
      notice('ann_run', new Date(Date.now() - DAY), {
        kind: 'event',
        eventId: 'evt_run',
        event: { id: 'evt_run', title: '爱心跑', language: 'zh-CN', startsAt: '2027-04-10T01:00:00Z', timeZone: 'Asia/Shanghai' },
      }),
      notice('ann_gone', new Date(Date.now() - 2 * DAY), { kind: 'event', eventId: 'evt_gone', event: null }),
    ]);
    const recording: typeof fetch = (input, init) => {
      asked.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return answer(input, init);
    };
    const wrapper = await mount<HTMLElement>(html`
      <ngo-provider api="https://api.invalid" key=${KEY} .fetch=${recording}>
        <ngo-announcements lang="en" event-url="/events/{id}"></ngo-announcements>
      </ngo-provider>
    `);
    const element = wrapper.querySelector('ngo-announcements')!;
    await waitUntil(() => parts(element, 'event').length === 2, 'no event lines');

    const run = itemTitled(element, 'Notice ann_run').querySelector('[part="event-link"]')!;
    expect([textOf(run), run.querySelector('span')!.getAttribute('lang')]).to.deep.equal(['爱心跑', 'zh-CN']);
    expect(textOf(itemTitled(element, 'Notice ann_gone').querySelector('[part="event"]')!)).to.equal('Event: See the event');
    expect(asked).to.deep.equal(['/v1/announcements']);
  });

  it('puts pinned notices first even when an API lists them later', async () => {
    const now = Date.now();
    const notices = [
      notice('ann_new', new Date(now - DAY)),
      notice('ann_pinned', new Date(now - 30 * DAY), { pinned: true, title: 'Pinned long ago' }),
      notice('ann_old', new Date(now - 2 * DAY)),
    ];
    const wrapper = await mount<HTMLElement>(html`
      <ngo-provider api="https://api.invalid" key=${KEY} .fetch=${noticesFetch(notices)}>
        <ngo-announcements lang="en"></ngo-announcements>
      </ngo-provider>
    `);
    const element = wrapper.querySelector('ngo-announcements')!;
    await waitUntil(() => parts(element, 'item').length === 3, 'not loaded');
    expect(titles(element)).to.deep.equal(['Pinned long ago', 'Notice ann_new', 'Notice ann_old']);
  });

  it('shows more by keyboard, moving focus to the first new notice, until there are no more', async () => {
    const api = await startMockApi();
    const notices = await mountNotices(api.baseUrl);
    await waitUntil(() => parts(notices, 'item').length === 5, 'not loaded');

    parts(notices, 'show-more')[0]!.focus();
    await press('Enter');
    await waitUntil(() => parts(notices, 'item').length === 10, 'no second page');
    expect(said(notices)).to.equal('5 more announcements');
    expect(deepActiveElement()).to.equal(parts(notices, 'title')[5]);
    expect(textOf(deepActiveElement()!)).to.equal('下半年满意度调查开始');

    // from the new notice's title, Tab goes on to what follows it: these notices have no links, so "Show more"
    await tab();
    expect(deepActiveElement()).to.equal(parts(notices, 'show-more')[0]);
    await press('Enter');
    await waitUntil(() => parts(notices, 'item').length === 12, 'no third page');
    expect(said(notices)).to.equal('2 more announcements');
    expect(parts(notices, 'show-more')).to.have.length(0);
    expect(textOf(deepActiveElement()!)).to.equal('Registration for the charity run is open');
    expect(new Set(titles(notices)).size).to.equal(12);
    await expectAccessible(notices, 'all pages');
  });

  it('keeps the notices it has when more cannot be loaded, says why, and tries again', async () => {
    const api = await startMockApi();
    const notices = await mountNotices(api.baseUrl, { limit: 10 });
    await waitUntil(() => parts(notices, 'item').length === 10, 'not loaded');
    await api.setFaults({ failRate: 1 });
    parts(notices, 'show-more')[0]!.click();
    await waitUntil(() => parts(notices, 'more-error').length === 1, 'no error for more');
    expect(parts(notices, 'more-error')[0]!.getAttribute('role')).to.equal('alert');
    expect(textOf(parts(notices, 'more-error')[0])).to.include('could not be loaded');
    expect(parts(notices, 'item')).to.have.length(10);
    await expectAccessible(notices, 'more failed');

    await api.setFaults({ failRate: 0 });
    parts(notices, 'show-more')[0]!.click();
    await waitUntil(() => parts(notices, 'item').length === 12, 'no notices after trying again');
    expect(parts(notices, 'more-error')).to.have.length(0);
  });

  it('renders a hostile notice inert: no script runs, no handler attribute, no javascript: link anywhere', async function () {
    const api = await startMockApi({ seed: 'empty' });
    for (const { name, html: bodyHtml } of HOSTILE_HTML) await publish(api, { title: name, bodyHtml });
    const hostileTitle = `<img src=x onerror="window.${PWNED}='title'">`;
    await publish(api, { title: hostileTitle, bodyHtml: '<p>title test</p>', pinned: true });

    const notices = await mountNotices(api.baseUrl, { limit: 100, eventUrl: '/events/{id}' });
    await waitUntil(() => parts(notices, 'item').length === HOSTILE_HTML.length + 1, 'not every notice rendered');
    await afterImageErrors();
    expect(window[PWNED], 'a payload ran').to.equal(undefined);

    const root = notices.shadowRoot!;
    expect(activeContent(root)).to.deep.equal([]);
    for (const body of parts(notices, 'body')) expect(sanitisedProblems(body), textOf(body)?.slice(0, 40)).to.deep.equal([]);
    expect(root.querySelectorAll('script, style, iframe, object, embed, img, form, input, textarea, template, math, meta, base, link')).to.have.length(0);
    expect([...root.querySelectorAll('svg')].every((icon) => icon.classList.contains('pin'))).to.equal(true);
    expect([...root.querySelectorAll('a')].map((link) => link.protocol).filter((protocol) => !/^(https?|mailto):$/.test(protocol))).to.deep.equal([]);

    // the hostile title is text, shown as written
    expect(titles(notices)[0]).to.equal(hostileTitle);
    expect(textOf(itemTitled(notices, 'escaped markup stays text').querySelector('[part="body"]')!)).to.equal(
      `<script>window.${PWNED}='escaped'</script>`,
    );
    expect(textOf(itemTitled(notices, 'right-to-left override').querySelector('[part="body"]')!)).to.equal(
      'invoice_fdp.exe and isolate and embed',
    );

    // the layout holds: a 19,000-letter word wraps inside its notice, nothing widens the widget
    for (const item of parts(notices, 'item')) expect(item.scrollWidth, textOf(item)?.slice(0, 40)).to.be.at.most(item.clientWidth);
    expect(notices.getBoundingClientRect().width).to.equal(600);
    await expectAccessible(notices, 'hostile notices');
  });

  it('shows notices under a strict Content-Security-Policy: nothing blocked but what the sanitiser parses away', async function () {
    const seeded = await startMockApi();
    let frame = await openPage('announcements.html', { api: seeded.baseUrl, key: KEY });
    try {
      const element = frame.contentDocument!.querySelector('ngo-announcements')!;
      expect(element.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(12);
      expect(seenCspViolations(frame)).to.deep.equal([]);
      expect(await reportedCspViolations(frame)).to.equal(0);
    } finally {
      frame.remove();
    }

    const hostile = await startMockApi({ seed: 'empty' });
    for (const { name, html: bodyHtml } of HOSTILE_HTML.slice(0, 40)) await publish(hostile, { title: name, bodyHtml });
    frame = await openPage('announcements.html', { api: hostile.baseUrl, key: KEY });
    try {
      const element = frame.contentDocument!.querySelector('ngo-announcements')!;
      expect(element.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(40);
      await afterImageErrors();
      expect((frame.contentWindow as Window)[PWNED]).to.equal(undefined);
      // Chromium checks the policy while parsing, even into an inert document, and reports each inline
      // handler and style of the markup as blocked there; Firefox reports nothing. Anything else would be ours.
      const notParsing = seenCspViolations(frame).filter(
        ({ directive, blocked, source }) =>
          !(['script-src-attr', 'style-src-attr', 'style-src-elem'].includes(directive) && blocked === 'inline' && source.includes('/announcements/sanitize.ts:')),
      );
      expect(notParsing).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

/** Six lists of notices, one per language and theme, all in `state`. */
function mountInState(state: LoadState): Promise<NgoAnnouncements[]> {
  return mountInEveryLanguage<NgoAnnouncements>(
    state,
    (lang, theme) => html`<ngo-announcements lang=${lang} theme=${theme} limit="3" event-url="/events/{id}"></ngo-announcements>`,
  );
}

describe('<ngo-announcements> on the platform', () => {
  for (const state of LOAD_STATES) {
    it(`is accessible when ${state}, in every language and theme`, async function () {
      const elements = await mountInState(state);
      for (const element of elements) await expectAccessible(element, `${state}, ${element.lang}, ${element.theme}`);
    });
  }

  it('says in its own language what each state is', async () => {
    const loading = await mountInState('loading');
    expect(loading.map(said)).to.deep.equal([
      'Loading announcements…', 'Loading announcements…', '正在加载公告…', '正在加载公告…', '正在載入公告…', '正在載入公告…',
    ]);
    const empty = await mountInState('empty');
    expect(textOf(parts(empty[2]!, 'status')[0])).to.equal('目前没有公告，敬请关注。');
    const offline = await mountInState('offline');
    expect(textOf(parts(offline[0]!, 'status')[0])).to.match(/could not reach the service/);
    expect(textOf(parts(offline[4]!, 'status')[0])).to.match(/無法連線至服務/);
    const loaded = await mountInState('loaded');
    expect(loaded.map(said)).to.deep.equal(['3 announcements', '3 announcements', '共 3 条公告', '共 3 条公告', '共 3 則公告', '共 3 則公告']);
    expect(textOf(parts(loaded[2]!, 'pinned')[0])).to.equal('置顶');
    expect(textOf(parts(loaded[4]!, 'show-more')[0])).to.equal('顯示更多');
  });

  it('takes the same space while loading as when empty or failed, and no less when loaded', async () => {
    const heightOf = async (state: LoadState) => {
      const [element] = await mountInState(state);
      return element!.getBoundingClientRect().height;
    };
    const loading = await heightOf('loading');
    expect(loading).to.be.greaterThan(300);
    expect(await heightOf('empty')).to.be.closeTo(loading, 1);
    expect(await heightOf('error')).to.be.closeTo(loading, 1);
    expect(await heightOf('loaded')).to.be.at.least(loading);
  });

  it('retries by keyboard after an error', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const notices = await mountNotices(api.baseUrl);
    await waitUntil(() => parts(notices, 'retry').length > 0, 'no retry button');
    await api.setFaults({ failRate: 0 });
    parts(notices, 'retry')[0]!.focus();
    await press('Enter');
    await waitUntil(() => parts(notices, 'item').length === 5, 'no notices after retry');
  });

  it('loads again by itself when the browser comes back online', async () => {
    const api = await startMockApi();
    let online = false;
    const flakyFetch: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const provider = await mount<HTMLElement>(
      html`<ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${flakyFetch}><ngo-announcements lang="en"></ngo-announcements></ngo-provider>`,
    );
    const notices = provider.querySelector('ngo-announcements')!;
    await waitUntil(() => parts(notices, 'status-error').length > 0, 'no offline error');
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => parts(notices, 'item').length === 5, 'not loaded when back online');
  });

  it('follows prefers-color-scheme unless its theme says otherwise', async function () {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <ngo-announcements api=${api.baseUrl} key=${KEY}></ngo-announcements>
        <ngo-announcements api=${api.baseUrl} key=${KEY} theme="light"></ngo-announcements>
      </div>
    `);
    const [auto, light] = [...wrapper.querySelectorAll('ngo-announcements')];
    await waitUntil(() => parts(auto!, 'item').length > 0 && parts(light!, 'item').length > 0, 'not loaded');
    await expectFollowsColorScheme(this, [auto!, light!], (element) => getComputedStyle(parts(element as NgoAnnouncements, 'item-pinned')[0]!).backgroundColor);
  });
});

describe('<ngo-announcements> texts', () => {
  it('has every text in every language, with the same placeholders and the plural forms each needs', async () => {
    expect(await catalogProblems(announcementsMessages)).to.deep.equal([]);
  });
});
