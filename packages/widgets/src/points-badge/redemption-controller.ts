import {
  isNgoApiError,
  isNgoNetworkError,
  newIdempotencyKey,
  RewardsResource,
  type NgoBaseClient,
  type OutboxEntry,
  type OutboxFailedEvent,
  type OutboxSentEvent,
} from '@ngo-kit/sdk';
import type { Reward } from '@ngo-kit/sdk/schemas';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where one redemption stands. `confirming`, `sending`, `offline` and
 * `failed` hold the reward and the idempotency key the redemption keeps for
 * every attempt; the outcomes hold the reward's id, since a redemption kept
 * on this device from an earlier visit may settle before the catalogue is
 * loaded.
 */
export type Redemption =
  | { step: 'confirming' | 'sending' | 'offline'; reward: Reward; key: string }
  | { step: 'failed'; reward: Reward; key: string; error: unknown }
  | { step: 'refused'; rewardId: string; key: string; why: 'points' | 'stock' }
  | { step: 'redeemed'; rewardId: string; key: string; balanceAfter: number; prize: boolean };

/** What a settled redemption tells the widget. */
export interface RedemptionSettled {
  rewardId: string;
  /** The balance the API answered, when it accepted the redemption. */
  balanceAfter: number | undefined;
  /** True when this widget asked for it (now, or earlier and kept offline); false for one of another widget or an earlier visit. */
  own: boolean;
  /** True when it is the answer to the member's click just now; false when it arrived later through the outbox. */
  direct: boolean;
}

export interface RedemptionControllerOptions {
  /** The widget's client, or `undefined` while it has no address or key. */
  client: () => NgoBaseClient | undefined;
  /** The signed-in member, whose kept redemptions count. */
  memberToken: () => string | undefined;
  /** A redemption was accepted or refused (now, or later from the outbox): balance, ledger and stock changed. */
  onSettled: (settled: RedemptionSettled) => void;
  /** The API refused the member token (401): the member has to sign in again. */
  onUnauthorized: () => void;
}

const REDEMPTION_PATH = /^v1\/rewards\/([^/?]+)\/redemptions$/;

/** The reward of a kept write, if the write is a redemption. */
function redeemedReward(entry: OutboxEntry): string | undefined {
  const id = REDEMPTION_PATH.exec(entry.path)?.[1];
  return id === undefined ? undefined : decodeURIComponent(id);
}

/**
 * One redemption at a time, from the question to its outcome: it asks first
 * (`ask`, then `confirm`), sends with one idempotency key for every attempt,
 * and tells an accepted, refused, kept (offline) or failed redemption apart.
 * A redemption that could not leave the device is kept by the SDK's outbox
 * under that key and sent once when the connection is back; this controller
 * follows the outbox, so the outcome shows whichever way it arrives, and
 * lists the redemptions kept from earlier visits.
 *
 * @example
 * ```ts
 * readonly #redemption = new RedemptionController(this, {
 *   client: () => this.client, memberToken: () => this.config.memberToken,
 *   onSettled: () => this.#refresh(), onUnauthorized: () => this.reload(),
 * });
 * ```
 */
