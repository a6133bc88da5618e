import {
  CertificatesResource,
  isNgoApiError,
  nextTierOf,
  POINTS_TIER_THRESHOLDS,
  POINTS_TIERS,
  PointsResource,
  RewardsResource,
  tierFor,
  type NgoBaseClient,
  type Page,
  type PointsTier,
} from '@ngo-kit/sdk';
import type { Certificate, LedgerEntry, PointsBalance, Reward } from '@ngo-kit/sdk/schemas';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DialogController } from '../shared/dialog/dialog-controller.js';
import { dialogStyles } from '../shared/dialog/dialog.styles.js';
import { TaskStatus, type LoadTask } from '../shared/load-task.js';
import { NgoElement } from '../shared/ngo-element.js';
import { describeError, emptyView, errorView, liveRegion, loadingView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { downloadText, fileNamePart } from './download.js';
import { NgoPointsRedeemedEvent } from './events.js';
import { formatDay, periodLabel } from './format.js';
import { pointsBadgeMessages, type PointsBadgeMessages } from './messages.js';
import { pointsBadgeStyles } from './ngo-points-badge.styles.js';
import { RedemptionController, type RedemptionSettled } from './redemption-controller.js';

/** `compact`: a button for a page header that opens the panel as a dialog; `full`: a card with everything inline. */
export type PointsBadgeVariant = 'full' | 'compact';

/** Ledger entries per page: what the placeholder rows reserve, and what "Show more" adds. */
const LEDGER_PAGE = 5;
const REWARD_ROWS = 4;
const CERTIFICATE_ROWS = 2;

/** What a load brought, with the API and member it was for: a stale answer of another member is never shown. */
interface Loaded<T> {
  scope: string;
  data: T;
}

type View<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; data: T };

/** The ledger pages that "Show more" added to the first one. */
interface MoreEntries {
  after: Page<LedgerEntry>;
  entries: LedgerEntry[];
  nextCursor: string | null;
  status: 'idle' | 'loading' | 'error';
  error?: unknown;
}

/**
 * Tells every badge of the same client (same API, key and member) that a
 * redemption went through, so that a header badge and a card on one page
 * both show the new balance.
 */
const redemptions = new EventTarget();

class ClientRedeemedEvent extends Event {
  constructor(readonly client: NgoBaseClient) {
    super('redeemed');
  }
}

