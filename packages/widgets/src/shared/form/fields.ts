import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FormController } from './form-controller.js';
import type { FormValues } from './form-values.js';

/**
 * Native controls with real labels for a {@link FormController}: each field
 * is a `<label>`, its control (`aria-invalid`, `aria-describedby` pointing at
 * its message) and, when something is wrong, the message in the widget's
 * language right below it. Ids only need to be unique inside the widget's
 * shadow root. Render them inside `<form novalidate @submit=${form.submit}>`:
 * the schema validates, not the browser's own bubbles, so messages are in the
 * widget's language and look the same everywhere.
 */

/** A field only reads values and messages and sets values, whatever the form sends and gets back. */
type FieldForm = Pick<FormController<FormValues, unknown, unknown>, 'values' | 'fieldError' | 'set'>;

export interface TextFieldOptions {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'url' | 'tel' | 'number';
  /** A `<textarea>` instead of an `<input>`. */
  multiline?: boolean;
  /** Tells assistive technology the field is required; the schema decides what is valid. */
  required?: boolean;
  autocomplete?: string;
  /** A hint shown under the label, e.g. what the field is used for. */
  hint?: string;
}

function ids(name: string) {
  return { control: `field-${name}`, hint: `field-${name}-hint`, error: `field-${name}-error` };
}

function describedBy(...parts: (string | false | undefined)[]): string | undefined {
  const list = parts.filter(Boolean).join(' ');
  return list || undefined;
}

function message(id: string, error: string | undefined) {
  return error ? html`<p part="field-error" class="field-error" id=${id}>${error}</p>` : nothing;
}

export function textField(form: FieldForm, options: TextFieldOptions): TemplateResult {
  const id = ids(options.name);
  const value = form.values[options.name];
  const error = form.fieldError(options.name);
  const describe = describedBy(options.hint !== undefined && id.hint, error !== undefined && id.error);
  const onInput = (event: Event) =>
    form.set(options.name, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const text = typeof value === 'string' ? value : '';
  return html`
    <div part="field" class="field">
      <label part="label" for=${id.control}>${options.label}</label>
      ${options.hint ? html`<p part="hint" class="hint" id=${id.hint}>${options.hint}</p>` : nothing}
      ${options.multiline
        ? html`<textarea
            part="input"
            id=${id.control}
            name=${options.name}
            rows="4"
            ?required=${options.required}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(describe)}
            autocomplete=${ifDefined(options.autocomplete)}
            .value=${live(text)}
            @input=${onInput}
          ></textarea>`
        : html`<input
            part="input"
            id=${id.control}
            name=${options.name}
            type=${options.type ?? 'text'}
            ?required=${options.required}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(describe)}
            autocomplete=${ifDefined(options.autocomplete)}
            .value=${live(text)}
            @input=${onInput}
          />`}
      ${message(id.error, error)}
    </div>
  `;
}

/** One box to tick. */
export interface CheckboxFieldOptions {
  name: string;
  /** May hold markup (a link to the privacy policy, say): a link inside a label opens the link, it does not tick the box. */
  label: string | TemplateResult;
  required?: boolean;
  /** What ticking the box means, shown under its label, e.g. what an anonymous submission leaves out. */
  hint?: string;
}

export function checkboxField(form: FieldForm, options: CheckboxFieldOptions): TemplateResult {
  const id = ids(options.name);
  const error = form.fieldError(options.name);
  const describe = describedBy(options.hint !== undefined && id.hint, error !== undefined && id.error);
  return html`
    <div part="field" class="field checkbox">
      <input
        part="checkbox"
        id=${id.control}
        name=${options.name}
        type="checkbox"
        ?required=${options.required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describe)}
        .checked=${live(form.values[options.name] === true)}
        @change=${(event: Event) => form.set(options.name, (event.target as HTMLInputElement).checked)}
      />
      <label part="label" for=${id.control}>${options.label}</label>
      ${options.hint ? html`<p part="hint" class="hint" id=${id.hint}>${options.hint}</p>` : nothing}
      ${message(id.error, error)}
    </div>
  `;
}

