import { html, type TemplateResult } from 'lit';
import type { MockApi } from './mock-api.js';
import { createEvent, daysAhead } from './staff-api.js';
import { field, part, paste } from './widget-queries.js';
import '../event-registration.js';
import '../newsletter-signup.js';
import '../satisfaction-survey.js';
import '../signup-form.js';
import '../suggestion-box.js';

/**
 * People submitting through the real widgets, for the resilience tests: one
 * widget per submission, filled through its own controls and sent with its
 * own submit button, and what each kind leaves in the API's store.
 */

export const KEY = 'pk_test_widgets';
/** The seed's survey that is open at the demo clock's moment. */
export const NOVEMBER_SURVEY = 'svy_000002';

export type Kind = 'registration' | 'suggestion' | 'survey' | 'signup' | 'newsletter';

export interface Submission {
  kind: Kind;
  /** What identifies it in the API's store: a name, a title, a comment or an address. */
  label: string;
  widget: HTMLElement & { updateComplete: Promise<unknown> };
  /** Filled in and sent once; every later attempt is the person's retry or the SDK's. */
  sent: boolean;
  /** Retry buttons the person clicked. */
  retries: number;
}

/** The widgets' address for one person: each survey respondent is another browser, so gets its own storage and client. */
function addressFor(api: MockApi, kind: Kind, index: number): string {
  // `r7/../` resolves to the API itself, but names other storage keys (the survey's respondent token is kept per address).
  return kind === 'survey' ? `${api.baseUrl}respondent-${index}/../` : api.baseUrl;
}

/** An event that takes everyone who registers, made through the staff API (call it before any fault is on). */
export async function openEvent(api: MockApi, title = 'Open evening'): Promise<string> {
  const start = daysAhead(10);
  return createEvent(api.baseUrl, {
    title,
    summary: '',
    language: 'en',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    timeZone: 'Europe/Berlin',
    kind: 'online',
    capacity: null,
    joinUrl: 'https://meet.example.org/open-evening',
  });
}

/** The widget of one submission. */
export function widgetFor(api: MockApi, kind: Kind, index: number, eventId: string): TemplateResult {
  const address = addressFor(api, kind, index);
  switch (kind) {
    case 'registration':
      return html`<ngo-event-registration api=${address} key=${KEY} event-id=${eventId}></ngo-event-registration>`;
    case 'suggestion':
      return html`<ngo-suggestion-box api=${address} key=${KEY} mode="form"></ngo-suggestion-box>`;
    case 'survey':
      return html`<ngo-satisfaction-survey api=${address} key=${KEY} survey-id=${NOVEMBER_SURVEY} paging="all"></ngo-satisfaction-survey>`;
    case 'signup':
      return html`<ngo-signup-form api=${address} key=${KEY}></ngo-signup-form>`;
    case 'newsletter':
      return html`<ngo-newsletter-signup api=${address} key=${KEY}></ngo-newsletter-signup>`;
  }
}

/** What a submission of `kind` number `index` says, unique within a run. */
export function labelFor(kind: Kind, index: number, run: string): string {
  switch (kind) {
    case 'registration':
      return `Registrant ${run} ${index}`;
    case 'suggestion':
      return `Suggestion ${run} ${index}`;
    case 'survey':
      return `Respondent ${run} ${index}`;
    case 'signup':
      return `signup-${run}-${index}@example.net`;
    case 'newsletter':
      return `reader-${run}-${index}@example.net`;
  }
}

/** True once the widget shows its form (the survey: its questions), ready to be filled. */
export function showsForm(submission: Submission): boolean {
  const root = submission.widget.shadowRoot;
  if (!root) return false;
  if (submission.kind === 'survey') return root.querySelector('#q0') !== null && part(submission.widget, 'submit') !== null;
  return root.querySelector('form [name]') !== null;
}

/** True when the widget says the submission went through. */
export function showsSuccess(submission: Submission): boolean {
  return part(submission.widget, submission.kind === 'registration' ? 'outcome' : 'status-success') !== null;
}

function rootOf(widget: Element): ShadowRoot {
  if (!widget.shadowRoot) throw new Error(`<${widget.localName}> has no shadow root`);
  return widget.shadowRoot;
}

