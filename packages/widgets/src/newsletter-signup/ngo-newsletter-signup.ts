import { NewsletterResource } from '@ngo-kit/sdk';
import type { NewsletterIssue, Subscription, SubscriptionInput } from '@ngo-kit/sdk/schemas';
import { SubscriptionInputSchema } from '@ngo-kit/sdk/validators';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { tableLocale } from '../i18n/locale.js';
import { consentField } from '../shared/form/consent-field.js';
import { honeypotField, textField } from '../shared/form/fields.js';
import { FormController } from '../shared/form/form-controller.js';
import { instanceDraftName } from '../shared/form/draft-store.js';
import { formStyles } from '../shared/form/form.styles.js';
import { PanelFocus, panelStyles } from '../shared/form/panel.js';
import { languageField, withDefaults } from '../shared/form/language-field.js';
import { formMessages } from '../shared/form/messages.js';
import { configError } from '../shared/config-error.js';
import { NgoElement } from '../shared/ngo-element.js';
import { emptyView, errorView, liveRegion, loadingView, offlineView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { archiveFor } from './archive.js';
import { newsletterSignupMessages, type NewsletterSignupMessages } from './messages.js';
import { NgoNewsletterSubscribeEvent } from './ngo-newsletter-subscribe-event.js';
import { newsletterSignupStyles } from './ngo-newsletter-signup.styles.js';

/** The form's fields, in the order they appear: the first wrong one gets focus. */
type SubscriptionValues = {
  email: string;
  locale: string;
  consent: boolean;
  website: string;
};

const EMPTY_SUBSCRIPTION: SubscriptionValues = {
  email: '',
  // '' until the person picks one: the widget's language, see `languageField`
  locale: '',
  consent: false,
  website: '',
};

/**
 * At most this many placeholder rows hold the archive's place while it
 * loads; the styles have a rule per count.
 */
const MAX_RESERVED_ROWS = 6;

/** The archive publishes each month in every language it has: this many versions of a month are asked for. */
const VERSIONS_PER_MONTH = 3;

/** What the widget shows in place of its form, if anything; see `PanelFocus`. */
type View = 'form' | 'offline' | 'sent';

/**
 * Subscribing to the monthly newsletter with double opt-in, compact enough
 * for a page's footer: e-mail and language on one line, consent and the
 * button on the next, where the widget is wide enough; stacked where it is
 * not. With `show-archive` it
 * also lists past issues, each month once, in the reader's language where
 * the archive has it.
 *
 * The API answers alike whether or not the address is subscribed already
 * (the owner is told by e-mail instead), so the widget never reveals who
 * subscribes; its message says as much, kindly.
 *
 * @tagname ngo-newsletter-signup
 * @summary Subscribe to the monthly newsletter with double opt-in; optionally, the archive of past issues.
 *
 * @fires {NgoNewsletterSubscribeEvent} ngo-newsletter-subscribe - The API took the address; `detail` is its answer (a pending subscription).
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart form - The subscription form.
 * @csspart field - One field: its label, control and message.
 * @csspart label - A field's label.
 * @csspart input - The e-mail field or the language list.
 * @csspart checkbox - The consent box.
 * @csspart field-error - The message next to a field that needs attention.
 * @csspart policy-link - The link to the privacy policy (with `privacy-url`).
 * @csspart submit - The subscribe button.
 * @csspart status - The sent, offline, error and empty panels (also `status-success`, `status-offline`, `status-error`, `status-empty`).
 * @csspart retry - The button that tries again after an error.
 * @csspart send-now - The button that sends a kept subscription at once.
 * @csspart again - The button that empties the form for another address.
 * @csspart archive - The archive of past issues (with `show-archive`).
 * @csspart archive-title - Its title.
 * @csspart issue - One past issue.
 * @csspart issue-link - The link to an issue.
 * @csspart issue-month - An issue's month.
 * @csspart skeleton - The placeholder rows while the archive loads.
 *
 * @cssprop --ngo-newsletter-signup-background - The widget's background; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-newsletter-signup-padding - Space inside the widget's edge; defaults to `--ngo-space-m`.
 *
 * @example
 * ```html
 * <ngo-newsletter-signup api="https://api.example.org" key="pk_live_123" privacy-url="/privacy" show-archive></ngo-newsletter-signup>
 * ```
 */
export class NgoNewsletterSignup extends NgoElement {
  static override properties: PropertyDeclarations = {
    privacyUrl: { type: String, attribute: 'privacy-url' },
    privacyNewTab: { type: Boolean, attribute: 'privacy-new-tab' },
    showArchive: { type: Boolean, attribute: 'show-archive' },
    archiveLimit: { type: Number, attribute: 'archive-limit' },
  };

  static override styles = [NgoElement.styles, stateStyles, formStyles, panelStyles, newsletterSignupStyles];

  /** The privacy policy's address: the consent's "privacy policy" links to it. */
  declare privacyUrl: string | undefined;
  /** Opens the privacy policy in a new tab; by default it opens in the same tab (the draft is kept). */
  declare privacyNewTab: boolean;
  /** Lists past issues under the form. */
  declare showArchive: boolean;
  /** How many months of past issues to list at most. */
  declare archiveLimit: number;

  /** The address the last subscription went to, for "check your inbox at …": the API does not echo it. */
  #sentTo = '';

  readonly form = new FormController<SubscriptionValues, SubscriptionInput, Subscription>(this, {
    schema: withDefaults(SubscriptionInputSchema, () => ({ locale: tableLocale(this.locale) })),
    initial: EMPTY_SUBSCRIPTION,
    draftKey: () => instanceDraftName(this, 'newsletter-signup'),
    legacyDraftKey: 'newsletter-signup',
    submit: async (input, options) => {
      const subscription = await this.client.use(NewsletterResource).subscribe(input, options);
      this.#sentTo = input.email;
      return subscription;
    },
    onSent: (subscription) => this.dispatchEvent(new NgoNewsletterSubscribeEvent(subscription)),
  });

  readonly #archive = this.loadTask({
    args: () => [this.showArchive, this.#archiveLimit, tableLocale(this.locale)] as const,
    load: async ([show, limit, locale], { client, signal }) => {
      if (!show) return [];
      const page = await client
        .use(NewsletterResource)
        .issues({ limit: Math.min(100, limit * VERSIONS_PER_MONTH) }, { signal });
      return archiveFor(page.items, locale, limit);
    },
  });

  constructor() {
    super();
    new PanelFocus(this, () => this.#currentView);
    this.privacyNewTab = false;
    this.showArchive = false;
    this.archiveLimit = 6;
  }

  get #archiveLimit(): number {
    return Number.isInteger(this.archiveLimit) && this.archiveLimit > 0 ? Math.min(this.archiveLimit, 33) : 6;
  }

  /** Empties the form for another address, after one was sent. */
  startOver(): void {
    this.#sentTo = '';
    this.form.reset();
  }

  /** Loads the archive again, e.g. after an error. */
  reloadArchive(): void {
    void this.#archive.run();
  }

  get #currentView(): View {
    if (this.form.status === 'sent') return 'sent';
    if (this.form.status === 'offline') return 'offline';
    return 'form';
  }

  protected override renderContent() {
    const messages = this.localizer.text(newsletterSignupMessages);
    const missing = configError(this.config);
    if (missing) {
      return [liveRegion(''), errorView({ error: missing, localizer: this.localizer, onRetry: () => this.requestUpdate() })];
    }
    return html`
      ${this.#renderSubscription(messages)}
      ${this.showArchive ? this.#renderArchive(messages) : nothing}
    `;
  }

  #renderSubscription(messages: NewsletterSignupMessages) {
    const { form } = this;
    switch (this.#currentView) {
      case 'sent': {
        const sent = this.localizer.fill(messages.sent, { email: this.#sentTo });
        return html`
          ${liveRegion(`${messages.sentTitle} ${sent}`)}
          <div part="status status-success" class="state success panel" tabindex="-1">
            <p><strong>${messages.sentTitle}</strong></p>
            <p class="sent-to">${sent}</p>
            <p class="hint">${messages.sentHint}</p>
            <button part="again" class="button secondary" type="button" @click=${() => this.startOver()}>
              ${messages.another}
            </button>
          </div>
        `;
      }
      case 'offline':
        return html`
          ${liveRegion(form.announcement())}
          <div class="panel" tabindex="-1">
            ${offlineView({ localizer: this.localizer, onSendNow: () => void form.resend(), slow: form.slow })}
          </div>
        `;
      case 'form':
        return this.#renderForm(messages);
    }
  }

  #renderForm(messages: NewsletterSignupMessages) {
    const { form } = this;
    const failed = form.status === 'failed';
    return html`
      ${liveRegion(failed ? '' : form.announcement())}
      ${failed
        ? errorView({ error: form.error, localizer: this.localizer, operation: 'send', onRetry: () => void form.resend() })
        : nothing}
      <form part="form" class="newsletter" novalidate aria-label=${messages.label} @submit=${form.submit}>
        <div class="inline">
          ${textField(form, { name: 'email', label: messages.email, type: 'email', required: true, autocomplete: 'email' })}
          ${languageField(form, { label: messages.language, localizer: this.localizer })}
          ${consentField(form, {
            text: messages.consent,
            policy: messages.policy,
            href: this.privacyUrl,
            newTab: this.privacyNewTab,
            newTabText: messages.newTab,
          })}
          <button part="submit" class="button" type="submit" aria-disabled=${form.status === 'sending' ? 'true' : 'false'}>
            ${messages.submit}
          </button>
        </div>
        ${honeypotField(form, { label: this.localizer.text(formMessages).honeypot })}
      </form>
    `;
  }

  #renderArchive(messages: NewsletterSignupMessages) {
    const rows = Math.min(this.#archiveLimit, MAX_RESERVED_ROWS);
    const loading = () => [liveRegion(messages.archiveLoading), loadingView({ label: messages.archive, rows })];
    return html`
      <section part="archive" class="archive" aria-labelledby="archive-title" data-rows=${rows}>
        <p part="archive-title" class="archive-title" id="archive-title">${messages.archive}</p>
        ${this.#archive.render({
          initial: loading,
          pending: loading,
          complete: (issues) => this.#renderIssues(issues, messages),
          error: (error) => [liveRegion(''), errorView({ error, localizer: this.localizer, onRetry: () => this.reloadArchive() })],
        })}
      </section>
    `;
  }

  #renderIssues(issues: readonly NewsletterIssue[], messages: NewsletterSignupMessages) {
    if (issues.length === 0) return [liveRegion(messages.archiveEmpty), emptyView(messages.archiveEmpty)];
    const months = new Intl.DateTimeFormat(this.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    return [
      liveRegion(this.localizer.plural(messages.archiveCount, issues.length)),
      html`
        <ul class="issues" aria-labelledby="archive-title">
          ${issues.map(
            (issue) => html`
              <li part="issue" class="issue">
                <a part="issue-link" href=${issue.url} hreflang=${issue.locale} lang=${issue.locale}>${issue.title}</a>
                <time part="issue-month" class="month" datetime=${issue.month}>
                  ${months.format(new Date(`${issue.month}-01T00:00:00Z`))}
                </time>
              </li>
            `,
          )}
        </ul>
      `,
    ];
  }
}
