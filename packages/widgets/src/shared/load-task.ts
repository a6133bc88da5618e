import { isNgoNetworkError } from '@ngo-kit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a {@link LoadTask} is: not run yet, running, done, or failed. */
export const TaskStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];
// The same, as constants the minifier inlines.
const PENDING = 1;
const COMPLETE = 2;
const ERROR = 3;

/** What a load is given besides its arguments. */
export interface TaskContext {
  /** Aborts when a newer run starts or the element leaves the page. */
  signal: AbortSignal;
}

// Methods, not function properties: a task of particular arguments is then also one of `readonly unknown[]`.
export interface TaskOptions<Args extends readonly unknown[], Value> {
  /** The inputs of the load; it runs again at the next update after one of them changes (`Object.is`). */
  args(): Args;
  /** Loads the value; pass `signal` on to the SDK so that an abandoned load is cancelled. */
  task(args: Args, context: TaskContext): Promise<Value>;
}

/** What {@link LoadTask.render} shows in each status; a missing one renders nothing. */
export interface TaskRenderer<Value> {
  initial?: () => unknown;
  pending?: () => unknown;
  complete?: (value: Value) => unknown;
  error?: (error: unknown) => unknown;
}

/** What a renderer's function returns; `undefined` for one left out. */
type Rendered<F> = F extends (...args: never[]) => infer Result ? Result : undefined;
/** What {@link LoadTask.render} may return with `renderer`: what any of its functions returns. */
type RenderedBy<Renderer extends TaskRenderer<never>> =
  | Rendered<Renderer['initial']>
  | Rendered<Renderer['pending']>
  | Rendered<Renderer['complete']>
  | Rendered<Renderer['error']>;

/**
 * The data a widget loads, as a controller of the widget: it runs its load
 * at the first update and again at each update after its `args` changed;
 * a new run aborts the one under way (its `AbortSignal` fires, so the request
 * is cancelled, not merely ignored) and only the newest run's outcome counts;
 * the element leaving the page aborts a run under way, which starts again if
 * the element comes back. Made by `NgoElement.loadTask`; the subset of
 * `@lit/task`'s `Task` the widgets use, without its weight.
 */
export class LoadTask<Args extends readonly unknown[], Value> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: TaskOptions<Args, Value>;
  #args: Args | undefined;
  #run: AbortController | undefined;
  #abandoned = false;
  #status: TaskStatus = 0;
  #value: Value | undefined;
  #error: unknown;

  constructor(host: ReactiveControllerHost, options: TaskOptions<Args, Value>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get status(): TaskStatus {
    return this.#status;
  }

  /** The last run's value; `undefined` until one completes and after a run fails. */
  get value(): Value | undefined {
    return this.#value;
  }

  /** What the last run failed with; `undefined` after a run completes. */
  get error(): unknown {
    return this.#error;
  }

  /** True when the last run failed for want of a network, so that coming back online may run it again. */
  get failedOffline(): boolean {
    return this.#status === ERROR && isNgoNetworkError(this.#error);
  }

  hostUpdate(): void {
    const args = this.#options.args();
    const previous = this.#args;
    if (!previous || previous.length !== args.length || args.some((arg, i) => !Object.is(arg, previous[i]))) void this.run(args);
  }

  hostConnected(): void {
    if (!this.#abandoned) return;
    this.#abandoned = false;
    void this.run();
  }

  hostDisconnected(): void {
    if (this.#status !== PENDING) return;
    this.#abandoned = true;
    this.#run?.abort(new DOMException('The element left the page', 'AbortError'));
  }

  /** Runs the load now (a retry button, say), with the current `args` unless given others. */
  async run(args: Args = this.#options.args()): Promise<void> {
    this.#args = args;
    // Only a run under way: a finished run's signal may be shared by reads still going (the SDK joins identical reads).
    if (this.#status === PENDING) this.#run?.abort();
    const run = (this.#run = new AbortController());
    this.#status = PENDING;
    this.#host.requestUpdate();
    let value: Value | undefined;
    let error: unknown;
    let status: TaskStatus = COMPLETE;
    try {
      value = await this.#options.task(args, { signal: run.signal });
    } catch (failure) {
      error = failure;
      status = ERROR;
    }
    if (this.#run !== run) return;
    this.#value = value;
    this.#error = error;
    this.#status = status;
    this.#host.requestUpdate();
  }

  /** Renders the current status with the matching function of `renderer`. */
  render<Renderer extends TaskRenderer<Value>>(renderer: Renderer): RenderedBy<Renderer> {
    const status = this.#status;
    // The one that runs returns one of the four types; TypeScript cannot follow the status to it.
    return (
      status === COMPLETE
        ? renderer.complete?.(this.#value as Value)
        : status === ERROR
          ? renderer.error?.(this.#error)
          : status === PENDING
            ? renderer.pending?.()
            : renderer.initial?.()
    ) as RenderedBy<Renderer>;
  }
}
