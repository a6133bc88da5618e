import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Moves focus to the panel (`.panel`, `tabindex="-1"`) that replaces a form
 * when it is sent, kept offline or confirmed: the button that was pressed is
 * gone with the form, and focus must not fall back to the page's start.
 * `view()` names what the widget shows; focus moves when it changes to
 * anything but `form`.
 *
 * @example
 * ```ts
 * readonly #panelFocus = new PanelFocus(this, () => (this.form.status === 'sent' ? 'sent' : 'form'));
 * ```
 */
export class PanelFocus implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly #view: () => string;
  #shown = 'form';

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }, view: () => string) {
    this.#host = host;
    this.#view = view;
    host.addController(this);
  }

  hostUpdated(): void {
    const view = this.#view();
    if (view === this.#shown) return;
    this.#shown = view;
    if (view !== 'form') this.#host.renderRoot.querySelector<HTMLElement>('.panel')?.focus();
  }
}

/** Looks of a panel that takes focus, and of a submit button marked busy (`aria-disabled`, so it keeps focus). */
export const panelStyles = css`
  .panel:focus {
    outline: none;
  }

  .panel:focus-visible {
    outline: var(--_focus-ring);
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }

  .sent-to {
    font-weight: 600;
  }
`;
