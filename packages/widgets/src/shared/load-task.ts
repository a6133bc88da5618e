import { Task, TaskStatus } from '@lit/task';
import { isNgoNetworkError } from '@ngo-kit/sdk';

/**
 * A `Task` that stops when its element leaves the page: a run under way is
 * aborted (its `AbortSignal` fires, so the request is cancelled, not merely
 * ignored) and starts again if the element comes back.
 */
export class LoadTask<Args extends readonly unknown[], Value> extends Task<Args, Value> {
  #abandoned = false;

  hostConnected(): void {
    if (!this.#abandoned) return;
    this.#abandoned = false;
    void this.run();
  }

  hostDisconnected(): void {
    if (this.status !== TaskStatus.PENDING) return;
    this.#abandoned = true;
    this.abort(new DOMException('The element left the page', 'AbortError'));
  }

  /** True when the last run failed for want of a network, so that coming back online may run it again. */
  get failedOffline(): boolean {
    return this.status === TaskStatus.ERROR && isNgoNetworkError(this.error);
  }
}
