import type { SurveyAnswer, SurveyQuestion } from '@ngo-kit/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localizer.js';
import { formMessages } from '../shared/form/messages.js';
import type { SurveyMessages } from './messages.js';

/** How CSAT questions show their five points. */
export type CsatStyle = 'stars' | 'faces';

/** What a question needs besides itself to be shown. */
export interface QuestionContext {
  /** Its place in the survey: ids and names of its controls derive from it, never from API ids. */
  index: number;
  answer: SurveyAnswer | undefined;
  /** The message of its problem, in the widget's language. */
  error: string | undefined;
  text: SurveyMessages;
  localizer: Localizer;
  csatStyle: CsatStyle;
}

const MOUTHS = ['M8 17q4-5 8 0', 'M8 16.5q4-2.5 8 0', 'M8 15.5h8', 'M8 14.5q4 2.5 8 0', 'M8 14q4 5 8 0'];

/**
 * One question as native controls with visible labels, inside a `<fieldset>`
 * whose legend is the prompt (a `<label>` for free text). Ratings are real
 * radio groups, so arrow keys move and choose as everywhere else. The
 * question's box has the id `q<index>`, which the survey's one `input`
 * listener reads back; a Likert row carries its statement in `data-s`. The
 * problem's message sits under the prompt, named by `aria-describedby`.
 *
 * Controls take as few bindings as they can: a survey of fifty questions has
 * a thousand of them, and each binding is work at every mount.
 */
