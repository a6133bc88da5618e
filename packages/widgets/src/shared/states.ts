import { isNgoApiError } from '@ngo-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localizer.js';
import { errorKind } from './error-kind.js';

/**
 * The state views every widget uses, so that loading, empty, error, offline
 * and success look, read and behave the same everywhere. They are visual; a
 * widget announces changes through one {@link liveRegion} that stays on the
 * page in every state (a region that appears with its text is often not read).
 *
 * Each view fills at least `--_reserve` (set by the widget to the height of
 * its usual content), so that going from one state to another does not move
 * the page.
 */

/** A polite live region, present in every state, for what a screen reader should hear. */
export function liveRegion(text: string): TemplateResult {
  return html`<p class="visually-hidden" role="status" aria-live="polite">${text}</p>`;
}

/**
 * Placeholder rows where the content will be: `rows` boxes of the widget's
 * `--_skeleton-row` height, in a list marked busy and named `label`.
 */
export function loadingView(options: { label: string; rows: number }): TemplateResult {
  return html`
    <ul part="skeleton" class="skeleton" aria-label=${options.label} aria-busy="true">
      ${Array.from({ length: Math.max(1, options.rows) }, () => html`<li aria-hidden="true"></li>`)}
    </ul>
  `;
}

export function emptyView(message: string): TemplateResult {
  return html`<div part="status status-empty" class="state"><p>${message}</p></div>`;
}

/**
 * What went wrong, in the widget's language and from the error's code, with a
 * retry button. `operation` says whether something was being loaded or sent:
 * a server error then reads "could not be loaded" or "could not be sent".
 */
export function errorView(options: {
  error: unknown;
  localizer: Localizer;
  onRetry: () => void;
  operation?: 'load' | 'send';
}): TemplateResult {
  const { localizer, onRetry } = options;
  return html`
    <div part="status status-error" class="state error" role="alert">
      <p>${describeError(options.error, localizer, options.operation ?? 'load')}</p>
      <button part="retry" class="button" type="button" @click=${onRetry}>${localizer.messages.states.retry}</button>
    </div>
  `;
}

/** The sentence that tells a person what went wrong and what to do. */
export function describeError(error: unknown, localizer: Localizer, operation: 'load' | 'send'): string {
  const { states } = localizer.messages;
  const kind = errorKind(error);
  if (kind === 'server' && operation === 'send') return states.notSent;
  if (kind === 'rate_limited') {
    const seconds = isNgoApiError(error) ? error.retryAfter : undefined;
    const when = seconds ? localizer.relativeSeconds(seconds) : states.soon;
    return localizer.fill(states.errors.rate_limited, { when });
  }
  return states.errors[kind];
}

/**
 * The submission could not leave the device: it is kept and will be sent.
 * `onSendNow` tries at once; without it the button is left out. `slow`: it
 * timed out while the browser is online (a form's `slow`), so the view says
 * it is taking long and being tried again, not that the person is offline.
 */
export function offlineView(options: {
  localizer: Localizer;
  onSendNow?: (() => void) | undefined;
  slow?: boolean | undefined;
}): TemplateResult {
  const { states } = options.localizer.messages;
  return html`
    <div part="status status-offline" class="state offline">
      <p>${options.slow ? states.slow : states.offline}</p>
      ${options.onSendNow
        ? html`<button part="send-now" class="button secondary" type="button" @click=${options.onSendNow}>
            ${states.sendNow}
          </button>`
        : nothing}
    </div>
  `;
}

export function successView(message: string): TemplateResult {
  return html`<div part="status status-success" class="state success"><p>${message}</p></div>`;
}
