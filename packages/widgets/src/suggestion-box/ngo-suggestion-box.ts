import { isNgoApiError, isNgoNetworkError, SuggestionsResource, type Page, type WriteOptions } from '@ngo-kit/sdk';
import {
  SUGGESTION_CATEGORIES,
  SUGGESTION_SORTS,
  type Suggestion,
  type SuggestionCategory,
  type SuggestionInput,
} from '@ngo-kit/sdk/schemas';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { errorKind } from '../shared/error-kind.js';
import { checkboxField, honeypotField, selectField, textField } from '../shared/form/fields.js';
import { FormController, type FormStatus } from '../shared/form/form-controller.js';
import { instanceDraftName } from '../shared/form/draft-store.js';
import { formStyles } from '../shared/form/form.styles.js';
import { formMessages } from '../shared/form/messages.js';
import { TaskStatus } from '../shared/load-task.js';
import { NgoElement } from '../shared/ngo-element.js';
import { emptyView, errorView, liveRegion, loadingView, offlineView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { categoryOf, modeOf, sortOf, type SuggestionBoxMode, type SuggestionSort } from './box-options.js';
import { SuggestionSentEvent, SuggestionVoteEvent } from './events.js';
import { suggestionBoxMessages, topicName, type SuggestionBoxMessages } from './messages.js';
import { suggestionBoxStyles } from './ngo-suggestion-box.styles.js';
import { EMPTY_SUGGESTION, suggestionInputSchema, type SuggestionFormValues } from './suggestion-input.js';
import { suggestionItem, titleId } from './suggestion-item.js';
import { SuggestionVotes, type VoteOutcome } from './suggestion-votes.js';
import { Voter } from './voter.js';

/** At most this many placeholder rows hold the list's place while it loads; the styles have a rule per count. */
const MAX_RESERVED_ROWS = 3;

/** The first page of the list and the filters it was asked with, which "show more" keeps. */
interface ListView {
  page: Page<Suggestion>;
  params: { sort: SuggestionSort; category: SuggestionCategory | undefined; limit: number };
}

/** The pages "show more" added to one first page. */
interface MorePages {
  after: ListView;
  items: Suggestion[];
  nextCursor: string | null;
}

/**
 * The always-open suggestion box: a form to send a suggestion (anonymously if
 * the person wishes), and the public list with each suggestion's status, the
 * team's replies and votes, one per person.
 *
 * A sent suggestion usually waits for moderation; the box says so. A
 * suggestion written offline is kept, with its idempotency key, and sent once
 * when the browser is back online, also after a reload. A draft survives a
 * reload of the page.
 *
 * @tagname ngo-suggestion-box
 * @summary Sends suggestions (optionally anonymous) and lists them with status, staff replies and votes.
 *
 * @fires {SuggestionSentEvent} ngo-suggestion-sent - A suggestion reached the API; `detail.suggestion.listed` is `false` while it waits for moderation.
 * @fires {SuggestionVoteEvent} ngo-suggestion-vote - A vote was counted or withdrawn; `detail` has `suggestionId`, `voted` and the API's `votes`.
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart form-section - The form and its states.
 * @csspart list-section - The list, its controls and its states.
 * @csspart heading - The heading of each section.
 * @csspart field - One field of the form: label, hint, control and message.
 * @csspart label - A field's label.
 * @csspart hint - What a field is for, under its label.
 * @csspart input - A text field, text area or select of the form.
 * @csspart checkbox - The "send anonymously" box.
 * @csspart field-error - The message next to a field that needs fixing.
 * @csspart submit - The send button.
 * @csspart write-another - The button that empties the form after sending.
 * @csspart controls - The sort and topic controls of the list.
 * @csspart sort - The sort select.
 * @csspart category - The topic select.
 * @csspart list - The list of suggestions.
 * @csspart item - One suggestion.
 * @csspart title - A suggestion's title.
 * @csspart meta - A suggestion's status, topic, date and author.
 * @csspart suggestion-status - A suggestion's status, as text.
 * @csspart text - A suggestion's text.
 * @csspart reply - The team's public reply.
 * @csspart vote - A vote toggle (`aria-pressed`).
 * @csspart vote-count - The count inside a vote toggle.
 * @csspart vote-error - Why a vote was not counted.
 * @csspart more - The "show more" button.
 * @csspart skeleton - The placeholder rows shown while the list loads.
 * @csspart status - The box of a state: `status-empty`, `status-error`, `status-offline`, `status-success`.
 * @csspart retry - The button that tries again after an error.
 * @csspart send-now - The button that sends a kept suggestion at once.
 *
 * @cssprop --ngo-suggestion-box-background - Background of the whole box; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-suggestion-box-padding - Space inside the box's edge; defaults to `--ngo-space-m`.
 * @cssprop --ngo-suggestion-box-gap - Space between suggestions and between sections; defaults to `--ngo-space-m`.
 * @cssprop --ngo-suggestion-box-item-background - Background of a suggestion; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-suggestion-box-item-min-height - Height of a placeholder row while loading; `9em` by default.
 * @cssprop --ngo-suggestion-box-reply-background - Background of the team's reply; defaults to `--ngo-color-surface-muted`.
 *
 * @example
 * ```html
 * <ngo-suggestion-box api="https://api.example.org" key="pk_live_123" sort="votes"></ngo-suggestion-box>
 * ```
 */
export class NgoSuggestionBox extends NgoElement {
  static override properties: PropertyDeclarations = {
    mode: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    category: { type: String, reflect: true },
    limit: { type: Number },
  };

  static override styles = [NgoElement.styles, stateStyles, formStyles, suggestionBoxStyles];

  /** `form`, `list` or `both` (the form first); anything else counts as `both`. */
  declare mode: SuggestionBoxMode;
  /** The list's order: `votes` (most first) or `recent` (newest first); the reader may change it. */
  declare sort: SuggestionSort;
  /** Shows only this topic (`events`, `communication`, `volunteering`, `website`, `other`) and picks it in the form. */
  declare category: SuggestionCategory | undefined;
  /** How many suggestions the list shows at first, and adds with each "show more". */
  declare limit: number;

  /** The form: values, draft, validation with the SDK's schema, sending, offline state. */
  readonly form = new FormController<SuggestionFormValues, SuggestionInput, Suggestion>(this, {
    schema: suggestionInputSchema(() => this.#signedIn),
    initial: EMPTY_SUGGESTION,
    // One draft per tab: the configuration may not be known yet when the draft is restored.
    draftKey: () => instanceDraftName(this, 'suggestion-box'),
    legacyDraftKey: 'suggestion-box',
    submit: (input, options) => this.#send(input, options),
    onSent: (suggestion) => this.#sent(suggestion),
  });

  readonly #list = this.loadTask({
    args: () => [modeOf(this.mode), sortOf(this.sort), categoryOf(this.category), this.limit] as const,
    load: async ([mode, sort, category, limit], { client, signal }): Promise<ListView | undefined> => {
      if (mode === 'form') return undefined;
      const page = await client.use(SuggestionsResource).list({ sort, category, limit }, { signal });
      return { page, params: { sort, category, limit } };
    },
  });

  readonly #votes = new SuggestionVotes(this, { client: () => this.client, voter: () => this.#voter() });
  #voterOf: { id: string; voter: Voter } | undefined;
  #more: MorePages | undefined;
  #loadingMore: AbortController | undefined;
  #moreError: unknown;
  /** What the list's live region says about `on`, instead of its count, after a vote or "show more". */
  #said: { on: ListView; text: string } | undefined;
  #seenView: ListView | undefined;
  #sendingAnonymously = false;
  #lastSent: { suggestion: Suggestion; anonymous: boolean } | undefined;
  #focusResult = false;
  /** The form's status before the send under way, if one is: a kept suggestion sent again still shows as kept. */
  #settledStatus: FormStatus = 'editing';

  constructor() {
    super();
    this.mode = 'both';
    this.sort = 'votes';
    this.limit = 10;
  }

  /** Loads the list again, e.g. after an error. */
  reload(): void {
    void this.#list.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loadingMore?.abort(new DOMException('The element left the page', 'AbortError'));
  }

  get #signedIn(): boolean {
    return Boolean(this.config.memberToken);
  }

  #voter(): Voter {
    const { api, memberToken } = this.config;
    const id = `${api ?? ''}\n${memberToken ?? ''}`;
    if (this.#voterOf?.id !== id) this.#voterOf = { id, voter: new Voter(api ?? '', memberToken) };
    return this.#voterOf.voter;
  }

  get #messages(): SuggestionBoxMessages {
    return this.localizer.text(suggestionBoxMessages);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.#list.value;
    if (view !== this.#seenView) {
      this.#seenView = view;
      this.#votes.forgetCounts();
    }
    const preset = categoryOf(this.category);
    if (preset && this.form.values.category === '' && this.form.status === 'editing') this.form.set('category', preset);
    if (this.form.status !== 'sending') this.#settledStatus = this.form.status;
    // Focus follows a result that replaces what had it: the panel the person pressed "send now" in, say.
    if (this.shadowRoot?.activeElement?.closest('#form-result')) this.#focusResult = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#focusResult) return;
    const result = this.renderRoot.querySelector<HTMLElement>('#form-result');
    if (result) {
      this.#focusResult = false;
      if (this.shadowRoot?.activeElement !== result && !result.contains(this.shadowRoot?.activeElement ?? null)) result.focus();
    } else if (this.form.status !== 'sending') {
      this.#focusResult = false;
    }
  }

  protected override renderContent(): TemplateResult {
    const mode = modeOf(this.mode);
    return html`
      <div class="box">
        ${mode === 'list' ? nothing : this.#renderFormSection()}
        ${mode === 'form' ? nothing : this.#renderListSection()}
      </div>
    `;
  }

  // ---- the form

  async #send(input: SuggestionInput, options: WriteOptions): Promise<Suggestion> {
    this.#sendingAnonymously = input.anonymous;
    const client = this.client;
    try {
      return await client.use(SuggestionsResource).create(input, options);
    } catch (error) {
      // The form keeps a refused or failed submission with its key and offers to send it again; left in the SDK's
      // outbox too, it could arrive by itself after the person changed it, and then twice.
      if (isNgoApiError(error) && error.outboxId) client.outbox.discard(error.outboxId);
      throw error;
    }
  }

  #sent(suggestion: Suggestion): void {
    this.#lastSent = { suggestion, anonymous: this.#sendingAnonymously };
    const sent = new SuggestionSentEvent({ suggestion });
    this.dispatchEvent(sent);
    if (suggestion.listed && modeOf(this.mode) !== 'form') this.reload();
  }

  readonly #submit = (event: Event): Promise<void> => {
    this.#focusResult = true;
    return this.form.submit(event);
  };

  readonly #sendNow = (): void => {
    this.#focusResult = true;
    void this.form.resend();
  };

  readonly #writeAnother = async (): Promise<void> => {
    this.#lastSent = undefined;
    this.form.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[name="title"]')?.focus();
  };

  #renderFormSection(): TemplateResult {
    const messages = this.#messages;
    return html`
      <section part="form-section" class="form-section" aria-labelledby="form-heading">
        <h3 part="heading" class="heading" id="form-heading">${messages.formHeading}</h3>
        ${liveRegion(this.#formAnnouncement(messages))}
        ${this.#renderFormState(messages)}
      </section>
    `;
  }

  #formAnnouncement(messages: SuggestionBoxMessages): string {
    switch (this.form.status) {
      case 'sent':
        return this.#sentNote(messages).join(' ');
      case 'failed':
        // The alert beside the send button says it.
        return '';
      default:
        return this.form.announcement();
    }
  }

  /** What the box says once a suggestion is sent: what happens next, as the API answered, and whether it was anonymous. */
  #sentNote(messages: SuggestionBoxMessages): string[] {
    const sent = this.#lastSent;
    return [
      sent?.suggestion.listed ? messages.published : messages.waitingForModeration,
      ...(sent?.anonymous ? [messages.sentAnonymously] : []),
    ];
  }

  #renderFormState(messages: SuggestionBoxMessages): TemplateResult {
    const { form } = this;
    if (form.status === 'sent') {
      return html`
        <div part="status status-success" class="state success result" id="form-result" tabindex="-1">
          ${this.#sentNote(messages).map((text) => html`<p>${text}</p>`)}
          <button part="write-another" class="button secondary" type="button" @click=${this.#writeAnother}>
            ${messages.writeAnother}
          </button>
        </div>
      `;
    }
    // Sent again (by "send now", or when the browser is back online), a kept suggestion stays a panel until it is sent.
    if (form.status === 'offline' || (form.status === 'sending' && this.#settledStatus === 'offline')) {
      return html`<div class="result" id="form-result" tabindex="-1">
        ${offlineView({ localizer: this.localizer, onSendNow: this.#sendNow, slow: form.slow })}
      </div>`;
    }
    const { values } = form;
    const anonymous = values.anonymous === true;
    const sending = form.status === 'sending';
    return html`
      <form novalidate @submit=${this.#submit}>
        ${textField(form, { name: 'title', label: messages.title, hint: messages.titleHint, required: true })}
        ${textField(form, { name: 'body', label: messages.body, multiline: true, required: true })}
        ${selectField(form, {
          name: 'category',
          label: messages.category,
          choices: [['', messages.chooseCategory], ...SUGGESTION_CATEGORIES.map((category) => [category, topicName(messages, category)] as const)],
        })}
        ${checkboxField(form, { name: 'anonymous', label: messages.anonymous, hint: messages.anonymousHint })}
        ${anonymous ? nothing : this.#renderIdentityFields(messages)}
        ${honeypotField(form, { label: this.localizer.text(formMessages).honeypot })}
        ${form.status === 'failed' ? this.#renderSendError(messages) : nothing}
        <button part="submit" class="button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? this.localizer.text(formMessages).sending : messages.send}
        </button>
      </form>
    `;
  }

  /** Who the suggestion is from, left out entirely when it is anonymous: the fields are not there, and not sent. */
  #renderIdentityFields(messages: SuggestionBoxMessages): TemplateResult {
    const { form } = this;
    return html`
      ${this.#signedIn
        ? html`<p part="hint" class="hint signed-in">${messages.signedIn}</p>`
        : textField(form, { name: 'name', label: messages.name, hint: messages.nameHint, autocomplete: 'name' })}
      ${textField(form, {
        name: 'contactEmail',
        label: messages.contactEmail,
        hint: messages.contactEmailHint,
        type: 'email',
        autocomplete: 'email',
      })}
    `;
  }

  #renderSendError(messages: SuggestionBoxMessages): TemplateResult {
    const { error } = this.form;
    if (errorKind(error) !== 'rate_limited') {
      return errorView({ error, localizer: this.localizer, operation: 'send', onRetry: () => void this.form.resend() });
    }
    return html`
      <div part="status status-error status-rate-limited" class="state error" role="alert">
        <p>${this.localizer.fill(messages.rateLimited, { when: this.#when(error) })}</p>
        <button part="retry" class="button" type="button" @click=${() => void this.form.resend()}>
          ${this.localizer.messages.states.retry}
        </button>
      </div>
    `;
  }

  /** When to try again after a 429: "in 2 minutes" from `Retry-After`, else "in a moment". */
  #when(error: unknown): string {
    const seconds = isNgoApiError(error) ? error.retryAfter : undefined;
    return seconds ? this.localizer.relativeSeconds(seconds) : this.localizer.messages.states.soon;
  }

  // ---- the list

  #renderListSection(): TemplateResult {
    const messages = this.#messages;
    const sort = sortOf(this.sort);
    const category = categoryOf(this.category);
    const rows = Math.max(1, Math.min(this.limit, MAX_RESERVED_ROWS));
    return html`
      <section part="list-section" class="list-section" aria-labelledby="list-heading">
        <h3 part="heading" class="heading" id="list-heading">${messages.listHeading}</h3>
        ${liveRegion(this.#listAnnouncement(messages))}
        <div part="controls" class="controls">
          <div class="control">
            <label for="filter-sort">${messages.sortLabel}</label>
            <select id="filter-sort" part="sort" .value=${live(sort)} @change=${this.#sortChanged}>
              ${SUGGESTION_SORTS.map((choice) => html`<option value=${choice} ?selected=${choice === sort}>${messages.sorts[choice]}</option>`)}
            </select>
          </div>
          <div class="control">
            <label for="filter-category">${messages.category}</label>
            <select id="filter-category" part="category" .value=${live(category ?? '')} @change=${this.#categoryChanged}>
              <option value="" ?selected=${category === undefined}>${messages.allCategories}</option>
              ${SUGGESTION_CATEGORIES.map(
                (choice) => html`<option value=${choice} ?selected=${choice === category}>${topicName(messages, choice)}</option>`,
              )}
            </select>
          </div>
        </div>
        <div class="suggestions" data-rows=${rows}>${this.#renderListState(messages, rows)}</div>
      </section>
    `;
  }

  readonly #sortChanged = (event: Event): void => {
    this.sort = sortOf((event.target as HTMLSelectElement).value);
  };

  readonly #categoryChanged = (event: Event): void => {
    this.category = categoryOf((event.target as HTMLSelectElement).value);
  };

  #renderListState(messages: SuggestionBoxMessages, rows: number): unknown {
    const view = this.#list.value;
    switch (this.#list.status) {
      case TaskStatus.ERROR:
        return errorView({ error: this.#list.error, localizer: this.localizer, onRetry: () => this.reload() });
      case TaskStatus.COMPLETE:
        return view ? this.#renderView(view, messages, false) : nothing;
      default:
        // While other filters load, the list that was there stays, marked busy, instead of jumping to placeholders.
        return view ? this.#renderView(view, messages, true) : loadingView({ label: messages.listHeading, rows });
    }
  }

  #listAnnouncement(messages: SuggestionBoxMessages): string {
    const view = this.#list.value;
    switch (this.#list.status) {
      case TaskStatus.ERROR:
        return '';
      case TaskStatus.COMPLETE:
        if (!view) return '';
        if (this.#said?.on === view) return this.#said.text;
        return view.page.items.length === 0 ? this.#emptyText(messages, view) : this.localizer.plural(messages.count, this.#shown(view).length);
      default:
        return messages.loading;
    }
  }

  #emptyText(messages: SuggestionBoxMessages, view: ListView): string {
    return view.params.category ? messages.emptyInCategory : messages.empty;
  }

  /** The suggestions shown for `view`: its first page and what "show more" added. */
  #shown(view: ListView): Suggestion[] {
    return this.#more?.after === view ? [...view.page.items, ...this.#more.items] : view.page.items;
  }

  #renderView(view: ListView, messages: SuggestionBoxMessages, busy: boolean): TemplateResult {
    const items = this.#shown(view);
    if (items.length === 0) return emptyView(this.#emptyText(messages, view));
    const nextCursor = this.#more?.after === view ? this.#more.nextCursor : view.page.nextCursor;
    return html`
      <ul part="list" class="list" aria-labelledby="list-heading" aria-busy=${busy ? 'true' : 'false'}>
        ${repeat(
          items,
          (suggestion) => suggestion.id,
          (suggestion) =>
            suggestionItem(
              suggestion,
              {
                votes: this.#votes.count(suggestion),
                voted: this.#votes.isVoted(suggestion.id),
                pending: this.#votes.isPending(suggestion.id),
                voteError: this.#voteErrorText(this.#votes.failure(suggestion.id), messages),
                onVote: () => void this.#vote(view, suggestion),
              },
              messages,
              this.localizer,
            ),
        )}
      </ul>
      ${this.#moreError === undefined
        ? nothing
        : errorView({ error: this.#moreError, localizer: this.localizer, onRetry: () => void this.#showMore() })}
      ${nextCursor
        ? html`<button part="more" class="button secondary more" type="button" @click=${() => void this.#showMore()}>
            ${this.#loadingMore ? messages.loadingMore : messages.more}
          </button>`
        : nothing}
    `;
  }

  async #vote(view: ListView, suggestion: Suggestion): Promise<void> {
    const outcome = await this.#votes.toggle(suggestion);
    if (!outcome) return;
    this.#said = { on: view, text: this.#voteAnnouncement(outcome, suggestion) };
    if (outcome.kind === 'voted' || outcome.kind === 'withdrawn') {
      const vote = new SuggestionVoteEvent({ suggestionId: suggestion.id, voted: outcome.kind === 'voted', votes: outcome.votes });
      this.dispatchEvent(vote);
    }
    this.requestUpdate();
  }

  #voteAnnouncement(outcome: VoteOutcome, suggestion: Suggestion): string {
    const messages = this.#messages;
    const { title } = suggestion;
    switch (outcome.kind) {
      case 'voted':
      case 'withdrawn': {
        const votes = this.localizer.plural(messages.votes, outcome.votes);
        return this.localizer.fill(outcome.kind === 'voted' ? messages.voted : messages.withdrawn, { title, votes });
      }
      case 'already':
        return this.localizer.fill(messages.alreadyVoted, { title });
      case 'failed':
        return this.#voteErrorText(outcome.error, messages) ?? '';
    }
  }

  #voteErrorText(error: unknown, messages: SuggestionBoxMessages): string | undefined {
    if (error === undefined) return undefined;
    if (isNgoNetworkError(error)) return messages.voteOffline;
    if (errorKind(error) === 'rate_limited') return this.localizer.fill(messages.voteRateLimited, { when: this.#when(error) });
    return messages.voteFailed;
  }

  async #showMore(): Promise<void> {
    const view = this.#list.value;
    if (!view || this.#loadingMore) return;
    const shown = this.#more?.after === view ? this.#more : { after: view, items: [], nextCursor: view.page.nextCursor };
    if (!shown.nextCursor) return;
    const loading = new AbortController();
    this.#loadingMore = loading;
    this.#moreError = undefined;
    this.requestUpdate();
    try {
      const { params } = view;
      const page = await this.client
        .use(SuggestionsResource)
        .list({ ...params, cursor: shown.nextCursor }, { signal: loading.signal });
      if (this.#list.value !== view) return;
      // Votes may reorder the list between pages: a suggestion already shown is not shown twice.
      const known = new Set([...view.page.items, ...shown.items].map((suggestion) => suggestion.id));
      const added = page.items.filter((suggestion) => !known.has(suggestion.id));
      this.#more = { after: view, items: [...shown.items, ...added], nextCursor: page.nextCursor };
      this.#said = { on: view, text: this.localizer.plural(this.#messages.moreShown, added.length) };
      this.#loadingMore = undefined;
      this.requestUpdate();
      await this.updateComplete;
      const first = added[0];
      if (first) this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(titleId(first))}`)?.focus();
    } catch (error) {
      if (!loading.signal.aborted) this.#moreError = error;
    } finally {
      if (this.#loadingMore === loading) this.#loadingMore = undefined;
      this.requestUpdate();
    }
  }
}
