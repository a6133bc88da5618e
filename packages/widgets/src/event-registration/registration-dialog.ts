import { NgoNetworkError, type CommunityEvent } from '@ngo-kit/sdk';
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { addStyles } from '../shared/add-styles.js';
import { DialogController } from '../shared/dialog/dialog-controller.js';
import { dialogStyles } from '../shared/dialog/dialog.styles.js';
import { localizerFor } from '../i18n/localizer.js';
import type { NgoElement } from '../shared/ngo-element.js';
import { errorView, loadingView } from '../shared/states.js';
import { registrationDialogMessages } from './dialog-messages.js';
import { whenIdle } from '../shared/when-idle.js';

/** The day dialog of `<ngo-event-calendar>` comes with the registration dialog's code, which has it anyway. */
export { DialogController };

const ownStyles = css`
  .registration-dialog {
    width: min(40em, calc(100vw - 2em));
  }

  .registration-dialog .dialog-header {
    margin-bottom: var(--_space-m);
  }

  /* the dialog is the card already */
  .registration-dialog ngo-event-registration {
    --ngo-event-registration-padding: 0;
  }
`;

/**
 * Defines `<ngo-event-registration>`. A dynamic import, so that a bundler puts
 * the form (its fields, validation and the registration's write schemas) in a
 * chunk of its own, which a page loads only when someone may register.
 */
export const loadRegistrationForm = (): Promise<unknown> => import('../event-registration.js');

export interface RegistrationDialogOptions {
  /**
   * Loads and defines `<ngo-event-registration>`; by default {@link loadRegistrationForm}, which has nothing to
   * wait for on a page that defined the form already. Tests slow it down or make it fail.
   */
  load?: () => Promise<unknown>;
}

type FormState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The registration dialog that `<ngo-event-list>` and `<ngo-event-calendar>`
 * share: a modal native `<dialog>` holding `<ngo-event-registration>` for the
 * event it was opened with, titled with the event, closed by Escape or its
 * close button, giving focus back to the control that opened it. The inner
 * widget gets the host's whole configuration (address, key, language, theme,
 * `fetch`) through the host, as every widget inside another's shadow root
 * does. The dialog brings its own styles into the host's shadow root.
 *
 * The form is not part of the host's first view: its code loads when the
 * browser is idle after the host connects, or when a pointer or focus reaches
 * a Register button ({@link prefetch}), and at the latest when the dialog
 * opens, which shows a placeholder until then. When it cannot be loaded (the
 * device is offline, the chunk is missing) the dialog says so with a retry
 * button, and tries again by itself when the browser is back online.
 *
 * @example
 * ```ts
 * readonly #registration = new RegistrationDialog(this);
 * // in renderContent(): ${this.#registration.render()}
 * // on a Register button: @click=${(e: Event) => this.#registration.open(event, e.currentTarget as HTMLElement)}
 * //                       @pointerenter=${this.#registration.prefetch} @focus=${this.#registration.prefetch}
 * ```
 */
export class RegistrationDialog implements ReactiveController {
  readonly #host: NgoElement;
  readonly #dialog: DialogController;
  readonly #load: () => Promise<unknown>;
  readonly #loadsByDefault: boolean;
  #event: CommunityEvent | undefined;
  #opener: HTMLElement | undefined;
  #state: FormState = 'idle';
  #failure: unknown;
  #cancelIdle: (() => void) | undefined;

  constructor(host: NgoElement, options: RegistrationDialogOptions = {}) {
    this.#host = host;
    this.#load = options.load ?? loadRegistrationForm;
    this.#loadsByDefault = options.load === undefined;
    this.#dialog = new DialogController(host, {
      dialog: () => this.#element(),
      // the opener, not whatever had focus: a calendar may open the dialog from a key press elsewhere
      onClose: () => {
        if (this.#opener?.isConnected) this.#opener.focus();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    addStyles(this.#host, dialogStyles, ownStyles);
    if (this.#state === 'idle') this.#cancelIdle = whenIdle(this.prefetch);
    addEventListener('online', this.#onOnline);
  }

  hostDisconnected(): void {
    this.#cancelIdle?.();
    removeEventListener('online', this.#onOnline);
  }

  /** Starts loading the form, if it is not loaded or on its way; a failure shows only once the dialog is open. */
  readonly prefetch = (): void => {
    if (this.#state === 'loading' || this.#state === 'ready') return;
    if (this.#loadsByDefault && customElements.get('ngo-event-registration')) {
      this.#settle('ready', undefined);
      return;
    }
    this.#state = 'loading';
    this.#load().then(
      () => this.#settle('ready', undefined),
      (error: unknown) => this.#settle('failed', new NgoNetworkError({ method: 'GET', url: 'ngo-event-registration', cause: error })),
    );
    if (this.#dialog.isOpen) this.#host.requestUpdate();
  };

  /** Opens the dialog for `event`; focus goes back to `opener` when it closes. */
  open(event: CommunityEvent, opener: HTMLElement): void {
    this.#event = event;
    this.#opener = opener;
    if (this.#state === 'failed') this.#state = 'idle';
    this.prefetch();
    this.#host.requestUpdate();
    void this.#dialog.open();
  }

  /** The dialog; put it anywhere in the host's template. */
  render(): TemplateResult {
    const event = this.#event;
    const localizer = localizerFor(this.#host.locale);
    const close = localizer.messages.dialog.close;
    const messages = localizer.text(registrationDialogMessages);
    // split around the title, so that the title keeps its own language
    const [before, after] = messages.dialogTitle.split('{title}');
    return html`
      <dialog part="registration-dialog" class="registration-dialog" aria-labelledby="registration-dialog-title">
        <div class="dialog-header">
          <h2 id="registration-dialog-title">
            ${event ? html`${before}<span lang=${event.language}>${event.title}</span>${after}` : nothing}
          </h2>
          <button part="registration-close" class="button secondary" type="button" @click=${() => this.#dialog.close()}>
            ${close}
          </button>
        </div>
        ${!event
          ? nothing
          : this.#state === 'ready'
            ? html`<ngo-event-registration event-id=${event.id}></ngo-event-registration>`
            : this.#state === 'failed'
              ? errorView({ error: this.#failure, localizer, onRetry: this.#retry })
              : loadingView({ label: messages.loadingForm, rows: 6 })}
      </dialog>
    `;
  }

  #element(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog.registration-dialog');
  }

  #settle(state: 'ready' | 'failed', failure: unknown) {
    this.#state = state;
    this.#failure = failure;
    this.#host.requestUpdate();
  }

  readonly #retry = async () => {
    this.#state = 'idle';
    this.prefetch();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // the retry button went with the error: focus stays in the dialog
    this.#element()?.querySelector<HTMLElement>('[part~="registration-close"]')?.focus();
  };

  readonly #onOnline = () => {
    if (this.#state === 'failed') {
      this.#state = 'idle';
      this.prefetch();
    }
  };
}
