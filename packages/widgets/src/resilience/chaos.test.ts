import { expect, html } from '@open-wc/testing';
import '../provider.js';
import { startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import {
  arrivedLabels,
  clickRetries,
  fillAndSubmit,
  labelFor,
  openEvent,
  showsForm,
  showsSuccess,
  widgetFor,
  type Kind,
  type Submission,
} from '../test-support/submissions.js';

/** 300 submissions in all, of every kind a person makes through a widget. */
const PLAN: Record<Kind, number> = { registration: 90, suggestion: 80, survey: 40, signup: 50, newsletter: 40 };
const KINDS = Object.keys(PLAN) as Kind[];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('chaos: 300 submissions through the widgets while the API fails 30 % of requests', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('delivers every submission exactly once: retried by the SDK or by the person until each widget says it went through', async function () {
    this.timeout(120_000);
    // No rate limit: one page sends hundreds of writes here. The faults' randomness is seeded.
    const api = await startMockApi({ rateLimit: false, faultSeed: 20261124 });
    const eventId = await openEvent(api);
    const run = Math.random().toString(36).slice(2, 8);
    // 20 % of requests fail before the server does anything, 10 % of writes are applied and their answer lost,
    // and every answer waits 0 to 30 ms, so that requests overtake each other.
    await api.setFaults({ failRate: 0.2, lostAnswerRate: 0.125, jitterMs: 30 });

    const plan = KINDS.flatMap((kind) => Array.from({ length: PLAN[kind] }, (_, index) => ({ kind, index })));
    // What the widgets' requests met, seen through the page's fetch.
    const met = { failed: 0, replayed: 0 };
    const watchingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 500) met.failed += 1;
      if (response.headers.get('idempotent-replayed') === 'true') met.replayed += 1;
      return response;
    };
    const page = await mount<HTMLElement>(
      html`<ngo-provider .fetch=${watchingFetch}>${plan.map(({ kind, index }) => widgetFor(api, kind, index, eventId))}</ngo-provider>`,
    );
    const widgets = [...page.children] as Submission['widget'][];
    const submissions: Submission[] = plan.map(({ kind, index }, at) => ({
      kind,
      label: labelFor(kind, index, run),
      widget: widgets[at]!,
      sent: false,
      retries: 0,
    }));
    expect(submissions.length).to.equal(300);

    // Each person fills their form once it shows, sends it, and presses "Try again" whenever the widget offers it
    // (a load that failed, or a submission the SDK gave up on), until the widget says it went through.
    const started = Date.now();
    let waiting = submissions;
    // A generous limit: what is not through by then is stuck (a widget that refuses a doubled write, say).
    while (waiting.length > 0 && Date.now() - started < 60_000) {
      for (const submission of waiting) {
        if (clickRetries(submission) > 0) continue;
        if (!submission.sent && showsForm(submission)) await fillAndSubmit(submission);
      }
      await pause(50);
      waiting = submissions.filter((submission) => !showsSuccess(submission));
    }

    // What the API holds now: each submission once, by its name, title, comment or address; none missing, none twice.
    const arrived = await arrivedLabels(api, eventId, run);
    for (const kind of KINDS) {
      const expected = submissions.filter((submission) => submission.kind === kind).map((submission) => submission.label).sort();
      expect(arrived[kind], `${kind}s in the API`).to.deep.equal(expected);
    }
    const stuck = waiting.map((submission) => `${submission.label}: ${submission.widget.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 160)}`);
    expect(stuck, 'widgets that never said the submission went through').to.deep.equal([]);
    // Both kinds of failure happened, and both kinds of retry: the SDK's own, and people pressing "Try again".
    const retried = submissions.reduce((sum, submission) => sum + submission.retries, 0);
    expect(met.failed, 'answers that were 500').to.be.greaterThan(100);
    expect(met.replayed, 'writes applied whose answer was lost, answered again to a retry with the same key').to.be.greaterThan(0);
    expect(retried, 'retry buttons pressed').to.be.greaterThan(0);

    // Nothing arrives later either: the outbox's background deliveries are the same writes, with the same keys.
    await api.setFaults({ failRate: 0, lostAnswerRate: 0, jitterMs: 0 });
    await pause(1_000);
    const later = await arrivedLabels(api, eventId, run);
    for (const kind of KINDS) expect(later[kind].length, `${kind}s a second later`).to.equal(PLAN[kind]);
  });
});