export class RedemptionController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: RedemptionControllerOptions;
  #current: Redemption | undefined;
  #pending: readonly string[] = [];
  #watched: NgoBaseClient | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: RedemptionControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The redemption being asked, sent or just settled; `undefined` when there is none. */
  get current(): Redemption | undefined {
    return this.#current;
  }

  /** Rewards whose redemptions wait in the outbox of this device for the signed-in member, oldest first. */
  get pending(): readonly string[] {
    return this.#pending;
  }

  /** True while a redemption is on its way (being sent, or kept to be sent): another waits for it. */
  get busy(): boolean {
    const step = this.#current?.step;
    return step === 'sending' || step === 'offline' || this.#pending.length > 0;
  }

  hostConnected(): void {
    this.#connected = true;
    window.addEventListener('online', this.#onOnline);
  }

  /** Before each render, so that the redemptions kept for a new client or member show in the same render. */
  hostUpdate(): void {
    if (this.#connected) this.#watch(this.#options.client());
  }

  hostDisconnected(): void {
    this.#connected = false;
    window.removeEventListener('online', this.#onOnline);
    this.#watch(undefined);
  }

  /** Asks whether to redeem `reward`, with a new idempotency key. */
  ask(reward: Reward): void {
    if (this.busy) return;
    this.#set({ step: 'confirming', reward, key: newIdempotencyKey() });
  }

  /** Forgets the question or the outcome shown. */
  dismiss(): void {
    if (this.#current?.step === 'sending' || this.#current?.step === 'offline') return;
    this.#set(undefined);
  }

  /** Sends the redemption asked about. */
  async confirm(): Promise<void> {
    const current = this.#current;
    if (current?.step !== 'confirming') return;
    await this.#send(current.reward, current.key);
  }

  /** Sends a failed or kept redemption again, with the key it had: the API applies it once. */
  async retry(): Promise<void> {
    const current = this.#current;
    if (current?.step !== 'failed' && current?.step !== 'offline') return;
    await this.#send(current.reward, current.key);
  }

  /** Sends every redemption kept on this device now, instead of waiting for the connection to come back by itself. */
  async sendKept(): Promise<void> {
    await this.#watched?.outbox.flush();
  }

  async #send(reward: Reward, key: string): Promise<void> {
    const client = this.#options.client();
    if (!client) return;
    this.#set({ step: 'sending', reward, key });
    try {
      const redemption = await client.use(RewardsResource).redeem(reward.id, { idempotencyKey: key });
      // An earlier attempt may still be kept; this one succeeded, so that copy must not be sent again.
      client.outbox.discard(key);
      const outcome = { step: 'redeemed', rewardId: reward.id, key, balanceAfter: redemption.balanceAfter, prize: reward.kind === 'prize' } as const;
      this.#settle(outcome, { own: true, direct: true });
    } catch (error) {
      this.#failed(reward, key, error, true);
    }
  }

  #failed(reward: Reward, key: string, error: unknown, direct: boolean): void {
    if (this.#current?.key !== key || this.#current.step === 'redeemed') return;
    if (isNgoNetworkError(error)) {
      this.#set({ step: 'offline', reward, key });
    } else if (isNgoApiError(error) && error.status === 401) {
      this.#set(undefined);
      this.#options.onUnauthorized();
    } else if (isNgoApiError(error) && (error.code === 'unprocessable' || error.code === 'conflict')) {
      const why = error.code === 'conflict' ? 'stock' : 'points';
      this.#settle({ step: 'refused', rewardId: reward.id, key, why }, { own: true, direct });
    } else {
      this.#set({ step: 'failed', reward, key, error });
    }
  }

  /** Shows an outcome, unless it is one already shown (the outbox and a retry may both deliver it). */
  #settle(outcome: Extract<Redemption, { step: 'refused' | 'redeemed' }>, how: { own: boolean; direct: boolean }): void {
    const current = this.#current;
    if (current?.key === outcome.key && (current.step === 'redeemed' || current.step === 'refused')) return;
    const busyElsewhere = current !== undefined && current.key !== outcome.key && current.step !== 'redeemed' && current.step !== 'refused';
    if (!busyElsewhere) this.#set(outcome);
    this.#options.onSettled({
      rewardId: outcome.rewardId,
      balanceAfter: outcome.step === 'redeemed' ? outcome.balanceAfter : undefined,
      ...how,
    });
  }

  #set(next: Redemption | undefined): void {
    this.#current = next;
    this.#readPending();
    this.#host.requestUpdate();
  }

  #watch(client: NgoBaseClient | undefined): void {
    if (client === this.#watched) return;
    this.#watched?.outbox.removeEventListener('sent', this.#onSent);
    this.#watched?.outbox.removeEventListener('failed', this.#onFailed);
    this.#watched?.outbox.removeEventListener('change', this.#onChange);
    this.#watched = client;
    client?.outbox.addEventListener('sent', this.#onSent);
    client?.outbox.addEventListener('failed', this.#onFailed);
    client?.outbox.addEventListener('change', this.#onChange);
    this.#readPending();
  }

  #readPending(): void {
    const token = this.#options.memberToken();
    const kept = (this.#watched?.outbox.pending ?? []).filter((entry) => token !== undefined && entry.memberToken === token);
    const pending = kept.flatMap((entry) => redeemedReward(entry) ?? []);
    if (pending.join() !== this.#pending.join()) {
      this.#pending = pending;
      this.#host.requestUpdate();
    }
  }

  #ownsEntry(entry: OutboxEntry): string | undefined {
    const token = this.#options.memberToken();
    return token !== undefined && entry.memberToken === token ? redeemedReward(entry) : undefined;
  }

  readonly #onChange = () => this.#readPending();

  readonly #onSent = (event: OutboxSentEvent) => {
    const rewardId = this.#ownsEntry(event.entry);
    if (rewardId === undefined) return;
    const answer = event.result as { balanceAfter?: unknown } | null;
    const balanceAfter = typeof answer?.balanceAfter === 'number' ? answer.balanceAfter : 0;
    const current = this.#current;
    const prize = current && 'reward' in current && current.reward.id === rewardId ? current.reward.kind === 'prize' : true;
    this.#settle({ step: 'redeemed', rewardId, key: event.entry.id, balanceAfter, prize }, { own: current?.key === event.entry.id, direct: false });
  };

  readonly #onFailed = (event: OutboxFailedEvent) => {
    const rewardId = this.#ownsEntry(event.entry);
    if (rewardId === undefined) return;
    const { error } = event;
    const current = this.#current;
    if (current?.key === event.entry.id && 'reward' in current) {
      this.#failed(current.reward, current.key, error, false);
    } else if (isNgoApiError(error) && (error.code === 'unprocessable' || error.code === 'conflict')) {
      const why = error.code === 'conflict' ? 'stock' : 'points';
      this.#settle({ step: 'refused', rewardId, key: event.entry.id, why }, { own: false, direct: false });
    }
  };

  readonly #onOnline = () => {
    const current = this.#current;
    // The outbox sends what it keeps by itself; only a redemption it could not keep (storage full) is sent from here.
    if (current?.step === 'offline' && !this.#pending.includes(current.reward.id)) void this.retry();
  };
}
