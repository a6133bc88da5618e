import type { CommunityEvent } from '@ngo-kit/sdk';
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import '../event-registration.js';
import { DialogController } from '../shared/dialog/dialog-controller.js';
import { dialogStyles } from '../shared/dialog/dialog.styles.js';
import { localizerFor } from '../i18n/localizer.js';
import type { NgoElement } from '../shared/ngo-element.js';
import { eventRegistrationMessages } from './messages.js';

const ownStyles = css`
  .registration-dialog {
    width: min(40em, calc(100vw - 2em));
  }

  .registration-dialog .dialog-header {
    margin-bottom: var(--_space-m);
  }
`;

/**
 * The registration dialog that `<ngo-event-list>` and `<ngo-event-calendar>`
 * share: a modal native `<dialog>` holding `<ngo-event-registration>` for the
 * event it was opened with, titled with the event, closed by Escape or its
 * close button, giving focus back to the control that opened it. The inner
 * widget gets the host's whole configuration (address, key, language, theme,
 * `fetch`) through the host, as every widget inside another's shadow root
 * does. The dialog brings its own styles into the host's shadow root.
 *
 * @example
 * ```ts
 * readonly #registration = new RegistrationDialog(this);
 * // in renderContent(): ${this.#registration.render()}
 * // on a Register button: @click=${(e: Event) => this.#registration.open(event, e.currentTarget as HTMLElement)}
 * ```
 */
export class RegistrationDialog implements ReactiveController {
  readonly #host: NgoElement;
  readonly #dialog: DialogController;
  #event: CommunityEvent | undefined;
  #opener: HTMLElement | undefined;

  constructor(host: NgoElement) {
    this.#host = host;
    this.#dialog = new DialogController(host, {
      dialog: () => host.renderRoot.querySelector<HTMLDialogElement>('dialog.registration-dialog'),
      // the opener, not whatever had focus: a calendar may open the dialog from a key press elsewhere
      onClose: () => {
        if (this.#opener?.isConnected) this.#opener.focus();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.#host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const sheets = [dialogStyles, ownStyles].map((style) => style.styleSheet).filter((sheet) => sheet !== undefined);
    const missing = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
    if (missing.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
  }

  /** Opens the dialog for `event`; focus goes back to `opener` when it closes. */
  open(event: CommunityEvent, opener: HTMLElement): void {
    this.#event = event;
    this.#opener = opener;
    this.#host.requestUpdate();
    void this.#dialog.open();
  }

  /** The dialog; put it anywhere in the host's template. */
  render(): TemplateResult {
    const event = this.#event;
    const localizer = localizerFor(this.#host.locale);
    const close = localizer.messages.dialog.close;
    const label = localizer.text(eventRegistrationMessages).label;
    return html`
      <dialog part="registration-dialog" class="registration-dialog" aria-labelledby="registration-dialog-title">
        <div class="dialog-header">
          <h2 id="registration-dialog-title">
            ${label}${event ? html`: <span lang=${event.language}>${event.title}</span>` : nothing}
          </h2>
          <button part="registration-close" class="button secondary" type="button" @click=${() => this.#dialog.close()}>
            ${close}
          </button>
        </div>
        ${event ? html`<ngo-event-registration event-id=${event.id}></ngo-event-registration>` : nothing}
      </dialog>
    `;
  }
}
