import { isNgoApiError, isNgoNetworkError, newIdempotencyKey, SurveysResource, type NgoBaseClient } from '@ngo-kit/sdk';
import type { SurveyQuestion } from '@ngo-kit/sdk/schemas';
import type { Localizer } from '../i18n/localizer.js';
import { KeptWriteController } from '../shared/form/kept-write-controller.js';
import { formMessages } from '../shared/form/messages.js';
import type { FormHost } from '../shared/form/form-controller.js';
import { answersToSend, problemOf, problemsOf, type Problem } from './problems.js';
import { surveyMessages } from './messages.js';
import { respondentToken } from './respondent-token.js';
import type { SurveyState } from './survey-state.js';

/** What the submission needs of `<ngo-satisfaction-survey>` besides its state. */
export interface SubmissionOptions {
  /** The survey being answered; `undefined` before one is loaded. */
  state: () => SurveyState | undefined;
  client: () => NgoBaseClient;
  localizer: () => Localizer;
  onePerPage: () => boolean;
  focusQuestion: (index: number) => Promise<void>;
  /** Turns to another page (with one question per page). */
  turnTo: (page: number) => void;
  saveDraft: () => void;
  /** The API took the response. */
  sent: (surveyId: string, responseId: string) => void;
}

/**
 * How `<ngo-satisfaction-survey>` checks and sends its answers, and keeps a
 * response the network did not take. Loaded when the survey is shown, apart
 * from it, so that the first render does not wait for it; the survey loads
 * it again (see `#act` there) if it was not there in time.
 */
export class SurveySubmission {
  readonly #host: FormHost;
  readonly #options: SubmissionOptions;

  /** The submission kept while offline: sent when back online, retried while online, settled by the SDK's outbox. */
  readonly #kept: KeptWriteController;

