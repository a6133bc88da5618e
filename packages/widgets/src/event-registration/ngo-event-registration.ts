import { EventsResource, isNgoApiError, isNgoNetworkError, type CommunityEvent } from '@ngo-kit/sdk';
import type { Registration, RegistrationInput, RegistrationQuestion } from '@ngo-kit/sdk/schemas';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { calendarFileName, calendarFileUrl } from '../shared/calendar-files.js';
import { eventWhen } from '../shared/event-when.js';
import { draftStore } from '../shared/form/draft-store.js';
import { checkboxField, honeypotField, selectField, textField } from '../shared/form/fields.js';
import { FormController } from '../shared/form/form-controller.js';
import type { FormValues } from '../shared/form/form-values.js';
import { formStyles } from '../shared/form/form.styles.js';
import { formMessages } from '../shared/form/messages.js';
import { TaskStatus } from '../shared/load-task.js';
import { NgoElement } from '../shared/ngo-element.js';
import { errorView, liveRegion, loadingView, offlineView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { eventRegistrationMessages, type EventRegistrationMessages } from './messages.js';
import { eventRegistrationStyles } from './ngo-event-registration.styles.js';
import { answerField, emptyRegistration, registrationSchema } from './registration-input.js';
import { closedReason, isFull, placesLeft } from './registration-state.js';

/** `ngo-registered`: someone registered, confirmed or on the waiting list; `detail` is the API's registration. */
export class NgoRegisteredEvent extends Event {
  static readonly type = 'ngo-registered';
  readonly detail: Registration;

  constructor(registration: Registration) {
    super(NgoRegisteredEvent.type, { bubbles: true, composed: true });
    this.detail = registration;
  }
}

type RegistrationForm = FormController<FormValues, RegistrationInput, Registration>;

/** What registering gave, kept to show it: the API's answer and the address the confirmation went to. */
interface Outcome {
  registration: Registration;
  email: string;
}

/**
 * Registration for one event: the event's title, dates and place, and a form
 * with name, email, optional phone, role (participant or volunteer), the
 * event's own questions and consent. The outcome says plainly whether the
 * place is confirmed or on the waiting list (and which number), offers the
 * event's `.ics`, the cancellation link and, for an online or hybrid event,
 * the join link that the API reveals only to a confirmed registrant.
 *
 * A full event still takes registrations, for its waiting list; a cancelled
 * one, or one past its registration deadline, says that registration is
 * closed. A registration made offline is kept (with its idempotency key) and
 * sent once when the browser is back online; a server error keeps what was
 * typed.
 *
 * `<ngo-event-list>` and `<ngo-event-calendar>` open it in their registration
 * dialog; it is also usable on its own.
 *
 * @tagname ngo-event-registration
 * @summary Registers a person for one event: confirmed or on the waiting list, with calendar file, cancellation and join links.
 *
 * @fires ngo-registered - {NgoRegisteredEvent} The API registered the person; `detail` is the `Registration` (`status` `confirmed` or `waitlisted`, `waitlistPosition`, `cancellationUrl`, `joinUrl`).
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart event - The event's title, dates, place and places left.
 * @csspart title - The event's title.
 * @csspart when - The event's dates, in its own time zone and, when it differs, on the reader's clock.
 * @csspart place - Where the event happens, or "Online".
 * @csspart places - Places left, or that the event is full.
 * @csspart form - The registration form.
 * @csspart field - One field: its label, control and message.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - A text field or a select.
 * @csspart checkbox - The consent box.
 * @csspart field-error - The message next to a field that needs attention.
 * @csspart submit - The button that registers (or joins the waiting list).
 * @csspart skeleton - The placeholder shown while the event loads.
 * @csspart status - The box of a state (also `status-error`, `status-offline`, `status-closed`, `status-full`, `status-success`).
 * @csspart retry - The button that loads or sends again after an error.
 * @csspart send-now - The button that sends a kept registration at once.
 * @csspart outcome - The sentence that says whether the place is confirmed or waitlisted.
 * @csspart add-to-calendar - The link that downloads the event's `.ics`.
 * @csspart join - The online event's join link.
 * @csspart cancel - The cancellation link.
 *
 * @cssprop --ngo-event-registration-min-height - Space the widget reserves while the event loads; `30em` by default.
 * @cssprop --ngo-event-registration-background - Background of the widget; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-event-registration-padding - Space inside the widget's box; defaults to `--ngo-space-l` (0 in the registration dialog).
 *
 * @example
 * ```html
 * <ngo-event-registration api="https://api.example.org" key="pk_live_123" event-id="evt_000027"></ngo-event-registration>
 * ```
 */
export class NgoEventRegistration extends NgoElement {
  static override properties: PropertyDeclarations = {
    eventId: { type: String, attribute: 'event-id' },
  };

  static override styles = [NgoElement.styles, stateStyles, formStyles, eventRegistrationStyles];

  /** The id of the event to register for, e.g. `evt_000027`. */
  declare eventId: string | undefined;

  readonly #event = this.loadTask({
    args: () => [this.eventId] as const,
    load: ([id], { client, signal }) =>
      id ? client.use(EventsResource).retrieve(id, { signal }) : Promise.resolve(undefined),
  });

  #form: { eventId: string; controller: RegistrationForm } | undefined;
  #outcome: Outcome | undefined;
  #focusOutcome = false;

  /** Loads the event again, e.g. after an error. */
  reload(): void {
    void this.#event.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const event = this.#event.status === TaskStatus.COMPLETE ? this.#event.value : undefined;
    if (event && this.#form?.eventId !== event.id) this.#startForm(event);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#focusOutcome) return;
    this.#focusOutcome = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="outcome"]')?.focus();
  }

  /** A form of the event's own fields, and its draft, for each event the widget shows. */
  #startForm(event: CommunityEvent): void {
    if (this.#form) {
      this.#form.controller.hostDisconnected();
      this.removeController(this.#form.controller);
    }
    this.#outcome = undefined;
    const questions = event.questions ?? [];
    const controller: RegistrationForm = new FormController(this, {
      schema: registrationSchema(questions),
      initial: emptyRegistration(questions),
      draftKey: () => `event-registration:${this.config.api ?? ''}:${event.id}`,
      submit: async (input, { idempotencyKey, signal }) => {
        const registration = await this.client
          .use(EventsResource)
          .register(event.id, input, { idempotencyKey, signal });
        this.#outcome = { registration, email: input.email };
        return registration;
      },
      onSent: (registration) => {
        this.#focusOutcome = true;
        // not inline: the manifest analyzer would read the argument as the event's name
        const registered = new NgoRegisteredEvent(registration);
        this.dispatchEvent(registered);
      },
    });
    this.#form = { eventId: event.id, controller };
  }

  protected override renderContent() {
    const messages = this.localizer.text(eventRegistrationMessages);
    return html`
      <div class="registration">
        ${this.#event.render({
          initial: () => this.#renderLoading(messages),
          pending: () => this.#renderLoading(messages),
          complete: (event) =>
            event ? this.#renderEvent(event, messages) : [liveRegion(messages.notFound), this.#notFound(messages)],
          error: (error) =>
            isNgoApiError(error) && error.status === 404
              ? [liveRegion(messages.notFound), this.#notFound(messages)]
              : (this.#renderKept(error) ?? [liveRegion(''), errorView({ error, localizer: this.localizer, onRetry: () => this.reload() })]),
        })}
      </div>
    `;
  }

  /**
   * The event cannot load for want of a network (e.g. a reload while offline), but a registration sent
   * before is kept, in the draft and in the SDK's outbox: say so, not "could not reach the service". Back
   * online the event loads again, and the form sends the kept registration with its key and says it is in.
   */
  #renderKept(error: unknown) {
    if (!isNgoNetworkError(error) || !this.eventId) return undefined;
    // the form's own draft name (see `draftKey` in #startForm)
    const draft = draftStore.load(`event-registration:${this.config.api ?? ''}:${this.eventId}`);
    if (!draft?.queuedKey) return undefined;
    return [liveRegion(this.localizer.messages.states.offline), offlineView({ localizer: this.localizer, onSendNow: () => this.reload() })];
  }

  #renderLoading(messages: EventRegistrationMessages) {
    return [liveRegion(messages.loading), loadingView({ label: messages.loading, rows: 1 })];
  }

  #notFound(messages: EventRegistrationMessages) {
    return html`<div part="status status-error" class="state error" role="alert"><p>${messages.notFound}</p></div>`;
  }

  #renderEvent(event: CommunityEvent, messages: EventRegistrationMessages) {
    const form = this.#form?.eventId === event.id ? this.#form.controller : undefined;
    if (form?.status === 'sent' && this.#outcome) {
      return [this.#renderHeader(event, messages), this.#renderOutcome(event, this.#outcome, messages)];
    }
    const closed = closedReason(event);
    if (closed) {
      const text =
        closed === 'cancelled'
          ? messages.closedCancelled
          : this.localizer.fill(messages.closedDeadline, {
              date: this.#closingDate(event),
            });
      return [
        liveRegion(text),
        this.#renderHeader(event, messages),
        html`<div part="status status-closed" class="state closed"><p>${text}</p></div>`,
      ];
    }
    if (!form) return this.#renderLoading(messages);
    return [this.#renderHeader(event, messages), this.#renderForm(event, form, messages)];
  }

  #closingDate(event: CommunityEvent): string {
    return new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: event.timeZone,
    }).format(event.registrationDeadline ?? event.startsAt);
  }

  #renderHeader(event: CommunityEvent, messages: EventRegistrationMessages): TemplateResult {
    const when = eventWhen(this.locale, event);
    const place = event.location
      ? [event.location.name, event.location.address, event.location.city].filter(Boolean).join(', ')
      : messages.online;
    const left = placesLeft(event);
    return html`
      <header part="event" class="event">
        <h2 part="title" class="title" lang=${event.language}>${event.title}</h2>
        <p part="when" class="when">
          <time datetime=${event.startsAt.toISOString()}>${when.local}</time>
          ${when.viewer ? html`<span class="viewer-time">${this.localizer.fill(messages.yourTime, { time: when.viewer })}</span>` : nothing}
        </p>
        <p part="place" class="place" lang=${event.location ? event.language : this.locale}>${place}</p>
        ${left !== undefined && left > 0 && closedReason(event) === undefined
          ? html`<p part="places" class="places">${this.localizer.plural(messages.placesLeft, left)}</p>`
          : nothing}
      </header>
    `;
  }

  #renderForm(event: CommunityEvent, form: RegistrationForm, messages: EventRegistrationMessages) {
    const formTexts = this.localizer.text(formMessages);
    if (form.status === 'offline') {
      return [liveRegion(form.announcement()), offlineView({ localizer: this.localizer, onSendNow: () => form.resend(), slow: form.slow })];
    }
    const full = isFull(event);
    return html`
      ${liveRegion((form.status === 'failed' && this.#failure(form.error, messages)) || form.announcement())}
      ${full
        ? html`<div part="status status-full" class="state full"><p>${messages.full}</p></div>`
        : nothing}
      ${form.status === 'failed' ? this.#renderFailure(form, messages) : nothing}
      <form part="form" novalidate aria-label=${messages.label} @submit=${form.submit}>
        ${textField(form, { name: 'name', label: messages.name, required: true, autocomplete: 'name' })}
        ${textField(form, {
          name: 'email',
          label: messages.email,
          type: 'email',
          required: true,
          autocomplete: 'email',
          hint: messages.emailHint,
        })}
        ${textField(form, { name: 'phone', label: messages.phone, type: 'tel', autocomplete: 'tel', hint: messages.phoneHint })}
        ${selectField(form, {
          name: 'role',
          label: messages.role,
          choices: [
            ['attendee', messages.roles.attendee],
            ['volunteer', messages.roles.volunteer],
          ],
        })}
        ${(event.questions ?? []).map((question) => this.#renderQuestion(form, question, event, messages))}
        ${checkboxField(form, { name: 'consent', label: messages.consent, required: true })}
        ${honeypotField(form, { label: formTexts.honeypot })}
        <button part="submit" class="button" type="submit" ?disabled=${form.status === 'sending'}>
          ${full ? messages.submitWaitlist : messages.submit}
        </button>
      </form>
    `;
  }

  #renderQuestion(form: RegistrationForm, question: RegistrationQuestion, event: CommunityEvent, messages: EventRegistrationMessages) {
    const name = answerField(question);
    const label = question.required
      ? question.prompt
      : this.localizer.fill(messages.optionalQuestion, { prompt: question.prompt });
    // The prompt and options are in the event's language; the wrapper says so to screen readers.
    if (question.type === 'text') {
      return html`<div class="question" lang=${event.language}>
        ${textField(form, { name, label, multiline: true, required: question.required })}
      </div>`;
    }
    return html`<div class="question" lang=${event.language}>
      ${selectField(form, {
        name,
        label,
        choices: [['', messages.chooseOne], ...question.options.map((option) => [option.id, option.label] as const)],
      })}
    </div>`;
  }

  /** The sentence for a refused or failed registration: the API's reason when a person can act on it. */
  #failure(error: unknown, messages: EventRegistrationMessages): string {
    if (isNgoApiError(error) && error.code === 'conflict') return messages.alreadyRegistered;
    if (isNgoApiError(error) && error.code === 'unprocessable') return messages.closedMeanwhile;
    return '';
  }

  #renderFailure(form: RegistrationForm, messages: EventRegistrationMessages) {
    const reason = this.#failure(form.error, messages);
    if (reason) return html`<div part="status status-error" class="state error" role="alert"><p>${reason}</p></div>`;
    return errorView({ error: form.error, localizer: this.localizer, operation: 'send', onRetry: () => form.resend() });
  }

  #renderOutcome(event: CommunityEvent, outcome: Outcome, messages: EventRegistrationMessages) {
    const { registration, email } = outcome;
    const said =
      registration.status === 'waitlisted'
        ? this.localizer.fill(messages.waitlisted, { position: registration.waitlistPosition ?? 1 })
        : messages.confirmed;
    const file = calendarFileUrl({ ...event, joinUrl: registration.joinUrl });
    return [
      liveRegion(said),
      html`
        <div part="status status-success" class="state success outcome" data-status=${registration.status}>
          <p part="outcome" class="outcome-text" tabindex="-1">${said}</p>
          <p>${this.localizer.fill(messages.mailSent, { email })}</p>
          <ul class="links">
            <li>
              <a part="add-to-calendar" href=${file} download=${calendarFileName(event)}>${messages.addToCalendar}</a>
            </li>
            ${registration.joinUrl
              ? html`<li><a part="join" href=${registration.joinUrl} target="_blank" rel="noopener noreferrer">${messages.join}</a></li>`
              : nothing}
            <li><a part="cancel" href=${registration.cancellationUrl}>${messages.cancel}</a></li>
          </ul>
        </div>
      `,
    ];
  }
}
