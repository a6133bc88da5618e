import type { SuggestionInput } from '@ngo-kit/sdk/schemas';
import { SuggestionInputSchema } from '@ngo-kit/sdk/validators';
import { html, type PropertyDeclarations } from 'lit';
import { tableLocale, type SupportedLocale } from '../i18n/locale.js';
import { checkboxField, honeypotField, selectField, textField } from '../shared/form/fields.js';
import { FormController, type SubmitFunction } from '../shared/form/form-controller.js';
import { formStyles } from '../shared/form/form.styles.js';
import { formMessages } from '../shared/form/messages.js';
import { NgoElement } from '../shared/ngo-element.js';
import { define } from '../shared/define.js';
import { errorView, liveRegion, offlineView, successView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';

/**
 * The labels of this test-only form. Real widgets keep theirs in the typed
 * message tables; a fixture does not belong there.
 */
const LABELS: Record<SupportedLocale, { title: string; body: string; email: string; category: string; anonymous: string; send: string }> = {
  en: { title: 'Title', body: 'Your suggestion', email: 'Email (optional)', category: 'Topic', anonymous: 'Send anonymously', send: 'Send' },
  'zh-CN': { title: '标题', body: '您的建议', email: '电子邮件（选填）', category: '主题', anonymous: '匿名发送', send: '发送' },
  'zh-TW': { title: '標題', body: '您的建議', email: '電子郵件（選填）', category: '主題', anonymous: '匿名傳送', send: '傳送' },
};

type Values = {
  title: string;
  body: string;
  contactEmail: string;
  category: string;
  anonymous: boolean;
  website: string;
};

/**
 * A small suggestion form, for tests of the form platform until a real form
 * widget exists: the SDK's `SuggestionInputSchema`, a draft named after the
 * element's `draft` attribute, and `submitter` as the submit seam.
 */
export class NgoTestForm extends NgoElement {
  static override properties: PropertyDeclarations = {
    draft: { type: String },
    submitter: { attribute: false },
  };

  static override styles = [NgoElement.styles, stateStyles, formStyles];

  /** The draft's name in sessionStorage; no draft without it. */
  declare draft: string | undefined;
  /** What sends a valid submission. */
  declare submitter: SubmitFunction<SuggestionInput, { id: string }> | undefined;
  /** Each answer the form took as sent (its `onSent`), in order. */
  readonly answers: { id: string }[] = [];

  readonly form = new FormController<Values, SuggestionInput, { id: string }>(this, {
    schema: SuggestionInputSchema,
    initial: { title: '', body: '', contactEmail: '', category: 'other', anonymous: false, website: '' },
    draftKey: () => (this.draft ? `test-form:${this.draft}` : undefined),
    submit: (input, options) =>
      this.submitter ? this.submitter(input, options) : Promise.reject(new Error('no submitter set')),
    onSent: (answer) => this.answers.push(answer),
  });

  protected override renderContent() {
    const { form } = this;
    const labels = LABELS[tableLocale(this.locale)];
    const messages = this.localizer.messages;
    if (form.status === 'sent') return [liveRegion(form.announcement()), successView(messages.states.sent)];
    if (form.status === 'offline') {
      return [liveRegion(form.announcement()), offlineView({ localizer: this.localizer, onSendNow: () => form.resend(), slow: form.slow })];
    }
    return html`
      ${liveRegion(form.announcement())}
      ${form.status === 'failed'
        ? errorView({ error: form.error, localizer: this.localizer, operation: 'send', onRetry: () => form.resend() })
        : null}
      <form novalidate @submit=${form.submit}>
        ${textField(form, { name: 'title', label: labels.title, required: true })}
        ${textField(form, { name: 'body', label: labels.body, multiline: true, required: true })}
        ${textField(form, { name: 'contactEmail', label: labels.email, type: 'email', autocomplete: 'email' })}
        ${selectField(form, {
          name: 'category',
          label: labels.category,
          choices: [
            ['events', 'events'],
            ['other', 'other'],
          ],
        })}
        ${checkboxField(form, { name: 'anonymous', label: labels.anonymous })}
        ${honeypotField(form, { label: this.localizer.text(formMessages).honeypot })}
        <button part="submit" class="button" type="submit" ?disabled=${form.status === 'sending'}>${labels.send}</button>
      </form>
    `;
  }
}

define('ngo-test-form', NgoTestForm);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-test-form': NgoTestForm;
  }
}