/**
 * A native `<select>`. A choice may name the language its label is written
 * in (`['zh-TW', '繁體中文', 'zh-TW']`), so that a screen reader reads a
 * language's own name in that language.
 */
export function selectField(
  form: FieldForm,
  options: { name: string; label: string; choices: readonly (readonly [value: string, label: string, lang?: string])[] },
): TemplateResult {
  const id = ids(options.name);
  const error = form.fieldError(options.name);
  const value = form.values[options.name];
  return html`
    <div part="field" class="field">
      <label part="label" for=${id.control}>${options.label}</label>
      <select
        part="input"
        id=${id.control}
        name=${options.name}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(error ? id.error : undefined)}
        @change=${(event: Event) => form.set(options.name, (event.target as HTMLSelectElement).value)}
      >
        ${options.choices.map(
          ([choice, label, lang]) =>
            html`<option value=${choice} lang=${ifDefined(lang)} ?selected=${choice === value}>${label}</option>`,
        )}
      </select>
      ${message(id.error, error)}
    </div>
  `;
}

export interface CheckboxGroupOptions {
  /** The field's name; its value is the list of ticked choices, in the order of `choices`. */
  name: string;
  /** What the group asks, shown as its `<legend>`. */
  legend: string;
  choices: readonly (readonly [value: string, label: string])[];
  /** A hint under the legend, e.g. "Choose as many as you like." */
  hint?: string;
}

/**
 * A group of boxes for a field whose value is a list (`roles`, `interests`):
 * a `<fieldset>` named by its `<legend>`, one native checkbox per choice, all
 * with the field's `name` so that the first of them gets focus when the
 * field is wrong, each marked invalid and described by the one message.
 */
export function checkboxGroupField(form: FieldForm, options: CheckboxGroupOptions): TemplateResult {
  const id = ids(options.name);
  const error = form.fieldError(options.name);
  const value = form.values[options.name];
  const ticked = Array.isArray(value) ? value : [];
  const toggle = (choice: string, checked: boolean) => {
    const next = new Set(checked ? [...ticked, choice] : ticked.filter((item) => item !== choice));
    form.set(
      options.name,
      options.choices.map(([candidate]) => candidate).filter((candidate) => next.has(candidate)),
    );
  };
  return html`
    <fieldset
      part="field group"
      class="field group"
      aria-describedby=${ifDefined(options.hint === undefined ? undefined : id.hint)}
    >
      <legend part="label">${options.legend}</legend>
      ${options.hint ? html`<p part="hint" class="hint" id=${id.hint}>${options.hint}</p>` : nothing}
      <div part="choices" class="choices">
        ${options.choices.map(
          ([choice, label], index) => html`
            <div class="choice">
              <input
                part="checkbox"
                id="${id.control}-${index}"
                name=${options.name}
                type="checkbox"
                value=${choice}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${ifDefined(error ? id.error : undefined)}
                .checked=${live(ticked.includes(choice))}
                @change=${(event: Event) => toggle(choice, (event.target as HTMLInputElement).checked)}
              />
              <label for="${id.control}-${index}">${label}</label>
            </div>
          `,
        )}
      </div>
      ${message(id.error, error)}
    </fieldset>
  `;
}

/**
 * The honeypot: a text field that people never see or reach (off screen,
 * hidden from assistive technology, out of the tab order, no autofill) and
 * that form-filling bots fill in. Its label still says to leave it empty.
 */
export function honeypotField(form: FieldForm, options: { name?: string; label: string } ): TemplateResult {
  const name = options.name ?? 'website';
  const value = form.values[name];
  return html`
    <div class="honeypot" aria-hidden="true">
      <label for="field-${name}">${options.label}</label>
      <input
        id="field-${name}"
        name=${name}
        type="text"
        tabindex="-1"
        autocomplete="off"
        .value=${live(typeof value === 'string' ? value : '')}
        @input=${(event: Event) => form.set(name, (event.target as HTMLInputElement).value)}
      />
    </div>
  `;
}
