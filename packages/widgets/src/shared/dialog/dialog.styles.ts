import { css } from 'lit';

/** Looks of a widget's native `<dialog>`: a card on a dimmed page, in the widget's theme. */
export const dialogStyles = css`
  dialog {
    box-sizing: border-box;
    width: min(36em, calc(100vw - 2em));
    max-height: calc(100dvh - 2em);
    padding: var(--_space-l);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
    font: inherit;
    color-scheme: inherit;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .dialog-header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space-m);
  }

  .dialog-header h2 {
    margin: 0;
    font-size: 1.25em;
    color: var(--_c-heading);
  }

  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: ngo-dialog-in 150ms ease-out;
    }
  }

  @keyframes ngo-dialog-in {
    from {
      opacity: 0;
      transform: translateY(0.5em);
    }
  }
`;
