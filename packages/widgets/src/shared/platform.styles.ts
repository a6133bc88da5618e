import { css } from 'lit';

/**
 * What every widget shares: the host box, the `base` part that fences the
 * widget off from what it would otherwise inherit from the page, the theme
 * tokens with their light and dark defaults, buttons, focus and the
 * visually-hidden helper.
 *
 * Each `--ngo-*` token is read once, into a private `--_*` property on
 * `.base`; widgets use the private ones. Defaults use `light-dark()`, so they
 * follow the `color-scheme` of `.base`: `light dark` (the reader's system)
 * unless the theme says otherwise. A page may set a token to a `light-dark()`
 * pair as well.
 */
export const platformStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none !important;
  }

  /*
   * The page reaches into the widget only through inheritance, so the base
   * resets everything inherited (a page's "* { color: red !important }" or
   * "font-size: 40px" on the host stops here) and takes back on purpose only
   * the font family: widgets wear the page's typeface.
   */
  .base {
    all: initial;
    display: block;
    color-scheme: light dark;
    font-family: var(--ngo-font-family, inherit);
    font-size: var(--ngo-font-size, medium);
    line-height: var(--ngo-line-height, 1.5);
    color: var(--_c-text);
    overflow-wrap: anywhere;

    --_c-primary: var(--ngo-color-primary, light-dark(#1f5fbf, #9cc0ff));
    --_c-on-primary: var(--ngo-color-on-primary, light-dark(#fff, #0a1f44));
    --_c-text: var(--ngo-color-text, light-dark(#1d2230, #e7eaf0));
    --_c-text-muted: var(--ngo-color-text-muted, light-dark(#4a5160, #b7bfcc));
    --_c-heading: var(--ngo-color-heading, var(--_c-text));
    --_c-surface: var(--ngo-color-surface, light-dark(#fff, #1b2029));
    --_c-surface-muted: var(--ngo-color-surface-muted, light-dark(#eef0f4, #2a303b));
    --_c-border: var(--ngo-color-border, light-dark(#b9bfca, #566072));
    --_c-danger: var(--ngo-color-danger, light-dark(#b3261e, #ffb4ab));
    --_c-success: var(--ngo-color-success, light-dark(#1b6e35, #8fd8a4));
    --_radius: var(--ngo-radius, 0.5em);
    --_space-xs: var(--ngo-space-xs, 0.25em);
    --_space-s: var(--ngo-space-s, 0.5em);
    --_space-m: var(--ngo-space-m, 0.75em);
    --_space-l: var(--ngo-space-l, 1em);
    --_focus-ring: var(--ngo-focus-ring, 3px solid light-dark(#0b57d0, #a8c7fa));
  }

  .base[data-theme='light'] {
    color-scheme: light;
  }

  .base[data-theme='dark'] {
    color-scheme: dark;
  }

  .button {
    font: inherit;
    cursor: pointer;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_c-primary);
    background: var(--_c-primary);
    color: var(--_c-on-primary);
  }

  .button.secondary {
    background: transparent;
    color: var(--_c-primary);
  }

  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