async function tick(widget: Submission['widget'], name: string, value?: string): Promise<void> {
  const control = rootOf(widget).querySelector<HTMLInputElement>(value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`);
  if (!control) throw new Error(`<${widget.localName}> has no box ${name}${value === undefined ? '' : `=${value}`}`);
  if (!control.checked) control.click();
  await widget.updateComplete;
}

async function select(widget: Submission['widget'], name: string, value: string): Promise<void> {
  const control = field<HTMLSelectElement>(widget, name);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await widget.updateComplete;
}

/** The survey's box of `value` in question `index` (its first row for a grid). */
async function choose(widget: Submission['widget'], index: number, value: string, statement?: string): Promise<void> {
  const controls = [...rootOf(widget).querySelectorAll<HTMLInputElement>(`#q${index} input`)];
  const control = controls.find(
    (candidate) => candidate.value === value && (statement === undefined || candidate.closest<HTMLElement>('[data-s]')?.dataset['s'] === statement),
  );
  if (!control) throw new Error(`the survey has no choice ${value} in question ${index + 1}`);
  control.click();
  await widget.updateComplete;
}

/**
 * Fills the widget's form as a person does, through its controls (text is
 * pasted: one input event per field), and clicks its submit button.
 */
export async function fillAndSubmit(submission: Submission): Promise<void> {
  const { widget, label } = submission;
  switch (submission.kind) {
    case 'registration':
      await paste(widget, 'name', label);
      await paste(widget, 'email', `${label.replaceAll(' ', '.').toLowerCase()}@example.net`);
      await tick(widget, 'consent');
      break;
    case 'suggestion':
      await paste(widget, 'title', label);
      await paste(widget, 'body', 'Evening events, please: many of us work during the day.');
      await select(widget, 'category', 'events');
      break;
    case 'survey': {
      // November's required questions: recommend (NPS), overall (CSAT), statements (Likert), channel; then the comment.
      await choose(widget, 0, '9');
      await choose(widget, 1, '4');
      for (const statement of ['informed', 'welcome', 'heard']) await choose(widget, 3, '4', statement);
      await choose(widget, 4, 'website');
      const comment = rootOf(widget).querySelector<HTMLTextAreaElement>('#q6 textarea');
      if (!comment) throw new Error('the survey has no comment box');
      comment.value = label;
      comment.dispatchEvent(new Event('input', { bubbles: true }));
      await widget.updateComplete;
      break;
    }
    case 'signup':
      await paste(widget, 'name', 'Ada Lovelace');
      await paste(widget, 'email', label);
      await tick(widget, 'consent');
      break;
    case 'newsletter':
      await paste(widget, 'email', label);
      await tick(widget, 'consent');
      break;
  }
  const submit = part(widget, 'submit');
  if (!submit) throw new Error(`<${widget.localName}> has no submit button`);
  submit.click();
  submission.sent = true;
  await widget.updateComplete;
}

/**
 * Clicks every "Try again" and "Send now" button the widget shows, as a
 * person does when told something failed (a request that timed out says the
 * submission is kept until the connection is back, and offers "Send now");
 * answers how many.
 */
export function clickRetries(submission: Submission): number {
  const buttons = [...(submission.widget.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="retry"], [part~="send-now"]') ?? [])];
  for (const button of buttons) button.click();
  submission.retries += buttons.length;
  return buttons.length;
}

/** What arrived, per kind, as the labels the store holds for this run (sorted, duplicates kept). */
export async function arrivedLabels(api: MockApi, eventId: string, run: string): Promise<Record<Kind, string[]>> {
  const data = await api.data('registrations', 'suggestions', 'surveyResponses', 'members', 'subscriptions');
  const mine = (labels: string[]) => labels.filter((label) => label.includes(run)).sort();
  return {
    registration: mine(data.registrations.filter((registration) => registration.eventId === eventId).map((registration) => registration.name)),
    suggestion: mine(data.suggestions.map((suggestion) => suggestion.title)),
    survey: mine(
      data.surveyResponses
        .filter((response) => response.surveyId === NOVEMBER_SURVEY)
        .map((response) => {
          const comment = response.answers['comment'];
          return comment && 'value' in comment ? String(comment.value) : '';
        }),
    ),
    signup: mine(data.members.map((member) => member.email)),
    newsletter: mine(data.subscriptions.map((subscription) => subscription.email)),
  };
}

/** Reads a text field, to check that what was typed is still there. */
export function valueOf(widget: Element, name: string): string {
  return field(widget, name).value;
}