/** A sign-in address the page gave, if it is a web address: never a `javascript:` URL. */
function webAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The signed-in member's volunteer points: balance, tier and progress, the
 * recent ledger, the rewards catalogue with redemption, and certificates of
 * hours served to download. It needs a member token (`member-token`, a
 * provider's, or `configure({ memberToken })`); without one, or with one the
 * API refuses, it says how to sign in.
 *
 * @tagname ngo-points-badge
 * @summary A member's points, tier and progress, with rewards to redeem and certificates to download.
 *
 * @fires ngo-points-redeemed - A redemption this badge asked for was accepted (now, or later when one kept offline was sent). `detail`: `{ rewardId, reward, balance }`.
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart card - The full form's card.
 * @csspart open - The compact form's button that opens the panel.
 * @csspart panel - The compact form's dialog.
 * @csspart close - The dialog's close button.
 * @csspart summary - Balance, tier and progress.
 * @csspart balance - The balance.
 * @csspart tier - The tier badge.
 * @csspart progress - The progress bar to the next tier or reward.
 * @csspart sections - The ledger, rewards and certificates.
 * @csspart ledger - The list of ledger entries.
 * @csspart entry - One ledger entry.
 * @csspart amount - An entry's points, with their sign.
 * @csspart more - The "Show more" button of the ledger.
 * @csspart rewards - The list of rewards.
 * @csspart reward - One reward.
 * @csspart redeem - A reward's redeem button.
 * @csspart confirm - The button that confirms a redemption.
 * @csspart cancel - The button that cancels a redemption.
 * @csspart outcome - What became of a redemption.
 * @csspart certificates - The list of certificates.
 * @csspart certificate - One certificate.
 * @csspart download - A certificate's download button.
 * @csspart sign-in - The notice shown when no member is signed in.
 * @csspart sign-in-link - The link to the page's sign-in.
 * @csspart skeleton - The placeholders shown while loading.
 * @csspart status - The empty, error and offline notices (also `status-empty`, `status-error`, `status-offline`).
 * @csspart retry - A button that tries again after an error, or sends a redemption kept offline now.
 * @csspart send-now - The button that sends the redemptions kept on this device now.
 *
 * @cssprop --ngo-points-badge-accent - The balance and the progress bar; defaults to `--ngo-color-primary`.
 * @cssprop --ngo-points-badge-summary-min-height - Height reserved for balance, tier and progress; `9.5em` by default.
 * @cssprop --ngo-points-badge-row-min-height - Height of a ledger entry, a reward, a certificate and a placeholder row; `4.5em` by default.
 *
 * @example
 * ```html
 * <ngo-points-badge api="https://api.example.org" key="pk_live_123" member-token="mt_..." sign-in-url="/login"></ngo-points-badge>
 * <ngo-points-badge variant="compact"></ngo-points-badge>
 * ```
 */
export class NgoPointsBadge extends NgoElement {
  static override properties: PropertyDeclarations = {
    variant: { type: String, reflect: true },
    signInUrl: { type: String, attribute: 'sign-in-url' },
  };

  static override styles = [NgoElement.styles, stateStyles, dialogStyles, pointsBadgeStyles];

  /** `full` (default): a card; `compact`: a button for a page header that opens the panel in a dialog. */
  declare variant: PointsBadgeVariant;
  /** The organisation's own sign-in page, linked when no member is signed in; without it the badge says so in a sentence. */
  declare signInUrl: string | undefined;

  /** The compact form loads the ledger, rewards and certificates only once its panel was opened. */
  #panelWanted = false;
  #more: MoreEntries | undefined;
  #downloads = new Map<string, 'loading' | { error: unknown }>();
  /** Moves focus to an element after the next update, e.g. the confirm button once the question shows. */
  #focusNext: string | undefined;
  #announcement = '';

  readonly #dialog = new DialogController(this, { dialog: () => this.renderRoot.querySelector('dialog') });

  readonly #redemption = new RedemptionController(this, {
    client: () => this.#clientIfConfigured(),
    memberToken: () => this.config.memberToken,
    onSettled: (settled) => this.#settled(settled),
    onUnauthorized: () => this.reload(),
  });

  readonly #points = this.loadTask({
    args: () => [] as const,
    load: async (_args, { client, signal }): Promise<Loaded<PointsBalance | null>> => {
      const scope = this.#scope();
      if (!this.config.memberToken) return { scope, data: null };
      return { scope, data: await client.use(PointsResource).balance({ signal }) };
    },
  });

  readonly #ledger = this.loadTask({
    args: () => [this.#sectionsWanted()] as const,
    load: async ([wanted], { client, signal }): Promise<Loaded<Page<LedgerEntry>> | undefined> => {
      if (!wanted) return undefined;
      return { scope: this.#scope(), data: await client.use(PointsResource).ledger({ limit: LEDGER_PAGE }, { signal }) };
    },
  });

  readonly #rewards = this.loadTask({
    args: () => [this.#sectionsWanted()] as const,
    load: async ([wanted], { client, signal }): Promise<Loaded<Reward[]> | undefined> => {
      if (!wanted) return undefined;
      const rewards: Reward[] = [];
      for await (const reward of client.use(RewardsResource).iterate({ limit: 100 }, { signal })) rewards.push(reward);
      return { scope: this.#scope(), data: rewards };
    },
  });

  readonly #certificates = this.loadTask({
    args: () => [this.#sectionsWanted()] as const,
    load: async ([wanted], { client, signal }): Promise<Loaded<Certificate[]> | undefined> => {
      if (!wanted) return undefined;
      const certificates: Certificate[] = [];
      for await (const certificate of client.use(CertificatesResource).iterate({ limit: 20 }, { signal })) {
        certificates.push(certificate);
      }
      return { scope: this.#scope(), data: certificates };
    },
  });

  constructor() {
    super();
    this.variant = 'full';
  }

  /** Loads everything again, e.g. after the member signed in elsewhere on the page. */
  reload(): void {
    this.#more = undefined;
    void this.#points.run();
    if (this.#sectionsWanted()) {
      void this.#ledger.run();
      void this.#rewards.run();
      void this.#certificates.run();
    }
  }

  /** Opens the panel: the dialog of the compact form; the full form shows its panel inline and only scrolls to it. */
  async showPanel(): Promise<void> {
    if (this.variant !== 'compact') {
      this.scrollIntoView({ block: 'nearest' });
      return;
    }
    this.#panelWanted = true;
    this.requestUpdate();
    await this.#dialog.open();
  }

  /** Closes the compact form's dialog; focus goes back to where it was. */
  hidePanel(): void {
    this.#dialog.close();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    redemptions.addEventListener('redeemed', this.#onRedeemedElsewhere);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    redemptions.removeEventListener('redeemed', this.#onRedeemedElsewhere);
  }

  protected override updated(): void {
    const selector = this.#focusNext;
    if (selector === undefined) return;
    this.#focusNext = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #sectionsWanted(): boolean {
    return (this.variant !== 'compact' || this.#panelWanted) && Boolean(this.config.memberToken);
  }

  #scope(): string {
    const { api, key, memberToken } = this.config;
    return `${api ?? ''}\n${key ?? ''}\n${memberToken ?? ''}`;
  }

  #clientIfConfigured(): NgoBaseClient | undefined {
    try {
      return this.client;
    } catch {
      return undefined;
    }
  }

  #view<T>(task: LoadTask<readonly unknown[], Loaded<T> | undefined>): View<T> {
    if (task.status === TaskStatus.ERROR) return { state: 'error', error: task.error };
    const value = task.value;
    if (value && value.scope === this.#scope()) return { state: 'ready', data: value.data };
    return { state: 'loading' };
  }

  /** Balance, ledger and stock changed: load them again, here and in every badge of the same member. */
  #settled(settled: RedemptionSettled): void {
    const client = this.#clientIfConfigured();
    if (settled.own && settled.balanceAfter !== undefined) {
      const rewards = this.#view(this.#rewards);
      const reward = rewards.state === 'ready' ? rewards.data.find((candidate) => candidate.id === settled.rewardId) : undefined;
      // Made apart from dispatchEvent: the manifest's analyzer would list a second, nameless event (see @fires).
      const redeemed = new NgoPointsRedeemedEvent({ rewardId: settled.rewardId, reward, balance: settled.balanceAfter });
      this.dispatchEvent(redeemed);
    }
    // An answer to a click moves focus to the outcome (see #send); one that arrives later is announced.
    const current = this.#redemption.current;
    if (!settled.direct && (current?.step === 'redeemed' || current?.step === 'refused')) {
      this.#announcement = this.#outcomeText(this.localizer.text(pointsBadgeMessages));
    }
    if (settled.own && client) redemptions.dispatchEvent(new ClientRedeemedEvent(client));
    else this.#refresh();
  }

  readonly #onRedeemedElsewhere = (event: Event) => {
    if (event instanceof ClientRedeemedEvent && event.client === this.#clientIfConfigured()) this.#refresh();
  };

  /** Loads what a redemption changes; the SDK's cache of them was emptied by the write. */
  #refresh(): void {
    this.#more = undefined;
    void this.#points.run();
    if (this.#sectionsWanted()) {
      void this.#ledger.run();
      void this.#rewards.run();
    }
  }

  protected override renderContent() {
    const messages = this.localizer.text(pointsBadgeMessages);
    const points = this.#view(this.#points);
    const loading = points.state === 'loading';
    return html`
      <div class="points ${this.variant === 'compact' ? 'compact' : 'full'}">
        ${liveRegion(loading ? messages.loading : '')}
        ${this.variant === 'compact' ? this.#renderCompact(points, messages) : this.#renderCard(points, messages)}
      </div>
    `;
  }

  #signedOut(points: View<PointsBalance | null>): { expired: boolean } | undefined {
    if (points.state === 'ready' && points.data === null) return { expired: false };
    if (points.state === 'error' && isNgoApiError(points.error) && points.error.status === 401) return { expired: true };
    return undefined;
  }

  #renderCard(points: View<PointsBalance | null>, messages: PointsBadgeMessages) {
    const signedOut = this.#signedOut(points);
    let summary: unknown;
    if (signedOut) summary = this.#renderSignIn(signedOut.expired, messages);
    else if (points.state === 'error') summary = errorView({ error: points.error, localizer: this.localizer, onRetry: () => this.reload() });
    else if (points.state === 'loading') summary = loadingView({ label: messages.loading, rows: 1 });
    else if (points.data) summary = this.#renderSummary(points.data, messages);
    const showSections = !signedOut && points.state !== 'error' && this.#sectionsWanted();
    return html`
      <div part="card" class="card">
        <h2 class="card-title">${messages.title}</h2>
        <div class="summary-area">${summary}</div>
        ${showSections ? this.#renderSections(points.state === 'ready' ? points.data : null, messages) : nothing}
      </div>
    `;
  }

  #renderCompact(points: View<PointsBalance | null>, messages: PointsBadgeMessages) {
    const signedOut = this.#signedOut(points);
    if (signedOut) {
      const href = webAddress(this.signInUrl);
      const text = signedOut.expired ? messages.signIn.expired : messages.signIn.compact;
      return href
        ? html`<a part="sign-in-link" class="open sign-in-link" href=${href}>${text}</a>`
        : html`<p part="sign-in" class="open compact-text">${text}</p>`;
    }
    if (points.state === 'error') {
      return html`<div class="compact-error">
        ${errorView({ error: points.error, localizer: this.localizer, onRetry: () => this.reload() })}
      </div>`;
    }
    if (points.state === 'loading' || !points.data) {
      return html`<div part="skeleton" class="open open-skeleton" aria-busy="true" aria-label=${messages.loading}></div>`;
    }
    const data = points.data;
    const tier = tierFor(data.earnedTotal);
    const close = this.localizer.messages.dialog.close;
    return html`
      <button part="open" class="open" type="button" aria-haspopup="dialog" @click=${() => this.showPanel()}>
        <span class="visually-hidden">${messages.openPanel} </span>
        <span class="open-balance">${this.localizer.plural(messages.balance, data.balance)}</span>
        ${this.#renderTier(tier, messages, true)}
      </button>
      <dialog part="panel" class="panel" aria-labelledby="panel-title" @close=${() => (this.#announcement = '')}>
        <div class="dialog-header">
          <h2 id="panel-title">${messages.title}</h2>
          <button part="close" class="button secondary" type="button" @click=${() => this.hidePanel()}>${close}</button>
        </div>
        ${this.#panelWanted ? [this.#renderSummary(data, messages), this.#renderSections(data, messages)] : nothing}
      </dialog>
    `;
  }

  #renderSignIn(expired: boolean, messages: PointsBadgeMessages) {
    const href = webAddress(this.signInUrl);
    const sentence = expired ? messages.signIn.expired : href ? messages.signIn.prompt : messages.signIn.plain;
    return html`
      <div part="sign-in" class="state sign-in">
        <p>${sentence}</p>
        ${href ? html`<a part="sign-in-link" class="button" href=${href}>${messages.signIn.link}</a>` : nothing}
      </div>
    `;
  }

  #renderTier(tier: PointsTier, messages: PointsBadgeMessages, short = false) {
    const level = POINTS_TIERS.indexOf(tier) + 1;
    const name = messages.tiers[tier];
    return html`<span part="tier" class="tier" data-tier=${tier}>
      <span class="tier-mark" aria-hidden="true">${'★'.repeat(level)}</span>
      ${short ? name : this.localizer.fill(messages.tier, { tier: name })}
    </span>`;
  }

  #renderSummary(points: PointsBalance, messages: PointsBadgeMessages) {
    const tier = tierFor(points.earnedTotal);
    const next = nextTierOf(points.earnedTotal);
    const rewards = this.#view(this.#rewards);
    const nextReward =
      rewards.state === 'ready'
        ? rewards.data.filter((reward) => reward.stock !== 0 && reward.cost > points.balance).sort((a, b) => a.cost - b.cost)[0]
        : undefined;
    let progress: TemplateResult | undefined;
    if (next) {
      const start = POINTS_TIER_THRESHOLDS[tier];
      const label = this.localizer.plural(messages.toNextTier, next.pointsNeeded, { tier: messages.tiers[next.tier] });
      progress = this.#renderProgress(label, points.earnedTotal - start, POINTS_TIER_THRESHOLDS[next.tier] - start);
    } else if (nextReward) {
      const label = this.localizer.plural(messages.toNextReward, nextReward.cost - points.balance, { reward: nextReward.title });
      progress = this.#renderProgress(label, points.balance, nextReward.cost);
    }
    let rewardLine: string | undefined;
    if (next && nextReward) {
      rewardLine = this.localizer.plural(messages.toNextReward, nextReward.cost - points.balance, { reward: nextReward.title });
    } else if (rewards.state === 'ready' && !nextReward && rewards.data.some((reward) => reward.stock !== 0)) {
      rewardLine = messages.everyReward;
    }
    return html`
      <div part="summary" class="summary">
        <div class="summary-head">
          <p part="balance" class="balance">${this.localizer.plural(messages.balance, points.balance)}</p>
          ${this.#renderTier(tier, messages)}
        </div>
        <p class="earned">${this.localizer.plural(messages.earnedTotal, points.earnedTotal)}</p>
        ${progress ?? html`<p class="top-tier">${messages.topTier}</p>`}
        ${rewardLine ? html`<p class="next-reward">${rewardLine}</p>` : nothing}
      </div>
    `;
  }

  #renderProgress(label: string, value: number, max: number) {
    return html`
      <div class="progress">
        <label for="progress" class="progress-label">${label}</label>
        <progress id="progress" part="progress" max=${max} .value=${value}></progress>
      </div>
    `;
  }

  #renderSections(points: PointsBalance | null, messages: PointsBadgeMessages) {
    return html`
      <div part="sections" class="sections">
        ${liveRegion(this.#announcement)}
        <div class="section">
          <h3 id="ledger-title">${messages.ledger.title}</h3>
          ${this.#renderLedger(messages)}
        </div>
        <div class="section">
          <h3 id="rewards-title">${messages.rewards.title}</h3>
          ${this.#renderRewards(points, messages)}
        </div>
        <div class="section">
          <h3 id="certificates-title">${messages.certificates.title}</h3>
          ${this.#renderCertificates(messages)}
        </div>
      </div>
    `;
  }

  #renderLedger(messages: PointsBadgeMessages) {
    const ledger = this.#view(this.#ledger);
    if (ledger.state !== 'ready') return this.#sectionPending(ledger, this.#ledger, messages.ledger.title, LEDGER_PAGE);
    const first = ledger.data;
    if (first.items.length === 0) return html`<div class="rows" data-rows="2">${emptyView(messages.ledger.empty)}</div>`;
    const more = this.#more?.after === first ? this.#more : undefined;
    const entries = [...first.items, ...(more?.entries ?? [])];
    const nextCursor = more ? more.nextCursor : first.nextCursor;
    return html`
      <ol part="ledger" class="list ledger" aria-labelledby="ledger-title">
        ${entries.map((entry, index) => this.#renderEntry(entry, index, messages))}
      </ol>
      ${more?.status === 'error'
        ? html`<p class="why error-text" role="alert">${describeError(more.error, this.localizer, 'load')}</p>`
        : nothing}
      ${nextCursor
        ? html`<button
            part="more"
            class="button secondary more"
            type="button"
            aria-disabled=${more?.status === 'loading' ? 'true' : 'false'}
            @click=${() => this.#loadMore(first, nextCursor)}
          >
            ${more?.status === 'loading' ? messages.ledger.loadingMore : messages.ledger.more}
          </button>`
        : nothing}
    `;
  }

  /** A section still loading (placeholder rows) or failed (with a retry), in the space of `rows` rows. */
  #sectionPending(view: Exclude<View<unknown>, { state: 'ready' }>, task: { run(): Promise<void> }, label: string, rows: number) {
    return html`<div class="rows" data-rows=${rows}>
      ${view.state === 'loading'
        ? loadingView({ label, rows })
        : errorView({ error: view.error, localizer: this.localizer, onRetry: () => void task.run() })}
    </div>`;
  }

  async #loadMore(first: Page<LedgerEntry>, cursor: string): Promise<void> {
    const client = this.#clientIfConfigured();
    const before = this.#more?.after === first ? this.#more : undefined;
    if (!client || before?.status === 'loading') return;
    const shown = first.items.length + (before?.entries.length ?? 0);
    this.#more = { after: first, entries: before?.entries ?? [], nextCursor: cursor, status: 'loading' };
    this.requestUpdate();
    try {
      const page = await client.use(PointsResource).ledger({ limit: LEDGER_PAGE, cursor });
      if (this.#more?.after !== first) return;
      this.#more = { after: first, entries: [...this.#more.entries, ...page.items], nextCursor: page.nextCursor, status: 'idle' };
      // The first new entry takes focus, so a keyboard reader goes on reading where the list grew.
      this.#focusNext = `[part~="entry"][data-index="${shown}"]`;
    } catch (error) {
      if (this.#more?.after !== first) return;
      this.#more = { ...this.#more, status: 'error', error };
    }
    this.requestUpdate();
  }

  #renderEntry(entry: LedgerEntry, index: number, messages: PointsBadgeMessages) {
    const { ledger } = messages;
    let detail: string;
    switch (entry.source) {
      case 'attendance':
        detail = ledger.attendance;
        break;
      case 'volunteer_hours':
        detail = this.localizer.plural(ledger.hours, entry.hours);
        break;
      case 'adjustment':
        detail = ledger.adjustment;
        break;
      case 'reward':
        detail = ledger.redeemed;
        break;
    }
    const amount =
      entry.amount >= 0 ? this.localizer.plural(ledger.earned, entry.amount) : this.localizer.plural(ledger.spent, -entry.amount);
    return html`
      <li part="entry" class="row entry" data-kind=${entry.kind} data-index=${index} tabindex="-1">
        <div class="row-text">
          <p class="row-title">${entry.reason}</p>
          <p class="row-meta">
            ${detail} ·
            <time datetime=${entry.at.toISOString()}>${formatDay(entry.at, this.locale)}</time>
            (${this.localizer.relativeTime(entry.at)})
          </p>
        </div>
        <p part="amount" class="amount">${amount}</p>
      </li>
    `;
  }

  #renderRewards(points: PointsBalance | null, messages: PointsBadgeMessages) {
    const rewards = this.#view(this.#rewards);
    if (rewards.state !== 'ready') return this.#sectionPending(rewards, this.#rewards, messages.rewards.title, REWARD_ROWS);
    const pending = this.#redemption.pending;
    const current = this.#redemption.current;
    const keptNotice =
      pending.length > 0 && current?.step !== 'offline'
        ? html`<div part="status status-offline" class="state offline notice">
            <p>${this.localizer.plural(messages.rewards.pending, pending.length)}</p>
            <button part="send-now" class="button secondary" type="button" @click=${() => void this.#redemption.sendKept()}>
              ${this.localizer.messages.states.sendNow}
            </button>
          </div>`
        : nothing;
    if (rewards.data.length === 0) return [keptNotice, html`<div class="rows" data-rows="2">${emptyView(messages.rewards.empty)}</div>`];
    return html`
      ${keptNotice} ${this.#renderOutcome(messages)}
      <ul part="rewards" class="list rewards" aria-labelledby="rewards-title">
        ${rewards.data.map((reward) => this.#renderReward(reward, points, messages))}
      </ul>
    `;
  }

  #rewardTitle(id: string, messages: PointsBadgeMessages): string {
    const rewards = this.#view(this.#rewards);
    const reward = rewards.state === 'ready' ? rewards.data.find((candidate) => candidate.id === id) : undefined;
    return reward?.title ?? messages.rewards.someReward;
  }

  #outcomeText(messages: PointsBadgeMessages): string {
    const current = this.#redemption.current;
    const { rewards } = messages;
    if (current?.step === 'redeemed') {
      const reward = this.#rewardTitle(current.rewardId, messages);
      const said = this.localizer.plural(rewards.redeemed, current.balanceAfter, { reward });
      return `${said} ${current.prize ? rewards.prizeFollows : rewards.certificateReady}`;
    }
    if (current?.step === 'refused') {
      const reward = this.#rewardTitle(current.rewardId, messages);
      return this.localizer.fill(current.why === 'stock' ? rewards.soldOut : rewards.notEnough, { reward });
    }
    return '';
  }

  /** What became of the last redemption, above the catalogue; it takes focus when the member has just confirmed it. */
  #renderOutcome(messages: PointsBadgeMessages) {
    const current = this.#redemption.current;
    if (current?.step === 'redeemed' || current?.step === 'refused') {
      const kind = current.step === 'redeemed' ? 'success' : 'error';
      return html`<div part="outcome status status-${kind === 'success' ? 'success' : 'error'}" class="state outcome ${kind}" tabindex="-1">
        <p>${this.#outcomeText(messages)}</p>
      </div>`;
    }
    if (current?.step === 'offline') {
      return html`<div part="outcome status status-offline" class="state outcome offline" tabindex="-1">
        <p>${this.localizer.fill(messages.rewards.offline, { reward: current.reward.title })}</p>
        <button part="retry" class="button secondary" type="button" @click=${() => void this.#send('retry')}>
          ${this.localizer.messages.states.sendNow}
        </button>
      </div>`;
    }
    if (current?.step === 'failed') {
      return html`<div part="outcome status status-error" class="state outcome error" tabindex="-1">
        <p>${describeError(current.error, this.localizer, 'send')}</p>
        <button part="retry" class="button" type="button" @click=${() => void this.#send('retry')}>
          ${this.localizer.messages.states.retry}
        </button>
      </div>`;
    }
    return nothing;
  }

  /** Why `reward` cannot be redeemed now, in words; `undefined` when it can. */
  #refusal(reward: Reward, points: PointsBalance | null, messages: PointsBadgeMessages): string | undefined {
    const { rewards } = messages;
    if (reward.stock === 0) return rewards.outOfStock;
    if (this.#redemption.pending.includes(reward.id)) return rewards.waiting;
    if (this.#redemption.busy) return rewards.oneAtATime;
    if (!points) return undefined;
    if (reward.cost > points.balance) return this.localizer.plural(rewards.needMore, reward.cost - points.balance);
    return undefined;
  }

  #renderReward(reward: Reward, points: PointsBalance | null, messages: PointsBadgeMessages) {
    const { rewards } = messages;
    const current = this.#redemption.current;
    const asking = (current?.step === 'confirming' || current?.step === 'sending') && current.reward.id === reward.id ? current : undefined;
    const refusal = this.#refusal(reward, points, messages);
    const whyId = `why-${reward.id}`;
    let action: TemplateResult;
    if (asking && points) {
      const sending = asking.step === 'sending';
      const question = this.localizer.plural(rewards.confirm, reward.cost, {
        reward: reward.title,
        balance: Math.max(0, points.balance - reward.cost),
      });
      action = html`
        <div class="confirm" role="group" aria-labelledby="ask-${reward.id}">
          <p id="ask-${reward.id}" class="question">${question}</p>
          <div class="buttons">
            <button
              part="confirm"
              class="button"
              type="button"
              aria-disabled=${sending ? 'true' : 'false'}
              @click=${() => !sending && void this.#send('confirm')}
            >
              ${sending ? rewards.sending : rewards.confirmYes}
            </button>
            ${sending
              ? nothing
              : html`<button part="cancel" class="button secondary" type="button" @click=${() => this.#cancel(reward)}>
                  ${rewards.cancel}
                </button>`}
          </div>
        </div>
      `;
    } else {
      action = html`
        <button
          part="redeem"
          class="button"
          type="button"
          ?disabled=${refusal !== undefined || !points}
          aria-describedby=${refusal === undefined ? nothing : whyId}
          @click=${() => this.#ask(reward)}
        >
          ${rewards.redeem}<span class="visually-hidden"> ${reward.title}</span>
        </button>
        ${refusal === undefined ? nothing : html`<p id=${whyId} class="why">${refusal}</p>`}
      `;
    }
    return html`
      <li part="reward" class="row reward" data-reward=${reward.id} data-stock=${reward.stock === 0 ? 'out' : 'in'}>
        <div class="row-text">
          <h4 class="row-title">${reward.title}</h4>
          ${reward.description ? html`<p class="description">${reward.description}</p>` : nothing}
          <p class="row-meta">
            <span class="cost">${this.localizer.plural(rewards.cost, reward.cost)}</span>
            ${reward.stock !== null && reward.stock > 0 ? html` · ${this.localizer.plural(rewards.left, reward.stock)}` : nothing}
          </p>
        </div>
        <div class="row-action">${action}</div>
      </li>
    `;
  }

  #ask(reward: Reward): void {
    this.#redemption.ask(reward);
    this.#announcement = '';
    this.#focusNext = '[part~="confirm"]';
  }

  /**
   * Sends the redemption asked about, or again after it failed. Focus stays
   * on the confirm button (it reads "Redeeming…") while it is sent, then
   * moves to the outcome, which replaced the buttons.
   */
  async #send(how: 'confirm' | 'retry'): Promise<void> {
    this.#announcement = '';
    this.#focusNext = '[part~="confirm"]';
    await (how === 'confirm' ? this.#redemption.confirm() : this.#redemption.retry());
    this.#focusNext = '[part~="outcome"]';
    this.requestUpdate();
  }

  #cancel(reward: Reward): void {
    this.#redemption.dismiss();
    this.#focusNext = `[data-reward="${CSS.escape(reward.id)}"] [part~="redeem"]`;
  }

  #renderCertificates(messages: PointsBadgeMessages) {
    const certificates = this.#view(this.#certificates);
    const { certificates: words } = messages;
    if (certificates.state !== 'ready') {
      return this.#sectionPending(certificates, this.#certificates, words.title, CERTIFICATE_ROWS);
    }
    if (certificates.data.length === 0) return html`<div class="rows" data-rows="2">${emptyView(words.empty)}</div>`;
    return html`
      <ul part="certificates" class="list certificates" aria-labelledby="certificates-title">
        ${certificates.data.map((certificate) => {
          const period = periodLabel(certificate.period, words);
          const download = this.#downloads.get(certificate.id);
          const issued = this.localizer.fill(words.issued, { date: formatDay(certificate.issuedAt, this.locale) });
          return html`
            <li part="certificate" class="row certificate" data-certificate=${certificate.id}>
              <div class="row-text">
                <h4 class="row-title">${period}</h4>
                <p class="row-meta">${this.localizer.plural(words.hours, certificate.hoursServed)} · ${issued}</p>
              </div>
              <div class="row-action">
                <button
                  part="download"
                  class="button secondary"
                  type="button"
                  aria-disabled=${download === 'loading' ? 'true' : 'false'}
                  @click=${(event: Event) => this.#download(certificate, event.currentTarget as HTMLElement)}
                >
                  ${download === 'loading' ? words.downloading : words.download}<span class="visually-hidden"> ${period}</span>
                </button>
                ${typeof download === 'object'
                  ? html`<p class="why error-text" role="alert">${describeError(download.error, this.localizer, 'load')}</p>`
                  : nothing}
              </div>
            </li>
          `;
        })}
      </ul>
    `;
  }

  async #download(certificate: Certificate, button: HTMLElement): Promise<void> {
    const client = this.#clientIfConfigured();
    if (!client || this.#downloads.get(certificate.id) === 'loading') return;
    this.#downloads.set(certificate.id, 'loading');
    this.requestUpdate();
    try {
      const svg = await client.use(CertificatesResource).svg(certificate.id);
      const name = fileNamePart(certificate.memberName);
      const fileName = `certificate-${certificate.period}${name ? `-${name}` : ''}.svg`;
      // Inside the button's own box: in the compact form the page behind the dialog is inert.
      downloadText(button.parentElement ?? this.renderRoot, svg, 'image/svg+xml', fileName);
      this.#downloads.delete(certificate.id);
    } catch (error) {
      this.#downloads.set(certificate.id, { error });
      if (isNgoApiError(error) && error.status === 401) this.reload();
    }
    this.requestUpdate();
  }
}
