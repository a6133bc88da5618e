import { expect, html } from '@open-wc/testing';
import { openPage, reloadPage } from '../test-support/frame.js';
import { startMockApi, type MockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { field, part, paste, said } from '../test-support/widget-queries.js';
import '../provider.js';
import {
  arrivedLabels,
  fillAndSubmit,
  KEY,
  labelFor,
  NOVEMBER_SURVEY,
  openEvent,
  showsSuccess,
  widgetFor,
  type Kind,
  type Submission,
} from '../test-support/submissions.js';
import { waitUntil } from '../test-support/wait.js';

const KINDS: readonly Kind[] = ['registration', 'suggestion', 'survey', 'signup', 'newsletter'];
/** Set to `1` in the page's sessionStorage, it takes the page of `resilience-page.ts` offline, across reloads. */
const OFFLINE_FLAG = 'ngo-test:offline';

function submissionsOf(widgets: Element[], run: string): Submission[] {
  return widgets.map((widget, index) => ({
    kind: KINDS[index]!,
    label: labelFor(KINDS[index]!, index, run),
    widget: widget as Submission['widget'],
    sent: false,
    retries: 0,
  }));
}

/** Every draft the page keeps, as one text: what was typed is in it while it waits for the network. */
function keptDrafts(storage: Storage): string {
  return Object.keys(storage)
    .filter((key) => key !== OFFLINE_FLAG)
    .map((key) => storage.getItem(key))
    .join('\n');
}

async function expectEachOnce(api: MockApi, eventId: string, run: string, submissions: Submission[]): Promise<void> {
  const arrived = await arrivedLabels(api, eventId, run);
  for (const { kind, label } of submissions) expect(arrived[kind], `${kind}s in the API`).to.deep.equal([label]);
}

async function expectNoneArrived(api: MockApi, eventId: string, run: string): Promise<void> {
  const arrived = await arrivedLabels(api, eventId, run);
  expect(Object.values(arrived).flat(), 'arrived while offline').to.deep.equal([]);
}

describe('offline: people submit in every form widget while the browser has no network', () => {
  let frame: HTMLIFrameElement | undefined;

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  afterEach(() => {
    frame?.remove();
    frame = undefined;
    // Back to the browser's own `navigator.onLine`, from its prototype.
    Reflect.deleteProperty(navigator, 'onLine');
  });

  it('each widget says it is offline and keeps what was typed; back online, each is sent once and says so', async function () {
    this.timeout(60_000);
    const api = await startMockApi({ rateLimit: false });
    const eventId = await openEvent(api);
    const run = Math.random().toString(36).slice(2, 8);
    let online = true;
    const pageFetch: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const page = await mount<HTMLElement>(
      html`<ngo-provider .fetch=${pageFetch}>${KINDS.map((kind, index) => widgetFor(api, kind, index, eventId))}</ngo-provider>`,
    );
    const submissions = submissionsOf([...page.children], run);
    await waitUntil(() => submissions.every(({ widget }) => widget.shadowRoot?.querySelector('form [name], #q0')), 'the forms did not show');

    // The network goes, as the browser tells it.
    online = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    window.dispatchEvent(new Event('offline'));
    for (const submission of submissions) await fillAndSubmit(submission);

    await waitUntil(() => submissions.every(({ widget }) => part(widget, 'status-offline')), 'not every widget said it was offline');
    const drafts = keptDrafts(sessionStorage);
    for (const { kind, label } of submissions) expect(drafts, `the ${kind} kept on this device`).to.include(label);
    await expectNoneArrived(api, eventId, run);

    // The network comes back.
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => submissions.every(showsSuccess), 'not every widget said its submission went through');
    // The SDK's outbox sends what it kept too, with the same keys: give it the time to, then count.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expectEachOnce(api, eventId, run, submissions);
  });

  it('keeps submissions made offline through a reload, and sends each once when the page is back online', async function () {
    this.timeout(60_000);
    const api = await startMockApi({ rateLimit: false });
    const eventId = await openEvent(api);
    const run = Math.random().toString(36).slice(2, 8);
    frame = await openPage('resilience.html', { api: api.baseUrl, key: KEY, event: eventId, survey: NOVEMBER_SURVEY });
    const widgetsOf = (page: HTMLIFrameElement) => [...page.contentDocument!.querySelector('ngo-provider')!.children];
    const view = frame.contentWindow!;

    view.sessionStorage.setItem(OFFLINE_FLAG, '1');
    view.dispatchEvent(new Event('offline'));
    const submissions = submissionsOf(widgetsOf(frame), run);
    for (const submission of submissions) await fillAndSubmit(submission);
    await waitUntil(() => submissions.every(({ widget }) => part(widget, 'status-offline')), 'not every widget said it was offline');

    await reloadPage(frame);
    const reloaded = submissionsOf(widgetsOf(frame), run);
    expect(reloaded[0]!.widget, 'a new page').not.to.equal(submissions[0]!.widget);
    // Every widget says it kept the submission and will send it, also the registration and the survey, which cannot
    // load their event or survey: what was sent is kept, so "could not reach the service, try again" would mislead.
    const says = (widget: Element) =>
      (part(widget, 'status-offline') ?? part(widget, 'status-error'))?.textContent?.replace(/\s+/g, ' ').trim();
    const kept = 'You are offline. What you sent is kept on this device and will be sent when the connection is back. Send now';
    expect(reloaded.map(({ widget }) => says(widget))).to.deep.equal([kept, kept, kept, kept, kept]);
    for (const { widget } of reloaded) expect(said(widget), `what <${widget.localName}> announces`).to.include('will be sent when the connection is back');
    const drafts = keptDrafts(frame.contentWindow!.sessionStorage);
    for (const { kind, label } of reloaded) expect(drafts, `the ${kind} kept through the reload`).to.include(label);
    await expectNoneArrived(api, eventId, run);

    frame.contentWindow!.sessionStorage.removeItem(OFFLINE_FLAG);
    frame.contentWindow!.dispatchEvent(new Event('online'));
    await waitUntil(() => reloaded.every(showsSuccess), 'not every widget said its submission went through');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expectEachOnce(api, eventId, run, reloaded);
  });

  it('keeps a half-filled registration through a reload', async () => {
    const api = await startMockApi();
    const eventId = await openEvent(api);
    frame = await openPage('resilience.html', { api: api.baseUrl, key: KEY, event: eventId, survey: NOVEMBER_SURVEY });
    const registration = frame.contentDocument!.querySelector('ngo-event-registration')!;
    await paste(registration, 'name', 'Grace Hopper');
    await paste(registration, 'email', 'grace@example.net');

    await reloadPage(frame);
    const after = frame.contentDocument!.querySelector('ngo-event-registration')!;
    expect(after).not.to.equal(registration);
    expect(field(after, 'name').value).to.equal('Grace Hopper');
    expect(field(after, 'email').value).to.equal('grace@example.net');
    expect(field(after, 'consent').checked).to.equal(false);
  });
});
