import type { ReactiveController, ReactiveControllerHost } from 'lit';

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

export interface DialogControllerOptions {
  /** The widget's native `<dialog>`, once rendered. */
  dialog: () => HTMLDialogElement | null | undefined;
  /** Called after the dialog closed, however it closed (Escape, a close button, `close()`). */
  onClose?: (returnValue: string) => void;
}

/**
 * Opens a widget's native `<dialog>` as a modal: the page behind it is inert,
 * Escape closes it (the browser's own `cancel`), Tab and Shift+Tab go round
 * the dialog's controls instead of leaving for the browser's address bar, and
 * focus goes back to where it was (also inside another shadow root) when it
 * closes.
 *
 * @example
 * ```ts
 * readonly #details = new DialogController(this, { dialog: () => this.renderRoot.querySelector('dialog') });
 * // in render(): <dialog part="dialog" aria-labelledby="details-title">...</dialog>
 * // on click:    this.#details.open();
 * ```
 */
export class DialogController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DialogControllerOptions;
  #returnFocus: HTMLElement | undefined;
  #listening: HTMLDialogElement | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DialogControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#options.dialog()?.open ?? false;
  }

  /** Opens the dialog as a modal and moves focus into it (to its `autofocus` control, else the first one). */
  async open(): Promise<void> {
    await this.#host.updateComplete;
    const dialog = this.#options.dialog();
    if (!dialog || dialog.open) return;
    this.#returnFocus = deepActiveElement();
    this.#listen(dialog);
    dialog.showModal();
    if (!dialog.querySelector('[autofocus]')) this.#tabbables(dialog)[0]?.focus();
  }

  /** Closes the dialog with `returnValue`; focus goes back to where it was before it opened. */
  close(returnValue = ''): void {
    const dialog = this.#options.dialog();
    if (dialog?.open) dialog.close(returnValue);
  }

  hostDisconnected(): void {
    this.close();
    this.#unlisten();
  }

  #listen(dialog: HTMLDialogElement) {
    if (this.#listening === dialog) return;
    this.#unlisten();
    dialog.addEventListener('keydown', this.#onKeydown);
    dialog.addEventListener('close', this.#onClose);
    this.#listening = dialog;
  }

  #unlisten() {
    this.#listening?.removeEventListener('keydown', this.#onKeydown);
    this.#listening?.removeEventListener('close', this.#onClose);
    this.#listening = undefined;
  }

  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !this.#listening) return;
    const tabbables = this.#tabbables(this.#listening);
    const first = tabbables[0];
    const last = tabbables.at(-1);
    if (!first || !last) return;
    const active = deepActiveElement();
    if (event.shiftKey && (active === first || !this.#listening.contains(active ?? null))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  readonly #onClose = () => {
    const dialog = this.#listening;
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
    this.#options.onClose?.(dialog?.returnValue ?? '');
  };

  #tabbables(dialog: HTMLDialogElement): HTMLElement[] {
    return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => element.checkVisibility());
  }
}

function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