  constructor(host: FormHost, options: SubmissionOptions) {
    this.#host = host;
    this.#options = options;
    const phase = () => options.state()?.phase;
    this.#kept = new KeptWriteController(host, {
      isKept: () => phase() === 'offline',
      resend: () => void this.send(),
      key: () => options.state()?.key,
      // delivered (or refused for good) by the SDK's outbox: sent again with its key, the API answers as it did
      settled: (error) => {
        if (phase() !== 'offline' && phase() !== 'failed') return;
        if (error === undefined) void this.send();
        else this.#failed(error);
      },
    });
  }

  /** The last attempt timed out while the browser is online. */
  get slow(): boolean {
    return this.#kept.slow;
  }

  /**
   * Takes up a response kept before a reload, or kept before this module
   * loaded: watched in the outbox, checked (again), and sent when `now`.
   */
  resume(now: boolean): void {
    const state = this.#options.state();
    if (!state) return;
    this.#kept.watch();
    if (this.#check(state, state.survey.questions) && now) void this.send();
  }

  /** Next (with one question per page) or Send: checks what is shown, then turns the page or sends. */
  submit(): void {
    const state = this.#options.state();
    if (!state || state.phase === 'sending') return;
    const { questions } = state.survey;
    const question = questions[state.page];
    if (this.#options.onePerPage() && question && state.page < questions.length - 1) {
      if (this.#check(state, [question])) this.#options.turnTo(state.page + 1);
      return;
    }
    if (this.#check(state, questions)) void this.send();
  }

  /** After a change to the answer of `question` that had a problem: its message follows the answer. */
  recheck(question: SurveyQuestion): void {
    const state = this.#options.state();
    if (!state) return;
    const problem = problemOf(question, state.answers[question.id]);
    if (problem) state.problems.set(question.id, problem);
    else state.problems.delete(question.id);
    state.said = this.#summary(state);
  }

  /** The message of a question's problem, in the widget's language. */
  message(problem: Problem): string {
    const localizer = this.#options.localizer();
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

  /**
   * Records the problems of `questions`; when there are any, says how many,
   * turns to the page of the first and moves focus to it. `true` when all is well.
   */
  #check(state: SurveyState, questions: readonly SurveyQuestion[]): boolean {
    const found = problemsOf(questions, state.answers);
    for (const question of questions) state.problems.delete(question.id);
    for (const [id, problem] of found) state.problems.set(id, problem);
    state.said = this.#summary(state);
    this.#host.requestUpdate();
    const first = state.survey.questions.findIndex((question) => found.has(question.id));
    if (first < 0) return true;
    if (state.phase === 'offline') {
      // kept before the check (this module had not loaded): back to the answers, nothing is sent
      this.#kept.end();
      state.phase = 'answering';
      state.key = undefined;
      this.#options.saveDraft();
    }
    if (this.#options.onePerPage()) state.page = first;
    void this.#options.focusQuestion(first);
    return false;
  }

  #summary(state: SurveyState): string {
    const count = state.problems.size;
    const localizer = this.#options.localizer();
    return count ? localizer.plural(localizer.text(surveyMessages).summary, count) : '';
  }

  async send(): Promise<void> {
    const state = this.#options.state();
    if (!state || state.phase === 'sending') return;
    const { survey } = state;
    const idempotencyKey = (state.key ??= newIdempotencyKey());
    this.#kept.stop(false);
    state.phase = 'sending';
    this.#host.requestUpdate();
    const answers = answersToSend(survey, state.answers);
    const { api = '', memberToken } = this.#host.config ?? {};
    try {
      const response = await this.#options.client().use(SurveysResource).respond(
        survey.id,
        { answers, complete: true, anonymousToken: memberToken ? undefined : respondentToken(api) },
        { idempotencyKey },
      );
      this.#finish(state, 'thanked', response.updatedAt.toISOString());
      this.#options.sent(survey.id, response.id);
    } catch (error) {
      this.#failed(error);
    }
  }

  #failed(error: unknown): void {
    const state = this.#options.state();
    if (!state) return;
    const { survey } = state;
    const code = isNgoApiError(error) ? error.code : undefined;
    if (isNgoNetworkError(error)) {
      state.phase = 'offline';
      this.#options.saveDraft();
      this.#kept.keep(error);
    } else if (code === 'conflict') {
      this.#finish(state, 'answered', null);
      return;
    } else if (code === 'unprocessable' && survey.status === 'open' && !state.newKeyTried) {
      // Refused while the survey is open: not "closed", but this key's first request was taken with other bytes
      // (answers restored from the draft, say). The API takes one response per respondent, so a new key cannot
      // make a second one: it is taken, or refused as already answered. Tried once; a second refusal is closed.
      state.newKeyTried = true;
      state.key = undefined;
      state.phase = 'answering';
      void this.send();
      return;
    } else if (code === 'unprocessable') {
      state.phase = 'closed';
    } else {
      const refused = isNgoApiError(error)
        ? survey.questions.filter((question) => `answers.${question.id}` in error.fieldErrors)
        : [];
      for (const question of refused) state.problems.set(question.id, ['invalid']);
      state.phase = refused.length > 0 ? 'answering' : 'failed';
      state.error = error;
      state.said = this.#summary(state);
      const first = survey.questions.findIndex((question) => refused.includes(question));
      if (first >= 0) {
        if (this.#options.onePerPage()) state.page = first;
        void this.#options.focusQuestion(first);
      }
    }
    this.#host.requestUpdate();
    void this.#focusOutcome();
  }

  /** The response is in (or was before): remembered, the draft forgotten. */
  #finish(state: SurveyState, phase: 'thanked' | 'answered', at: string | null): void {
    this.#kept.end();
    state.phase = phase;
    state.answeredAt = at;
    state.key = undefined;
    state.storage.answered = { at };
    state.storage.draft = undefined;
    this.#host.requestUpdate();
    void this.#focusOutcome();
  }

  /** A state that replaced the form keeps the focus in the widget, on the state's box. */
  async #focusOutcome(): Promise<void> {
    const host = this.#host;
    await host.updateComplete;
    if (host.matches(':focus-within')) return;
    const box = host.renderRoot.querySelector<HTMLElement>('.outcome');
    const active = document.activeElement;
    if (box && (active === null || active === document.body || active === host)) box.focus();
  }
}
