import type { CommunityEvent } from '@ngo-kit/sdk';
import { nothing, type ReactiveController } from 'lit';
import type { NgoElement } from '../shared/ngo-element.js';
import { loadOnce } from '../shared/load-once.js';
import { whenIdle } from '../shared/when-idle.js';
import type * as registrationDialog from './registration-dialog.js';
import type { RegistrationDialog } from './registration-dialog.js';

/** The registration dialog's module: its shell, and the dialog controller that comes with it. */
export type RegistrationDialogModule = typeof registrationDialog;

/**
 * The registration dialog ({@link RegistrationDialog}) of a widget that shows
 * Register buttons in its first view, as `<ngo-event-list>` does, without its
 * code in the widget's first file: only a click on Register needs it.
 * (`<ngo-event-calendar>` shows its Register buttons in views that load later,
 * with the dialog.) It loads when the browser is idle
 * after the host connects (at the latest a second later), or when a pointer or
 * focus reaches a Register button ({@link prefetch}), so that it is there,
 * and works offline, by the time someone clicks; the dialog then loads the
 * form the same way. The dialog is rendered once its code is there. Should
 * the code fail to come (the device went offline before it did), the next
 * `open` or `prefetch` asks for it again.
 *
 * @example
 * ```ts
 * readonly #registration = new LazyRegistrationDialog(this);
 * // in renderContent(): ${this.#registration.render()}
 * // on a Register button: @click=${(e: Event) => this.#registration.open(event, e.currentTarget as HTMLElement)}
 * //                       @pointerenter=${this.#registration.prefetch} @focus=${this.#registration.prefetch}
 * ```
 */
export class LazyRegistrationDialog implements ReactiveController {
  readonly #host: NgoElement;
  #dialog: RegistrationDialog | undefined;
  #cancelIdle: (() => void) | undefined;

  constructor(host: NgoElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#dialog) this.#cancelIdle = whenIdle(this.prefetch, 1_000);
  }

  hostDisconnected(): void {
    this.#cancelIdle?.();
  }

  /** Starts loading the dialog's code, if it is not loaded or on its way, and then the form's. */
  readonly prefetch = (): void => {
    this.load().then(
      () => this.#dialog?.prefetch(),
      () => undefined,
    );
  };

  /**
   * The dialog's module, once loaded; the dialog is made (and rendered by the host) then. A failed load
   * is forgotten, so that the next call tries again.
   */
  readonly load = loadOnce(async (): Promise<RegistrationDialogModule> => {
    const module = await import('./registration-dialog.js');
    this.#dialog ??= new module.RegistrationDialog(this.#host);
    this.#host.requestUpdate();
    return module;
  });

  /** Opens the dialog for `event` once its code is there; focus goes back to `opener` when it closes. */
  open(event: CommunityEvent, opener: HTMLElement): void {
    this.load().then(
      () => this.#dialog?.open(event, opener),
      () => undefined,
    );
  }

  /** The dialog, once its code is there; put it anywhere in the host's template. */
  render(): unknown {
    return this.#dialog?.render() ?? nothing;
  }
}
