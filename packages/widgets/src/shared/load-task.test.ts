import { expect, html } from '@open-wc/testing';
import { NgoNetworkError } from '@ngo-kit/sdk';
import { LitElement } from 'lit';
import { mount } from '../test-support/mount.js';
import { LoadTask, TaskStatus } from './load-task.js';
import { waitUntil } from '../test-support/wait.js';

/** One load's call: its arguments, its signal, and how the test settles it. */
interface Call {
  args: readonly [number];
  signal: AbortSignal;
  resolve(value: string): void;
  reject(error: unknown): void;
}

/** An element with one load task whose runs the test settles by hand. */
class NgoTestTask extends LitElement {
  static override properties = { page: { type: Number } };
  declare page: number;
  readonly calls: Call[] = [];
  readonly task = new LoadTask(this, {
    args: () => [this.page] as const,
    task: (args, { signal }) =>
      new Promise<string>((resolve, reject) => {
        this.calls.push({ args, signal, resolve, reject });
      }),
  });

  constructor() {
    super();
    this.page = 1;
  }

  protected override render() {
    return this.task.render({
      initial: () => 'initial',
      pending: () => 'pending',
      complete: (value) => `complete ${value}`,
      error: (error) => `error ${(error as Error).name}`,
    });
  }
}
customElements.define('ngo-test-task', NgoTestTask);

const shown = (element: NgoTestTask) => element.shadowRoot!.textContent;

describe('LoadTask', () => {
  it('runs at the first update, renders each status and keeps the value', async () => {
    const element = await mount<NgoTestTask>(html`<ngo-test-task></ngo-test-task>`);
    expect(element.calls.map((call) => call.args)).to.deep.equal([[1]]);
    expect([element.task.status, shown(element)]).to.deep.equal([TaskStatus.PENDING, 'pending']);
    element.calls[0]!.resolve('one');
    await waitUntil(() => shown(element) === 'complete one', 'the value was not rendered');
    expect([element.task.status, element.task.value, element.task.error]).to.deep.equal([TaskStatus.COMPLETE, 'one', undefined]);
    element.requestUpdate();
    await element.updateComplete;
    expect(element.calls.length, 'an update with the same args does not run it again').to.equal(1);
  });

  it('runs again when an argument changes, aborting the run under way, and keeps only the newest outcome', async () => {
    const element = await mount<NgoTestTask>(html`<ngo-test-task></ngo-test-task>`);
    element.page = 2;
    await element.updateComplete;
    const [first, second] = element.calls;
    expect(element.calls.map((call) => call.args)).to.deep.equal([[1], [2]]);
    expect([first!.signal.aborted, second!.signal.aborted]).to.deep.equal([true, false]);
    first!.resolve('stale');
    second!.resolve('two');
    await waitUntil(() => shown(element) === 'complete two', 'the newest run was not rendered');
    expect(element.task.value).to.equal('two');
  });

  it('keeps the error, clears the value, and tells a network failure from others', async () => {
    const element = await mount<NgoTestTask>(html`<ngo-test-task></ngo-test-task>`);
    element.calls[0]!.resolve('one');
    await waitUntil(() => element.task.status === TaskStatus.COMPLETE);
    void element.task.run();
    element.calls.at(-1)!.reject(new NgoNetworkError({ method: 'GET', url: '/events', cause: new TypeError('Failed to fetch') }));
    await waitUntil(() => shown(element) === 'error NgoNetworkError', 'the error was not rendered');
    expect([element.task.value, element.task.failedOffline]).to.deep.equal([undefined, true]);
    void element.task.run();
    element.calls.at(-1)!.reject(new TypeError('broken'));
    await waitUntil(() => shown(element) === 'error TypeError', 'the second error was not rendered');
    expect(element.task.failedOffline).to.equal(false);
  });

  it('aborts a run under way when the element leaves, and runs again when it comes back', async () => {
    const element = await mount<NgoTestTask>(html`<ngo-test-task></ngo-test-task>`);
    const parent = element.parentNode!;
    element.remove();
    expect((element.calls[0]!.signal.reason as DOMException).name).to.equal('AbortError');
    parent.append(element);
    expect(element.calls.length, 'it did not run again on coming back').to.equal(2);
    element.calls[1]!.resolve('back');
    await waitUntil(() => shown(element) === 'complete back');
    element.remove();
    parent.append(element);
    expect(element.calls.length, 'a finished run is not run again on coming back').to.equal(2);
  });
});
