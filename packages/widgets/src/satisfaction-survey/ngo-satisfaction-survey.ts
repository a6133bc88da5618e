import { isNgoApiError, isNgoNetworkError, newIdempotencyKey, SurveysResource } from '@ngo-kit/sdk';
import type { Survey } from '@ngo-kit/sdk/schemas';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { NgoElement } from '../shared/ngo-element.js';
import { emptyView, errorView, loadingView, liveRegion, offlineView, successView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { whenIdle } from '../shared/when-idle.js';
import { formBaseStyles } from '../shared/form/form-base.styles.js';
import { formMessages } from '../shared/form/messages.js';
import { answerFrom, answersFor, isAnswered } from './answers.js';
import type { Problem } from './problems.js';
import { surveyMessages, type SurveyMessages } from './messages.js';
import { surveyStyles } from './ngo-satisfaction-survey.styles.js';
import { questionView, type CsatStyle } from './questions.js';
import type { SurveySubmission } from './submission.js';
import type { SurveyState } from './survey-state.js';
import { hasKeptResponse, SurveyStorage } from './survey-storage.js';

/** `one`: a question per page, with Back and Next; `all`: every question at once. */
export type SurveyPaging = 'one' | 'all';

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

  static override styles = [NgoElement.styles, stateStyles, formBaseStyles, surveyStyles];

  /**
   * Loads the module that checks and sends answers (`submission.ts`), apart
   * from the survey's first render. Tests make it fail, as offline before it
   * ever loaded.
   * @internal
   */
  static loadSubmission = (): Promise<{ SurveySubmission: typeof SurveySubmission }> => import('./submission.js');

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
  /** Where this person is in it: answers, page, phase; `undefined` while no survey is shown. */
  #state: SurveyState | undefined;
  /** Checks and sends the answers: loaded apart, once the survey is shown (see `#act`). */
  #submission: SurveySubmission | undefined;
  /** An action waiting for `#submission` to load: `updateComplete` waits for it too. */
  #waiting: Promise<unknown> | undefined;

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

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#waiting;
    return super.getUpdateComplete();
  }

  /** Takes up a newly loaded survey where this person left it: answered, closed, a draft, or a kept submission. */
  #start(survey: Survey | null): void {
    this.#survey = survey;
    this.#state = undefined;
    if (!survey) return;
    const { api = '', memberToken } = this.config;
    const storage = new SurveyStorage(api, survey.id, memberToken);
    const answered = storage.answered;
    const draft = storage.draft;
    const state: SurveyState = (this.#state = {
      survey,
      storage,
      answers: answersFor(survey, draft?.answers),
      page: Math.min(Math.max(0, Math.trunc(Number(draft?.page) || 0)), survey.questions.length - 1),
      phase: 'answering',
      problems: new Map(),
      error: undefined,
      answeredAt: answered?.at ?? null,
      key: undefined,
      newKeyTried: false,
      said: '',
    });
    if (answered) {
      state.phase = 'answered';
    } else if (survey.status !== 'open') {
      state.phase = 'closed';
    } else if (draft?.queuedKey) {
      state.key = draft.queuedKey;
      state.phase = 'offline';
      this.#act((submission) => submission.resume(navigator.onLine), this.#keepUntilOnline);
    } else {
      // when the browser is idle, not before the first render: the survey shows without waiting for it
      whenIdle(() => void this.#loadSubmission().catch(() => undefined));
    }
  }

  /** The survey's submission, loaded (once per page) and made (once per widget). */
  async #loadSubmission(): Promise<SurveySubmission> {
    const { SurveySubmission } = await NgoSatisfactionSurvey.loadSubmission();
    return (this.#submission ??= new SurveySubmission(this, {
      state: () => this.#state,
      client: () => this.client,
      localizer: () => this.localizer,
      onePerPage: () => this.paging === 'one',
      focusQuestion: (index) => this.#focusQuestion(index),
      turnTo: (page) => this.#turnTo(page),
      saveDraft: () => this.#saveDraft(),
      sent: (surveyId, responseId) => {
        // a variable, not `new` inline: the manifest analyzer would list an event without a name beside the @fires one
        const submitted = new NgoSurveySubmittedEvent({ surveyId, responseId });
        this.dispatchEvent(submitted);
      },
    }));
  }

  /**
   * Runs `action` with the submission: at once when it is loaded, else once
   * it is; `unavailable` when it cannot load (offline before it ever loaded).
   */
  #act(action: (submission: SurveySubmission) => void, unavailable = () => {}): void {
    if (this.#submission) action(this.#submission);
    else this.#waiting = this.#loadSubmission().then(action, unavailable);
  }

  /**
   * Offline before the submission could load: the response is kept (with a
   * key, in the draft) as unchecked, then checked and sent when back online.
   */
  readonly #keepUntilOnline = () => {
    const state = this.#state;
    if (!state) return;
    state.key ??= newIdempotencyKey();
    state.phase = 'offline';
    this.#saveDraft();
    this.requestUpdate();
    addEventListener('online', () => this.#act((submission) => submission.resume(true), this.#keepUntilOnline), { once: true });
  };

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
    const state = this.#state;
    const { localizer } = this;
    if (!state) return [text.noneOpen, emptyView(text.noneOpen)];
    const { survey } = state;
    const outcome = (message: string, view = successView(message)): [string, unknown] => [
      message,
      html`<div class="outcome" tabindex="-1">${view}</div>`,
    ];
    switch (state.phase) {
      case 'thanked':
        return outcome(text.thanks);
      case 'answered':
        return outcome(
          state.answeredAt ? localizer.fill(text.answered, { date: this.#day(state.answeredAt) }) : text.answeredBefore,
        );
      case 'closed': {
        const upcoming = survey.status === 'upcoming';
        const message = localizer.fill(upcoming ? text.upcoming : text.closed, {
          date: this.#day(upcoming ? survey.opensAt : survey.closesAt),
        });
        return outcome(message, emptyView(message));
      }
      case 'offline': {
        const slow = this.#submission?.slow ?? false;
        return outcome(
          slow ? localizer.messages.states.slow : localizer.messages.states.offline,
          offlineView({ localizer, onSendNow: () => this.#act((submission) => submission.resume(true), this.#keepUntilOnline), slow }),
        );
      }
      default:
        return [state.phase === 'sending' ? localizer.text(formMessages).sending : state.said, this.#form(state, text)];
    }
  }

  #form(state: SurveyState, text: SurveyMessages): TemplateResult {
    const { localizer } = this;
    const { survey, page, answers, problems, phase } = state;
    const one = this.paging === 'one';
    const total = survey.questions.length;
    const last = !one || page === total - 1;
    const answered = survey.questions.filter((question) => isAnswered(answers[question.id])).length;
    const progress = one
      ? localizer.fill(text.progressOne, { current: page + 1, total })
      : localizer.plural(text.progressAll, total, { answered });
    return html`
      <section part="survey" class="survey" aria-labelledby="survey-title">
        <h3 part="title" class="title" id="survey-title">${survey.title}</h3>
        ${survey.description ? html`<p part="description" class="description">${survey.description}</p>` : nothing}
        <div part="progress" class="progress">
          <label for="progress">${progress}</label>
          <progress id="progress" max=${total} .value=${one ? page + 1 : answered}></progress>
        </div>
        <form novalidate @submit=${this.#onSubmit} @input=${this.#onInput}>
          ${survey.questions.map((question, index) =>
            one && index !== page
              ? nothing
              : questionView(question, {
                  index,
                  answer: answers[question.id],
                  error: this.#message(problems.get(question.id)),
                  text,
                  localizer,
                  csatStyle: this.csatStyle === 'faces' ? 'faces' : 'stars',
                }),
          )}
          ${phase === 'failed'
            ? errorView({ error: state.error, localizer, operation: 'send', onRetry: () => this.#act((submission) => void submission.send()) })
            : nothing}
          <div part="actions" class="actions">
            ${one && page > 0
              ? html`<button part="back" class="button secondary" type="button" @click=${this.#back}>${text.back}</button>`
              : nothing}
            ${last
              ? html`<button part="submit" class="button" type="submit" ?disabled=${phase === 'sending'}>
                  ${text.submit}
                </button>`
              : html`<button part="next" class="button" type="submit">${text.next}</button>`}
          </div>
        </form>
      </section>
    `;
  }

  /** A problem's message; there are problems only once the submission has loaded and checked. */
  #message(problem: Problem | undefined): string | undefined {
    return problem && this.#submission?.message(problem);
  }

  /** A day as people say it, e.g. "Nov 3"; with the year when it is not this year's. */
  #day(when: Date | string): string {
    const date = new Date(when);
    const year = date.getFullYear() === new Date().getFullYear() ? undefined : 'numeric';
    return date.toLocaleDateString(this.locale, { day: 'numeric', month: 'short', year });
  }

  readonly #onInput = (event: Event) => {
    const state = this.#state;
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const box = control.closest('[part~="question"]');
    const question = state?.survey.questions[Number(box?.id.slice(1))];
    if (!state || !question) return;
    const statement = control.closest<HTMLElement>('[data-s]')?.dataset['s'];
    state.answers = answerFrom(question, control, statement, state.answers);
    // Changed answers are another submission: the old key would get the old answer back.
    state.key = undefined;
    state.newKeyTried = false;
    if (state.phase === 'failed') state.phase = 'answering';
    if (state.problems.has(question.id)) this.#submission?.recheck(question);
    this.#saveDraft();
    this.requestUpdate();
  };

  readonly #onSubmit = (event: Event) => {
    event.preventDefault();
    this.#act(
      (submission) => submission.submit(),
      () => {
        // offline before the submission ever loaded: the next page unchecked, or the answers kept
        const state = this.#state;
        if (!state || state.phase !== 'answering') return;
        if (this.paging === 'one' && state.page < state.survey.questions.length - 1) this.#turnTo(state.page + 1);
        else this.#keepUntilOnline();
      },
    );
  };

  readonly #back = () => this.#turnTo((this.#state?.page ?? 1) - 1);

  /** Goes to another page, says which, and moves focus to its question. */
  #turnTo(page: number): void {
    const state = this.#state;
    if (!state) return;
    state.page = page;
    state.said = this.localizer.fill(this.localizer.text(surveyMessages).progressOne, {
      current: page + 1,
      total: state.survey.questions.length,
    });
    this.#saveDraft();
    this.requestUpdate();
    void this.#focusQuestion(page);
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

  #saveDraft(): void {
    const state = this.#state;
    if (!state) return;
    state.storage.draft = {
      answers: state.answers,
      page: state.page,
      queuedKey: state.phase === 'offline' ? state.key : undefined,
    };
  }
}
