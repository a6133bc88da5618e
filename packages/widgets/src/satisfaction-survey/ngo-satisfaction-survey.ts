import { isNgoApiError, isNgoNetworkError, newIdempotencyKey, SurveysResource } from '@ngo-kit/sdk';
import type { Survey, SurveyQuestion } from '@ngo-kit/sdk/schemas';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { NgoElement } from '../shared/ngo-element.js';
import { emptyView, errorView, loadingView, liveRegion, offlineView, successView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { formStyles } from '../shared/form/form.styles.js';
import { KeptWriteController } from '../shared/form/kept-write-controller.js';
import { formMessages } from '../shared/form/messages.js';
import { answerFrom, answersFor, answersToSend, isAnswered, problemOf, problemsOf, type Answers, type Problem } from './answers.js';
import { surveyMessages, type SurveyMessages } from './messages.js';
import { surveyStyles } from './ngo-satisfaction-survey.styles.js';
import { questionView, type CsatStyle } from './questions.js';
import { hasKeptResponse, SurveyStorage } from './survey-storage.js';

/** `one`: a question per page, with Back and Next; `all`: every question at once. */
export type SurveyPaging = 'one' | 'all';

/**
 * Where a loaded survey stands: being answered (`failed` after a refused
 * submission, answers kept), `sending`, kept `offline` until the network is
 * back, `thanked` after sending, already `answered` before, or `closed`.
 */
type Phase = 'answering' | 'sending' | 'offline' | 'failed' | 'thanked' | 'answered' | 'closed';

/** Sent once a response has been taken. */
export interface SurveySubmittedDetail {
  surveyId: string;
  responseId: string;
}

/** Fired when the API has taken the survey's response. */
export class NgoSurveySubmittedEvent extends CustomEvent<SurveySubmittedDetail> {
  constructor(detail: SurveySubmittedDetail) {
    super('ngo-survey-submitted', { detail, bubbles: true, composed: true });
  }
}

/**
 * A satisfaction survey from the API, answered in place: NPS, CSAT (stars or
 * faces), Likert grids, single and multiple choice and free text, checked
 * before sending with the question's rules and the SDK's own schema, one
 * question per page or all at once. Answers are kept as a draft while a
 * person answers, so that a reload resumes on the same page; a submission
 * made offline is kept and sent once when the network is back. The API takes
 * one response per member or browser, and the widget remembers it.
 *
 * Without `survey-id` it shows the survey open now, if there is one.
 *
 * @tagname ngo-satisfaction-survey
 * @summary Shows a survey from the API and sends its answers once per person.
 *
 * @fires {NgoSurveySubmittedEvent} ngo-survey-submitted - The API took the response; `detail` has `surveyId` and `responseId`.
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart survey - The survey: title, description, progress and questions.
 * @csspart title - The survey's title.
 * @csspart description - The survey's description.
 * @csspart progress - The progress: its text and its bar.
 * @csspart question - One question.
 * @csspart prompt - A question's prompt (its legend or label).
 * @csspart required - The word that marks a required question.
 * @csspart error - The message under a question that needs attention.
 * @csspart hint - What a multiple-choice question allows.
 * @csspart scale - The boxes of an NPS, CSAT or Likert scale.
 * @csspart choice - One box of a scale (a styled radio button).
 * @csspart chosen - The word for the chosen CSAT point.
 * @csspart statement - One row of a Likert grid.
 * @csspart options - The choices of a single- or multiple-choice question.
 * @csspart option - One choice, with its native radio button or checkbox.
 * @csspart text - The free-text box.
 * @csspart counter - How many characters a free-text answer has, of how many allowed.
 * @csspart actions - The Back, Next and Send buttons.
 * @csspart back - The button to the previous question.
 * @csspart next - The button to the next question.
 * @csspart submit - The button that sends the answers.
 * @csspart skeleton - The placeholder shown while the survey loads.
 * @csspart status - The box of the other states (also `status-empty`, `status-error`, `status-offline`, `status-success`).
 * @csspart retry - The button that tries again after an error.
 * @csspart send-now - The button that sends a kept submission at once.
 *
 * @cssprop --ngo-survey-background - Background of the survey's card; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-survey-gap - Space between questions; defaults to `--ngo-space-l`.
 * @cssprop --ngo-survey-choice-size - The smallest side of a scale's box; `2.75em` by default.
 * @cssprop --ngo-survey-star-color - Filled stars; defaults to `--ngo-color-primary`.
 * @cssprop --ngo-survey-min-height - The height held while the survey loads; `22em` by default (`16em` with `paging="one"`).
 *
 * @example
 * ```html
 * <ngo-satisfaction-survey api="https://api.example.org" key="pk_live_123" paging="one"></ngo-satisfaction-survey>
 * ```
 */
export class NgoSatisfactionSurvey extends NgoElement {
  static override properties: PropertyDeclarations = {
    surveyId: { type: String, attribute: 'survey-id' },
    paging: { type: String, reflect: true },
    csatStyle: { type: String, attribute: 'csat-style' },
  };

  static override styles = [NgoElement.styles, stateStyles, formStyles, surveyStyles];

  /** The survey to show; without it, the survey open now (the newest, if several are). */
  declare surveyId: string | undefined;
  /** `all` (the default) shows every question at once; `one` shows one question per page, with Back and Next. */
  declare paging: SurveyPaging;
  /** `stars` (the default) or `faces`, for CSAT questions. */
  declare csatStyle: CsatStyle;

  readonly #load = this.loadTask({
    args: () => [this.surveyId] as const,
    load: async ([surveyId], { client, signal }) => {
      const surveys = client.use(SurveysResource);
      if (surveyId) return surveys.retrieve(surveyId, { signal });
      const { items } = await surveys.list({ status: 'open', limit: 1 }, { signal });
      return items[0] ?? null;
    },
  });

  /** The survey being answered, once loaded; `null` when none is open. */
  #survey: Survey | null | undefined;
  #storage: SurveyStorage | undefined;
  #answers: Answers = {};
  #page = 0;
  #phase: Phase = 'answering';
  #problems = new Map<string, Problem>();
  #error: unknown;
  #answeredAt: string | null = null;
  /** The key of the submission being sent or kept: the same for every attempt, so the API applies it once. */
  #key: string | undefined;
  /** A submission refused (422) while the survey is open was sent once more with a new key. */
  #newKeyTried = false;
  /** What the live region says while the survey is answered. */
  #said = '';

  /** The submission kept while offline: sent when back online, retried while online, settled by the SDK's outbox. */
  readonly #kept = new KeptWriteController(this, {
    isKept: () => this.#phase === 'offline',
    resend: () => void this.#send(),
    key: () => this.#key,
    // delivered (or refused for good) by the SDK's outbox: sent again with its key, the API answers as it did
    settled: (error) => {
      if (this.#phase !== 'offline' && this.#phase !== 'failed') return;
      const survey = this.#survey;
      if (error !== undefined && survey) this.#failed(error, survey);
      else void this.#send();
    },
  });

  constructor() {
    super();
    this.paging = 'all';
    this.csatStyle = 'stars';
  }

  /** Loads the survey again, e.g. after an error. */
  reload(): void {
    void this.#load.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const survey = this.#load.value;
    if (survey !== undefined && survey !== this.#survey) this.#start(survey);
  }

  /** Takes up a newly loaded survey where this person left it: answered, closed, a draft, or a kept submission. */
  #start(survey: Survey | null): void {
    this.#survey = survey;
    this.#problems = new Map();
    this.#said = '';
    this.#key = undefined;
    this.#newKeyTried = false;
    this.#phase = 'answering';
    if (!survey) return;
    const { api = '', memberToken } = this.config;
    const storage = (this.#storage = new SurveyStorage(api, survey.id, memberToken));
    const answered = storage.answered;
    const draft = storage.draft;
    this.#answers = answersFor(survey, draft?.answers);
    this.#page = Math.min(Math.max(0, Math.trunc(Number(draft?.page) || 0)), survey.questions.length - 1);
    if (answered) {
      this.#phase = 'answered';
      this.#answeredAt = answered.at;
    } else if (survey.status !== 'open') {
      this.#phase = 'closed';
    } else if (draft?.queuedKey) {
      this.#key = draft.queuedKey;
      this.#phase = 'offline';
      this.#kept.watch();
      if (navigator.onLine) queueMicrotask(() => void this.#send());
    }
  }

  protected override renderContent() {
    const text = this.localizer.text(surveyMessages);
    const [said, view] = this.#load.render({
      initial: () => this.#loading(text),
      pending: () => this.#loading(text),
      error: (error): [string, unknown] =>
        isNgoApiError(error) && error.code === 'not_found'
          ? [text.notFound, emptyView(text.notFound)]
          : isNgoNetworkError(error) && hasKeptResponse(this.config.api ?? '', this.surveyId)
            ? // A reload while offline: the survey cannot load, but the response sent before is kept and will be
              // sent (the survey loads again when the browser is back online, and sends it with its key).
              [this.localizer.messages.states.offline, offlineView({ localizer: this.localizer, onSendNow: () => this.reload() })]
            : ['', errorView({ error, localizer: this.localizer, onRetry: () => this.reload() })],
      complete: () => this.#loaded(text),
    }) ?? this.#loading(text);
    return html`<div class="survey-box">${liveRegion(said)}${view}</div>`;
  }

  #loading(text: SurveyMessages): [string, unknown] {
    return [text.loading, loadingView({ label: text.label, rows: this.paging === 'one' ? 2 : 3 })];
  }

  #loaded(text: SurveyMessages): [string, unknown] {
    const survey = this.#survey;
    const { localizer } = this;
    if (!survey) return [text.noneOpen, emptyView(text.noneOpen)];
    const outcome = (message: string, view = successView(message)): [string, unknown] => [
      message,
      html`<div class="outcome" tabindex="-1">${view}</div>`,
    ];
    switch (this.#phase) {
      case 'thanked':
        return outcome(text.thanks);
      case 'answered':
        return outcome(
          this.#answeredAt ? localizer.fill(text.answered, { date: this.#day(this.#answeredAt) }) : text.answeredBefore,
        );
      case 'closed': {
        const upcoming = survey.status === 'upcoming';
        const message = localizer.fill(upcoming ? text.upcoming : text.closed, {
          date: this.#day(upcoming ? survey.opensAt : survey.closesAt),
        });
        return outcome(message, emptyView(message));
      }
      case 'offline':
        return outcome(
          this.#kept.slow ? localizer.messages.states.slow : localizer.messages.states.offline,
          offlineView({ localizer, onSendNow: () => void this.#send(), slow: this.#kept.slow }),
        );
      default:
        return [this.#phase === 'sending' ? localizer.text(formMessages).sending : this.#said, this.#form(survey, text)];
    }
  }

  #form(survey: Survey, text: SurveyMessages): TemplateResult {
    const { localizer } = this;
    const one = this.paging === 'one';
    const total = survey.questions.length;
    const last = !one || this.#page === total - 1;
    const answered = survey.questions.filter((question) => isAnswered(this.#answers[question.id])).length;
    const progress = one
      ? localizer.fill(text.progressOne, { current: this.#page + 1, total })
      : localizer.plural(text.progressAll, total, { answered });
    return html`
      <section part="survey" class="survey" aria-labelledby="survey-title">
        <h3 part="title" class="title" id="survey-title">${survey.title}</h3>
        ${survey.description ? html`<p part="description" class="description">${survey.description}</p>` : nothing}
        <div part="progress" class="progress">
          <label for="progress">${progress}</label>
          <progress id="progress" max=${total} .value=${one ? this.#page + 1 : answered}></progress>
        </div>
        <form novalidate @submit=${this.#onSubmit} @input=${this.#onInput}>
          ${survey.questions.map((question, index) =>
            one && index !== this.#page
              ? nothing
              : questionView(question, {
              index,
              answer: this.#answers[question.id],
              error: this.#message(this.#problems.get(question.id)),
              text,
              localizer,
                  csatStyle: this.csatStyle === 'faces' ? 'faces' : 'stars',
                }),
          )}
          ${this.#phase === 'failed'
            ? errorView({ error: this.#error, localizer, operation: 'send', onRetry: () => void this.#send() })
            : nothing}
          <div part="actions" class="actions">
            ${one && this.#page > 0
              ? html`<button part="back" class="button secondary" type="button" @click=${this.#back}>${text.back}</button>`
              : nothing}
            ${last
              ? html`<button part="submit" class="button" type="submit" ?disabled=${this.#phase === 'sending'}>
                  ${text.submit}
                </button>`
              : html`<button part="next" class="button" type="submit">${text.next}</button>`}
          </div>
        </form>
      </section>
    `;
  }

  #message(problem: Problem | undefined): string | undefined {
    if (!problem) return undefined;
    const { localizer } = this;
    const text = localizer.text(surveyMessages);
    const form = localizer.text(formMessages);
    switch (problem[0]) {
      case 'required':
        return text.answerRequired;
      case 'rateEvery':
        return text.rateEvery;
      case 'invalid':
        return form.invalid;
      case 'tooFew':
        return localizer.plural(form.chooseAtLeast, problem[1]);
      case 'tooMany':
        return localizer.plural(text.chooseAtMost, problem[1]);
      case 'tooLong':
        return localizer.plural(form.tooLong, problem[1]);
    }
  }

  /** A day as people say it, e.g. "Nov 3"; with the year when it is not this year's. */
  #day(when: Date | string): string {
    const date = new Date(when);
    const year = date.getFullYear() === new Date().getFullYear() ? undefined : 'numeric';
    return date.toLocaleDateString(this.locale, { day: 'numeric', month: 'short', year });
  }

  readonly #onInput = (event: Event) => {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const box = control.closest('[part~="question"]');
    const question = this.#survey?.questions[Number(box?.id.slice(1))];
    if (!question) return;
    const statement = control.closest<HTMLElement>('[data-s]')?.dataset['s'];
    this.#answers = answerFrom(question, control, statement, this.#answers);
    // Changed answers are another submission: the old key would get the old answer back.
    this.#key = undefined;
    this.#newKeyTried = false;
    if (this.#phase === 'failed') this.#phase = 'answering';
    if (this.#problems.has(question.id)) this.#recheck(question);
    this.#saveDraft();
    this.requestUpdate();
  };

  #recheck(question: SurveyQuestion): void {
    const problem = problemOf(question, this.#answers[question.id]);
    if (problem) this.#problems.set(question.id, problem);
    else this.#problems.delete(question.id);
    this.#said = this.#summary();
  }

  readonly #onSubmit = (event: Event) => {
    event.preventDefault();
    const survey = this.#survey;
    if (!survey || this.#phase === 'sending') return;
    const one = this.paging === 'one';
    const question = survey.questions[this.#page];
    if (one && question && this.#page < survey.questions.length - 1) {
      if (this.#check(survey, [question])) this.#turnTo(this.#page + 1);
      return;
    }
    if (this.#check(survey, survey.questions)) void this.#send();
  };

  readonly #back = () => this.#turnTo(this.#page - 1);

  /** Goes to another page, says which, and moves focus to its question. */
  #turnTo(page: number): void {
    const survey = this.#survey;
    if (!survey) return;
    this.#page = page;
    this.#said = this.localizer.fill(this.localizer.text(surveyMessages).progressOne, {
      current: page + 1,
      total: survey.questions.length,
    });
    this.#saveDraft();
    this.requestUpdate();
    void this.#focusQuestion(page);
  }

  /**
   * Records the problems of `questions`; when there are any, says how many,
   * turns to the page of the first and moves focus to it. `true` when all is well.
   */
  #check(survey: Survey, questions: readonly SurveyQuestion[]): boolean {
    const found = problemsOf(questions, this.#answers);
    for (const question of questions) this.#problems.delete(question.id);
    for (const [id, problem] of found) this.#problems.set(id, problem);
    this.#said = this.#summary();
    this.requestUpdate();
    const first = survey.questions.findIndex((question) => found.has(question.id));
    if (first < 0) return true;
    if (this.paging === 'one') this.#page = first;
    void this.#focusQuestion(first);
    return false;
  }

  #summary(): string {
    const count = this.#problems.size;
    return count ? this.localizer.plural(this.localizer.text(surveyMessages).summary, count) : '';
  }

  /** Focus on a question's control a person would start from: the chosen one, the first unanswered Likert row, else the first. */
  async #focusQuestion(index: number): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    const controls = [...root.querySelectorAll<HTMLInputElement>(`#q${index} :is(input, textarea)`)];
    const rows = [...root.querySelectorAll(`#q${index} .statement`)];
    const open = rows.find((row) => !row.querySelector(':checked'))?.querySelector('input');
    (open ?? controls.find((control) => control.checked) ?? controls[0])?.focus();
  }

  async #send(): Promise<void> {
    const survey = this.#survey;
    const storage = this.#storage;
    if (!survey || !storage || this.#phase === 'sending') return;
    const idempotencyKey = (this.#key ??= newIdempotencyKey());
    this.#kept.stop(false);
    this.#phase = 'sending';
    this.requestUpdate();
    const answers = answersToSend(survey, this.#answers);
    try {
      const response = await this.client.use(SurveysResource).respond(
        survey.id,
        { answers, complete: true, anonymousToken: this.config.memberToken ? undefined : storage.respondentToken },
        { idempotencyKey },
      );
      this.#finish('thanked', response.updatedAt.toISOString());
      // a variable, not `new` inline: the manifest analyzer would list an event without a name beside the @fires one
      const submitted = new NgoSurveySubmittedEvent({ surveyId: survey.id, responseId: response.id });
      this.dispatchEvent(submitted);
    } catch (error) {
      this.#failed(error, survey);
    }
  }

  #failed(error: unknown, survey: Survey): void {
    const code = isNgoApiError(error) ? error.code : undefined;
    if (isNgoNetworkError(error)) {
      this.#phase = 'offline';
      this.#saveDraft();
      this.#kept.keep(error);
    } else if (code === 'conflict') {
      this.#finish('answered', null);
      return;
    } else if (code === 'unprocessable' && survey.status === 'open' && !this.#newKeyTried) {
      // Refused while the survey is open: not "closed", but this key's first request was taken with other bytes
      // (answers restored from the draft, say). The API takes one response per respondent, so a new key cannot
      // make a second one: it is taken, or refused as already answered. Tried once; a second refusal is closed.
      this.#newKeyTried = true;
      this.#key = undefined;
      this.#phase = 'answering';
      void this.#send();
      return;
    } else if (code === 'unprocessable') {
      this.#phase = 'closed';
    } else {
      const refused = isNgoApiError(error)
        ? survey.questions.filter((question) => `answers.${question.id}` in error.fieldErrors)
        : [];
      for (const question of refused) this.#problems.set(question.id, ['invalid']);
      this.#phase = refused.length > 0 ? 'answering' : 'failed';
      this.#error = error;
      this.#said = this.#summary();
      const first = survey.questions.findIndex((question) => refused.includes(question));
      if (first >= 0) {
        if (this.paging === 'one') this.#page = first;
        void this.#focusQuestion(first);
      }
    }
    this.requestUpdate();
    void this.#focusOutcome();
  }

  /** The response is in (or was before): remembered, the draft forgotten. */
  #finish(phase: 'thanked' | 'answered', at: string | null): void {
    this.#kept.end();
    this.#phase = phase;
    this.#answeredAt = at;
    this.#key = undefined;
    if (this.#storage) {
      this.#storage.answered = { at };
      this.#storage.draft = undefined;
    }
    this.requestUpdate();
    void this.#focusOutcome();
  }

  /** A state that replaced the form keeps the focus in the widget, on the state's box. */
  async #focusOutcome(): Promise<void> {
    await this.updateComplete;
    if (this.matches(':focus-within')) return;
    const box = this.renderRoot.querySelector<HTMLElement>('.outcome');
    if (box && this.#hadFocus()) box.focus();
  }

  #hadFocus(): boolean {
    const active = document.activeElement;
    return active === null || active === document.body || active === this;
  }

  #saveDraft(): void {
    if (!this.#storage) return;
    this.#storage.draft = {
      answers: this.#answers,
      page: this.#page,
      queuedKey: this.#phase === 'offline' ? this.#key : undefined,
    };
  }
}
