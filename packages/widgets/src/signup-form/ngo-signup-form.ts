import { isNgoApiError, MembersResource } from '@ngo-kit/sdk';
import { MEMBER_ROLES, type EmailConfirmationInput, type Member, type SignupInput } from '@ngo-kit/sdk/schemas';
import { EmailConfirmationInputSchema, SignupInputSchema } from '@ngo-kit/sdk/validators';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { tableLocale } from '../i18n/locale.js';
import { consentField, safeHref } from '../shared/form/consent-field.js';
import { checkboxField, checkboxGroupField, honeypotField, textField } from '../shared/form/fields.js';
import { FormController } from '../shared/form/form-controller.js';
import { instanceDraftName } from '../shared/form/draft-store.js';
import { formStyles } from '../shared/form/form.styles.js';
import { PanelFocus, panelStyles } from '../shared/form/panel.js';
import { languageField, withDefaults } from '../shared/form/language-field.js';
import { formMessages } from '../shared/form/messages.js';
import { configError } from '../shared/config-error.js';
import { NgoElement } from '../shared/ngo-element.js';
import { errorView, liveRegion, offlineView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { isSignupInterest, SIGNUP_INTERESTS } from './interests.js';
import { signupFormMessages, type SignupFormMessages } from './messages.js';
import { NgoSignupConfirmedEvent, NgoSignupEvent } from './ngo-signup-event.js';
import { signupFormStyles } from './ngo-signup-form.styles.js';

/** The form's fields, in the order they appear: the first wrong one gets focus. */
type SignupValues = {
  roles: readonly string[];
  name: string;
  email: string;
  interests: readonly string[];
  locale: string;
  newsletter: boolean;
  consent: boolean;
  website: string;
};

const EMPTY_SIGNUP: SignupValues = {
  roles: ['member'],
  name: '',
  email: '',
  interests: [],
  // '' until the person picks one: the widget's language, see `languageField`
  locale: '',
  newsletter: false,
  consent: false,
  website: '',
};

/** The API takes interests of at most this many characters. */
const MAX_INTEREST_LENGTH = 50;

/** What the widget shows in place of its form, if anything; see `PanelFocus`. */
type View = 'form' | 'offline' | 'sent' | 'code' | 'confirmed';

/**
 * Joining the organisation as a member, volunteer or donor: name, e-mail,
 * interests, preferred language, the monthly newsletter and consent to the
 * privacy policy. The API mails a confirmation code (double opt-in); the form
 * then asks the person to check their inbox, and takes the code too.
 *
 * What a person types is kept in the tab's session while they type, so a
 * reload or a visit to the privacy policy loses nothing; a signup made
 * offline is kept and sent once when the connection is back.
 *
 * @tagname ngo-signup-form
 * @summary Join as member, volunteer or donor, with consent and e-mail confirmation.
 *
 * @fires {NgoSignupEvent} ngo-signup - The API took the signup; `detail` is the new (pending) member.
 * @fires {NgoSignupConfirmedEvent} ngo-signup-confirmed - The person confirmed with the mailed code; `detail` is the active member.
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart form - The signup form.
 * @csspart field - One field: its label, control, hint and message (a group of boxes is also `group`).
 * @csspart label - A field's label or a group's legend.
 * @csspart input - A text field or the language list.
 * @csspart checkbox - A box to tick.
 * @csspart choices - The boxes of a group.
 * @csspart hint - A hint under a label.
 * @csspart field-error - The message next to a field that needs attention.
 * @csspart policy-link - The link to the privacy policy (with `privacy-url`).
 * @csspart submit - The sign-up button.
 * @csspart notice - The "already a member" notice.
 * @csspart sign-in-link - The link to the member portal in that notice (with `sign-in-url`).
 * @csspart status - The sent, confirmed, offline and error panels (also `status-success`, `status-offline`, `status-error`).
 * @csspart retry - The button that sends again after an error.
 * @csspart send-now - The button that sends a kept signup at once.
 * @csspart code-form - The form that takes the mailed confirmation code.
 * @csspart confirm - Its button.
 * @csspart again - The button that empties the form for another signup (or goes back to it from the code form).
 * @csspart have-code - The button that opens the code form for a code from an earlier signup.
 * @csspart code-intro - What the code form asks, when opened on its own.
 *
 * @cssprop --ngo-signup-form-gap - Space between fields; defaults to `--ngo-space-m`.
 * @cssprop --ngo-signup-form-max-width - The form's widest; `40em` by default.
 * @cssprop --ngo-signup-form-background - The widget's background; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-signup-form-padding - Space inside the widget's edge; defaults to `--ngo-space-l`.
 *
 * @example
 * ```html
 * <ngo-signup-form api="https://api.example.org" key="pk_live_123" privacy-url="/privacy"></ngo-signup-form>
 * ```
 */
export class NgoSignupForm extends NgoElement {
  static override properties: PropertyDeclarations = {
    privacyUrl: { type: String, attribute: 'privacy-url' },
    privacyNewTab: { type: Boolean, attribute: 'privacy-new-tab' },
    signInUrl: { type: String, attribute: 'sign-in-url' },
    interests: { type: String },
  };

  static override styles = [NgoElement.styles, stateStyles, formStyles, panelStyles, signupFormStyles];

  /** The privacy policy's address: the consent's "privacy policy" links to it. */
  declare privacyUrl: string | undefined;
  /** Opens the privacy policy in a new tab; by default it opens in the same tab (the draft is kept). */
  declare privacyNewTab: boolean;
  /** The member portal's sign-in page, offered to someone who is a member already. */
  declare signInUrl: string | undefined;
  /**
   * The interests to offer, comma-separated, e.g. `"environment, youth, Choir"`: keys of
   * {@link SIGNUP_INTERESTS} are shown in the widget's language, anything else as written.
   * Default: every key of {@link SIGNUP_INTERESTS}.
   */
  declare interests: string | undefined;

  /** The member the last signup made, while the form asks for the confirmation. */
  #member: Member | undefined;
  #confirmed: Member | undefined;
  /** The person came back with a code from an e-mail, to confirm a signup made earlier. */
  #enteringCode = false;

  readonly form = new FormController<SignupValues, SignupInput, Member>(this, {
    schema: withDefaults(SignupInputSchema, () => ({ locale: tableLocale(this.locale) })),
    initial: EMPTY_SIGNUP,
    draftKey: () => instanceDraftName(this, 'signup-form'),
    legacyDraftKey: 'signup-form',
    submit: (input, options) => this.client.use(MembersResource).signUp(input, options),
    onSent: (member) => {
      this.#member = member;
      this.dispatchEvent(new NgoSignupEvent(member));
    },
  });

  readonly confirmation = new FormController<{ token: string }, EmailConfirmationInput, Member>(this, {
    schema: EmailConfirmationInputSchema,
    initial: { token: '' },
    submit: (input, options) => this.client.use(MembersResource).confirmEmail(input, options),
    onSent: (member) => {
      this.#confirmed = member;
      this.dispatchEvent(new NgoSignupConfirmedEvent(member));
    },
  });

  constructor() {
    super();
    new PanelFocus(this, () => this.#currentView);
    this.privacyNewTab = false;
  }

  /** Empties the form for another signup, after one was sent. */
  startOver(): void {
    this.#member = undefined;
    this.#confirmed = undefined;
    this.#enteringCode = false;
    this.confirmation.reset();
    this.form.reset();
  }

  /** The interests offered: `[value, label]`, from `interests` or the default set. */
  get #interestChoices(): [string, string][] {
    const names = this.localizer.text(signupFormMessages).interestNames;
    const given = this.interests
      ?.split(',')
      .map((interest) => interest.trim())
      .filter((interest) => interest !== '' && interest.length <= MAX_INTEREST_LENGTH);
    const keys = given && given.length > 0 ? [...new Set(given)] : SIGNUP_INTERESTS;
    return keys.map((key) => [key, isSignupInterest(key) ? names[key] : key]);
  }

  get #currentView(): View {
    if (this.#confirmed) return 'confirmed';
    if (this.form.status === 'sent') return 'sent';
    if (this.form.status === 'offline') return 'offline';
    return this.#enteringCode ? 'code' : 'form';
  }

  #enterCode(): void {
    this.#enteringCode = true;
    this.requestUpdate();
  }

  protected override renderContent() {
    const messages = this.localizer.text(signupFormMessages);
    const missing = configError(this.config);
    if (missing) {
      return [liveRegion(''), errorView({ error: missing, localizer: this.localizer, onRetry: () => this.requestUpdate() })];
    }
    switch (this.#currentView) {
      case 'confirmed':
        return this.#renderConfirmed(messages);
      case 'sent':
      case 'code':
        return this.#renderCode(messages);
      case 'offline':
        return [
          liveRegion(this.form.announcement()),
          html`<div class="panel" tabindex="-1">
            ${offlineView({ localizer: this.localizer, onSendNow: () => void this.form.resend(), slow: this.form.slow })}
          </div>`,
        ];
      case 'form':
        return this.#renderForm(messages);
    }
  }

  #renderForm(messages: SignupFormMessages) {
    const { form } = this;
    const failed = form.status === 'failed';
    const alreadyMember = failed && isNgoApiError(form.error) && form.error.code === 'conflict';
    const signIn = safeHref(this.signInUrl);
    return html`
      ${liveRegion(alreadyMember ? messages.alreadyMember : failed ? '' : form.announcement())}
      ${alreadyMember
        ? html`<div part="notice" class="notice">
            <p>${messages.alreadyMember}</p>
            ${signIn ? html`<p><a part="sign-in-link" href=${signIn}>${messages.signIn}</a></p>` : nothing}
          </div>`
        : failed
          ? errorView({ error: form.error, localizer: this.localizer, operation: 'send', onRetry: () => void form.resend() })
          : nothing}
      <form part="form" class="signup" novalidate aria-label=${messages.label} @submit=${form.submit}>
        ${checkboxGroupField(form, {
          name: 'roles',
          legend: messages.roles,
          hint: messages.rolesHint,
          choices: MEMBER_ROLES.map((role) => [role, messages.roleNames[role]] as const),
        })}
        ${textField(form, { name: 'name', label: messages.name, required: true, autocomplete: 'name' })}
        ${textField(form, {
          name: 'email',
          label: messages.email,
          type: 'email',
          required: true,
          autocomplete: 'email',
          hint: messages.emailHint,
        })}
        ${checkboxGroupField(form, {
          name: 'interests',
          legend: messages.interests,
          hint: messages.interestsHint,
          choices: this.#interestChoices,
        })}
        ${languageField(form, { label: messages.language, localizer: this.localizer })}
        ${checkboxField(form, { name: 'newsletter', label: messages.newsletter })}
        ${consentField(form, {
          text: messages.consent,
          policy: messages.policy,
          href: this.privacyUrl,
          newTab: this.privacyNewTab,
          newTabText: messages.newTab,
        })}
        ${honeypotField(form, { label: this.localizer.text(formMessages).honeypot })}
        <div class="actions">
          <button part="submit" class="button" type="submit" aria-disabled=${form.status === 'sending' ? 'true' : 'false'}>
            ${messages.submit}
          </button>
        </div>
      </form>
      <p class="have-code">
        <button part="have-code" class="link" type="button" @click=${() => this.#enterCode()}>${messages.haveCode}</button>
      </p>
    `;
  }

  /** The code form: after a signup, under "check your inbox"; or alone, for a code from an earlier signup. */
  #renderCode(messages: SignupFormMessages) {
    const { confirmation } = this;
    const sent = this.form.status === 'sent';
    const email = this.#member?.email ?? '';
    const unknownCode = confirmation.status === 'failed' && isNgoApiError(confirmation.error) && confirmation.error.code === 'not_found';
    const said =
      confirmation.status === 'editing' && confirmation.announcement() === ''
        ? sent
          ? `${messages.sentTitle} ${this.localizer.fill(messages.sent, { email })}`
          : messages.codeIntro
        : confirmation.status === 'failed'
          ? ''
          : confirmation.announcement();
    return html`
      ${liveRegion(said)}
      ${sent
        ? html`<div part="status status-success" class="state success panel" tabindex="-1">
            <p><strong>${messages.sentTitle}</strong></p>
            <p class="sent-to">${this.localizer.fill(messages.sent, { email })}</p>
            <p class="hint">${messages.sentHint}</p>
          </div>`
        : html`<p part="code-intro" class="panel" tabindex="-1">${messages.codeIntro}</p>`}
      <form part="code-form" class="code" novalidate aria-label=${messages.code} @submit=${confirmation.submit}>
        ${unknownCode
          ? html`<p part="status status-error" class="code-error" role="alert">${messages.codeUnknown}</p>`
          : confirmation.status === 'failed'
            ? errorView({
                error: confirmation.error,
                localizer: this.localizer,
                operation: 'send',
                onRetry: () => void confirmation.resend(),
              })
            : confirmation.status === 'offline'
              ? offlineView({ localizer: this.localizer, slow: confirmation.slow })
              : nothing}
        ${textField(confirmation, {
          name: 'token',
          label: messages.code,
          hint: messages.codeHint,
          autocomplete: 'one-time-code',
          required: true,
        })}
        <div class="actions">
          <button part="confirm" class="button" type="submit" aria-disabled=${confirmation.status === 'sending' ? 'true' : 'false'}>
            ${messages.confirm}
          </button>
          <button part="again" class="button secondary" type="button" @click=${() => this.startOver()}>
            ${sent ? messages.another : messages.backToSignup}
          </button>
        </div>
      </form>
    `;
  }

  #renderConfirmed(messages: SignupFormMessages) {
    const welcome = this.localizer.fill(messages.confirmed, { name: this.#confirmed?.name ?? '' });
    return html`
      ${liveRegion(`${messages.confirmedTitle} ${welcome}`)}
      <div part="status status-success" class="state success panel" tabindex="-1">
        <p><strong>${messages.confirmedTitle}</strong></p>
        <p>${welcome}</p>
      </div>
      <div class="actions">
        <button part="again" class="button secondary" type="button" @click=${() => this.startOver()}>
          ${messages.another}
        </button>
      </div>
    `;
  }
}
