import { isNgoApiError, isNgoNetworkError, newIdempotencyKey } from '@ngo-kit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localizerFor, type Localizer } from '../../i18n/localizer.js';
import type { NgoKitConfig } from '../config.js';
import { discardKeptWrite } from '../kept-writes.js';
import { describeError } from '../states.js';
import { draftStore, type Draft } from './draft-store.js';
import { withoutBlanks, type FieldValue, type FormValues } from './form-values.js';
import { isBlank, issueMessage } from './issue-message.js';
import { KeptWriteController } from './kept-write-controller.js';
import { formMessages } from './messages.js';
import { issueField, type SchemaIssue, type ValidatingSchema } from './schema.js';

/**
 * Sends a validated submission. This is the one seam between a form and the
 * network: today a widget passes a call of the SDK; the SDK's outbox will
 * plug in here with the same signature. `idempotencyKey` stays the same for
 * every attempt at one submission (a retry, a resend after going offline, a
 * resend after a reload), so the API applies it once.
 */
export type SubmitFunction<Input, Result> = (
  input: Input,
  options: { idempotencyKey: string; signal: AbortSignal },
) => Promise<Result>;

/**
 * `editing`: being filled in (also after validation failed); `sending`;
 * `sent`; `offline`: kept, with its key, until the network is back;
 * `failed`: the API refused or failed, see `error`.
 */
export type FormStatus = 'editing' | 'sending' | 'sent' | 'offline' | 'failed';

/** The element a form lives in: an `NgoElement` is one. */
export interface FormHost extends ReactiveControllerHost, HTMLElement {
  /** The language the form speaks, e.g. `zh-CN`. */
  readonly locale: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /**
   * The configuration whose client's outbox keeps the form's writes: the form
   * drops a kept write (by its idempotency key) when the person changes a
   * submission that failed and was kept, so that the old version is not
   * delivered later beside the new one, and listens for a kept submission
   * going through in the background. Without one, nothing is kept.
   */
  readonly config?: NgoKitConfig;
}

export interface FormControllerOptions<Values extends FormValues, Input, Result> {
  /** The SDK's schema of what is sent, e.g. `SuggestionInputSchema` from `@ngo-kit/sdk/validators`. */
  schema: ValidatingSchema<Input>;
  /** The values of the empty form, one per field, in the order the fields appear. */
  initial: Values;
  /** Sends the submission; see {@link SubmitFunction}. */
  submit: SubmitFunction<Input, Result>;
  /**
   * Names the draft in `sessionStorage`, e.g. `() => \`suggestions:${this.config.api}\``.
   * Default: no draft is kept. Return `undefined` to keep none for now.
   */
  draftKey?: () => string | undefined;
  /**
   * Where an older version kept this form's draft (e.g. `suggestion-box`, before drafts
   * were per instance): read once when the form has no draft of its own, then moved.
   */
  legacyDraftKey?: string | undefined;
  /**
   * The field that people never see and bots fill in. Default: `website`,
   * as the SDK's schemas name it. A submission with it filled in is not sent
   * and looks sent, so a bot learns nothing.
   */
  honeypot?: string;
  /** Called with the API's answer once the submission is sent. */
  onSent?: (result: Result) => void;
}

/**
 * Everything a form widget needs between its native controls and the API:
 * the values (kept as a draft in `sessionStorage` while typing, so a reload
 * loses nothing), validation with the SDK's own schema giving messages in
 * the widget's language next to each field, a summary for the live region,
 * focus on the first field to fix, the honeypot, and sending through one
 * {@link SubmitFunction} with an idempotency key. A network failure is the
 * `offline` state: the submission is kept with its key and sent again when
 * the browser is back online, or when the page is loaded again.
 *
 * The fields themselves are rendered with the helpers in `fields.ts`.
 *
 * @example
 * ```ts
 * readonly form = new FormController(this, {
 *   schema: SuggestionInputSchema,
 *   initial: { title: '', body: '', category: 'other', anonymous: false, website: '' },
 *   submit: (input, { idempotencyKey, signal }) => client.suggestions.create(input, { idempotencyKey, signal }),
 *   draftKey: () => 'suggestions',
 * });
 * ```
 */
export class FormController<Values extends FormValues, Input, Result> implements ReactiveController {
  readonly #host: FormHost;
  readonly #options: FormControllerOptions<Values, Input, Result>;
  #values: Values;
  #issues = new Map<string, SchemaIssue>();
  #status: FormStatus = 'editing';
  #error: unknown;
  #idempotencyKey: string | undefined;
  /** The key of the last attempt when the SDK's outbox kept it, to send later by itself. */
  #keptKey: string | undefined;
  #sending: AbortController | undefined;
  /** The submission kept while offline: resent when back online, retried while online, settled by the SDK's outbox. */
  readonly #kept: KeptWriteController;