export function questionView(question: SurveyQuestion, context: QuestionContext): TemplateResult {
  const { index, error, text } = context;
  const id = `q${index}`;
  const errorId = error ? `${id}-error` : undefined;
  const prompt = html`<span class="number">${index + 1}.</span> ${question.prompt}
    ${question.required ? html`<span part="required" class="required">${text.required}</span>` : nothing}`;
  const message = error
    ? html`<p part="error" class="field-error" id="${id}-error"><span aria-hidden="true">! </span>${error}</p>`
    : nothing;

  if (question.type === 'free_text') {
    const value = context.answer?.type === 'free_text' ? context.answer.value : '';
    const used = context.localizer.plural(text.characters, question.maxLength, { used: value.length });
    return html`
      <div part="question" class="question" id=${id} ?data-invalid=${!!error}>
        <label part="prompt" class="prompt" for="${id}-text">${prompt}</label>
        ${message}
        <textarea
          part="text"
          id="${id}-text"
          rows="4"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby="${id}-count${errorId ? ` ${errorId}` : ''}"
          .value=${value}
        ></textarea>
        <p part="counter" class="counter" id="${id}-count">${used}</p>
      </div>
    `;
  }

  const radios = question.type !== 'likert' && question.type !== 'multiple_choice';
  const hint = question.type === 'multiple_choice' ? choiceHint(question, context) : undefined;
  const described = [hint && `${id}-hint`, errorId].filter(Boolean).join(' ');
  return html`
    <fieldset
      part="question"
      class="question ${question.type}"
      id=${id}
      tabindex="-1"
      role=${radios ? 'radiogroup' : nothing}
      aria-invalid=${radios && error ? 'true' : nothing}
      aria-describedby=${described || nothing}
      ?data-invalid=${!!error}
    >
      <legend part="prompt" class="prompt">${prompt}</legend>
      ${message} ${hint ? html`<p part="hint" class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${body(question, context)}
    </fieldset>
  `;
}

function body(question: Exclude<SurveyQuestion, { type: 'free_text' }>, context: QuestionContext): TemplateResult {
  const { index, answer } = context;
  const name = `q${index}`;
  switch (question.type) {
    case 'nps': {
      const value = answer?.type === 'nps' ? answer.value : undefined;
      const last = 10;
      const scores = Array.from({ length: last + 1 }, (_, score) => {
        // the words at the ends are part of the end boxes' names; the row under the scale shows them
        const end = score === 0 ? question.lowLabel : score === last ? question.highLabel : undefined;
        const label = end === undefined ? html`${score}` : html`${score}<span class="visually-hidden">, ${end}</span>`;
        return choice(name, score, value === score, label);
      });
      return html`${scale('nps', scores)}${ends(question.lowLabel, question.highLabel)}`;
    }
    case 'csat': {
      const value = answer?.type === 'csat' ? answer.value : undefined;
      const labels = context.text.csat;
      const faces = context.csatStyle === 'faces';
      const points = labels.map((label, i) => {
        const score = i + 1;
        const shape = faces
          ? html`<svg class="face" viewBox="0 0 24 24" aria-hidden="true">
              <circle cx="12" cy="12" r="10" /><circle class="eye" cx="9" cy="10" r="1.2" /><circle class="eye" cx="15" cy="10" r="1.2" />
              <path d=${MOUTHS[i] ?? ''} />
            </svg>`
          : html`<svg class="star" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" />
            </svg>`;
        // stars fill up to the chosen one, a face shows alone: either way a change of shape
        const shown = faces ? value === score : value !== undefined && score <= value;
        return html`<label class="choice">
          <input type="radio" name=${name} value=${score} .checked=${value === score} /><span
            part="choice"
            class="box"
            ?data-lit=${shown}
            >${shape}<span class="visually-hidden">${label}</span></span
          >
        </label>`;
      });
      return html`${scale('csat', points)}${ends(labels[0], labels[4])}
        <p part="chosen" class="chosen" aria-hidden="true">${value === undefined ? nothing : labels[value - 1]}</p>`;
    }
    case 'likert': {
      const scores = answer?.type === 'likert' ? answer.value : {};
      return html`${question.statements.map((statement, row) => {
        const value = scores[statement.id];
        const unanswered = context.error !== undefined && value === undefined;
        return html`
          <fieldset
            part="statement"
            class="statement"
            role="radiogroup"
            data-s=${statement.id}
            aria-invalid=${unanswered ? 'true' : nothing}
            aria-describedby=${context.error ? `${name}-error` : nothing}
          >
            <legend class="statement-label">${statement.label}</legend>
            ${scale('likert', question.scale.map((label, i) => choice(`${name}-${row}`, i + 1, value === i + 1, html`${label}`)))}
          </fieldset>
        `;
      })}`;
    }
    case 'single_choice':
    case 'multiple_choice': {
      const multiple = question.type === 'multiple_choice';
      const chosen = answer?.type === 'multiple_choice' ? answer.value : answer?.type === 'single_choice' ? [answer.value] : [];
      return html`<div part="options" class="options">
        ${question.options.map(
          (option) => html`<label part="option" class="option">
            <input
              type=${multiple ? 'checkbox' : 'radio'}
              name=${name}
              value=${option.id}
              aria-invalid=${multiple && context.error ? 'true' : nothing}
              .checked=${chosen.includes(option.id)}
            />
            <span>${option.label}</span>
          </label>`,
        )}
      </div>`;
    }
  }
}

function scale(kind: string, choices: TemplateResult[]): TemplateResult {
  return html`<div part="scale" class="scale ${kind}">${choices}</div>`;
}

/** The words at both ends of a scale, shown under it; each is also in its end's name, so this row is not read twice. */
function ends(low: string | undefined, high: string | undefined): TemplateResult {
  return html`<div class="ends" aria-hidden="true"><span>${low}</span><span>${high}</span></div>`;
}

/** A radio button drawn as a box of the scale; the native control stays, unseen, for the keyboard and assistive technology. */
function choice(name: string, value: number, checked: boolean, label: TemplateResult): TemplateResult {
  return html`<label class="choice">
    <input type="radio" name=${name} value=${value} .checked=${checked} /><span part="choice" class="box">${label}</span>
  </label>`;
}

function choiceHint(question: Extract<SurveyQuestion, { type: 'multiple_choice' }>, context: QuestionContext): string | undefined {
  const { minSelections: min, options } = question;
  const max = Math.min(question.maxSelections, options.length);
  const { localizer, text } = context;
  if (min > 1 && max < options.length) return localizer.fill(text.chooseBetween, { min, max });
  if (max < options.length) return localizer.plural(text.chooseUpTo, max);
  if (min > 1) return localizer.plural(localizer.text(formMessages).chooseAtLeast, min);
  return undefined;
}
