import { css } from 'lit';

/**
 * What every form here looks like, with or without the fields of `fields.ts`:
 * its grid, labels and legends, hints, text boxes and their errors.
 * `<ngo-satisfaction-survey>` draws its own controls on it.
 */
export const formBaseStyles = css`
  form {
    display: grid;
    gap: var(--_space-m);
  }

  label,
  legend {
    font-weight: 600;
  }

  legend {
    padding: 0;
    margin-bottom: var(--_space-xs);
  }

  .hint {
    margin: 0;
    font-size: 0.875em;
    color: var(--_c-text-muted);
  }

  input:not([type='checkbox']),
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    color: inherit;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }

  [aria-invalid='true'] {
    border-color: var(--_c-danger);
    box-shadow: 0 0 0 1px var(--_c-danger);
  }

  .field-error {
    margin: 0;
    color: var(--_c-danger);
    font-size: 0.875em;
    font-weight: 600;
  }
`;