  /** The SDK's outbox delivered (or refused for good) our kept submission. */
  #keptWriteSettled(error: unknown): void {
    if (this.#status !== 'offline' && this.#status !== 'failed') return;
    this.#keptKey = undefined;
    if (error !== undefined) {
      this.#failed(error);
      return;
    }
    // Sent again with the same key, the API answers what it answered the outbox, as the SDK reads it:
    // the form then ends exactly as if its first send had worked.
    void this.resend();
  }

  constructor(host: FormHost, options: FormControllerOptions<Values, Input, Result>) {
    this.#host = host;
    this.#options = options;
    this.#values = options.initial;
    // before the form itself: a form made in a connected host is connected at once, and may find a kept draft
    this.#kept = new KeptWriteController(host, {
      isKept: () => this.#status === 'offline',
      resend: () => void this.resend(),
      key: () => this.#idempotencyKey,
      settled: (error) => this.#keptWriteSettled(error),
    });
    host.addController(this);
  }

  /** The values of the fields as they are now. */
  get values(): Values {
    return this.#values;
  }

  get status(): FormStatus {
    return this.#status;
  }

  /** Why the last attempt failed, in the `failed` state. */
  get error(): unknown {
    return this.#error;
  }

  /**
   * True in the `offline` state when the last attempt timed out while the
   * browser is online: the submission is kept and tried again, and the person
   * should read "this is taking long", not "you are offline".
   */
  get slow(): boolean {
    return this.#status === 'offline' && this.#kept.slow;
  }

  /** The key of the submission being sent or kept, if any. */
  get idempotencyKey(): string | undefined {
    return this.#idempotencyKey;
  }

  get #localizer(): Localizer {
    return localizerFor(this.#host.locale);
  }

  get #honeypot(): string {
    return this.#options.honeypot ?? 'website';
  }

  hostConnected(): void {
    this.#restoreDraft();
    if (this.#status === 'offline' && navigator.onLine) void this.resend();
  }

  hostDisconnected(): void {
    this.#sending?.abort(new DOMException('The form left the page', 'AbortError'));
  }

  /** Changes one field, keeps the draft, and rechecks the field if it was wrong. */
  set(name: keyof Values & string, value: FieldValue): void {
    this.#values = { ...this.#values, [name]: value };
    // Changed values are another submission: reusing the old key would return the old answer,
    // and the old version, if the outbox kept it, must not arrive later beside the new one.
    this.#idempotencyKey = undefined;
    if (this.#keptKey !== undefined) {
      if (this.#host.config) discardKeptWrite(this.#host.config, this.#keptKey);
      this.#keptKey = undefined;
    }
    if (this.#status === 'failed') this.#status = 'editing';
    this.#kept.stop();
    this.#saveDraft();
    if (this.#issues.has(name)) void this.#recheck(name);
    this.#host.requestUpdate();
  }

  /** The message to show next to `name`, in the widget's language, or `undefined` when it is fine. */
  fieldError(name: string): string | undefined {
    const issue = this.#issues.get(name);
    return issue && issueMessage(issue, this.#values[name], this.#localizer);
  }

  /** What the live region should say now, in the widget's language. */
  announcement(): string {
    const localizer = this.#localizer;
    const { states } = localizer.messages;
    const form = localizer.text(formMessages);
    switch (this.#status) {
      case 'sending':
        return form.sending;
      case 'sent':
        return states.sent;
      case 'offline':
        return this.#kept.slow ? states.slow : states.offline;
      case 'failed':
        return describeError(this.#error, localizer, 'send');
      case 'editing':
        return this.#issues.size > 0 ? localizer.plural(form.summary, this.#issues.size) : '';
    }
  }

  /**
   * Validates and sends; use it as the form's `submit` listener. Invalid
   * fields get their messages and the first of them gets focus.
   */
  readonly submit = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (this.#status === 'sending') return;
    if (!isBlank(this.#values[this.#honeypot])) {
      this.#finish(undefined);
      return;
    }
    const input = await this.#validate();
    if (input === undefined) {
      await this.#focusFirstIssue();
      return;
    }
    this.#idempotencyKey ??= newIdempotencyKey();
    await this.#send(input.value);
  };

  /** Sends a kept (offline) or failed submission again, with the same idempotency key. */
  async resend(): Promise<void> {
    if (this.#status === 'sending') return;
    const input = await this.#validate();
    if (input === undefined) {
      this.#status = 'editing';
      this.#host.requestUpdate();
      return;
    }
    this.#idempotencyKey ??= newIdempotencyKey();
    await this.#send(input.value);
  }

  /** Empties the form and forgets its draft, e.g. to write another submission after one was sent. */
  reset(): void {
    this.#values = this.#options.initial;
    this.#issues.clear();
    this.#status = 'editing';
    this.#error = undefined;
    this.#idempotencyKey = undefined;
    this.#kept.stop();
    this.#kept.slow = false;
    const key = this.#options.draftKey?.();
    if (key) draftStore.clear(key);
    this.#host.requestUpdate();
  }

  async #send(input: Input): Promise<void> {
    const idempotencyKey = this.#idempotencyKey ?? newIdempotencyKey();
    this.#idempotencyKey = idempotencyKey;
    this.#kept.stop(false);
    this.#status = 'sending';
    this.#host.requestUpdate();
    const sending = new AbortController();
    this.#sending = sending;
    try {
      const result = await this.#options.submit(input, { idempotencyKey, signal: sending.signal });
      this.#finish(result);
    } catch (error) {
      if (sending.signal.aborted) return;
      this.#failed(error);
    } finally {
      if (this.#sending === sending) this.#sending = undefined;
    }
  }

  #failed(error: unknown): void {
    if ((isNgoNetworkError(error) || isNgoApiError(error)) && error.outboxId !== undefined) {
      this.#keptKey = error.outboxId;
      this.#kept.watch();
    }
    if (isNgoNetworkError(error)) {
      this.#status = 'offline';
      this.#saveDraft();
      this.#kept.keep(error);
    } else if (isNgoApiError(error) && Object.keys(error.fieldErrors).length > 0) {
      // The API's messages are in the API's language; each field gets ours instead.
      this.#issues = new Map(
        Object.keys(error.fieldErrors)
          .filter((name) => name in this.#values)
          .map((name) => [name, { message: '', path: [name] }]),
      );
      this.#status = this.#issues.size > 0 ? 'editing' : 'failed';
      this.#error = error;
      if (this.#status === 'editing') void this.#focusFirstIssue();
    } else {
      this.#status = 'failed';
      this.#error = error;
    }
    this.#host.requestUpdate();
  }

  #finish(result: Result | undefined): void {
    this.#kept.end();
    this.#status = 'sent';
    this.#keptKey = undefined;
    this.#issues.clear();
    this.#error = undefined;
    this.#idempotencyKey = undefined;
    this.#values = this.#options.initial;
    const key = this.#options.draftKey?.();
    if (key) draftStore.clear(key);
    this.#host.requestUpdate();
    if (result !== undefined) this.#options.onSent?.(result);
  }

  /** The validated input, or `undefined` after recording the issues. */
  async #validate(): Promise<{ value: Input } | undefined> {
    const { [this.#honeypot]: _honeypot, ...fields } = this.#values;
    const result = await this.#options.schema['~standard'].validate(withoutBlanks(fields));
    if (!result.issues) {
      this.#issues.clear();
      return { value: result.value };
    }
    const issues = new Map<string, SchemaIssue>();
    for (const issue of result.issues) {
      const field = issueField(issue);
      if (field !== undefined && field in this.#values && !issues.has(field)) issues.set(field, issue);
    }
    this.#issues = issues;
    this.#status = 'editing';
    this.#host.requestUpdate();
    return undefined;
  }

  async #recheck(name: string): Promise<void> {
    const { [this.#honeypot]: _honeypot, ...fields } = this.#values;
    const result = await this.#options.schema['~standard'].validate(withoutBlanks(fields));
    const issue = result.issues?.find((candidate) => issueField(candidate) === name);
    if (issue) this.#issues.set(name, issue);
    else this.#issues.delete(name);
    this.#host.requestUpdate();
  }

  async #focusFirstIssue(): Promise<void> {
    await this.#host.updateComplete;
    const first = Object.keys(this.#values).find((name) => this.#issues.has(name));
    if (first === undefined) return;
    const control = this.#host.renderRoot.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`);
    control?.focus();
  }

  #restoreDraft(): void {
    const key = this.#options.draftKey?.();
    const draft = key ? (draftStore.load(key) ?? this.#takeLegacyDraft(key)) : undefined;
    if (!draft) return;
    this.#values = { ...this.#options.initial, ...draft.values } as Values;
    if (draft.queuedKey) {
      this.#idempotencyKey = draft.queuedKey;
      // The SDK's outbox kept it under the same key when it could not be sent.
      this.#keptKey = draft.queuedKey;
      this.#status = 'offline';
      this.#kept.watch();
    }
    this.#host.requestUpdate();
  }

  /** The draft an older version kept under the widget's name, moved to `key`: the first form to ask takes it. */
  #takeLegacyDraft(key: string): Draft | undefined {
    const legacy = this.#options.legacyDraftKey;
    const draft = legacy ? draftStore.load(legacy) : undefined;
    if (!legacy || !draft) return undefined;
    draftStore.clear(legacy);
    draftStore.save(key, draft);
    return draft;
  }

  #saveDraft(): void {
    const key = this.#options.draftKey?.();
    if (!key) return;
    const { [this.#honeypot]: _honeypot, ...values } = this.#values;
    draftStore.save(key, {
      values,
      queuedKey: this.#status === 'offline' ? this.#idempotencyKey : undefined,
    });
  }
}
