import { css, type CSSResultGroup } from 'lit';

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

/** The fields of `fields.ts`: text, checkbox, choice groups, the honeypot. */
const fieldStyles = css`
  .field {
    display: grid;
    gap: var(--_space-xs);
  }

  .field.checkbox {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: var(--_space-s);
  }

  .field.checkbox .field-error {
    grid-column: 1 / -1;
  }

  .field.checkbox .hint {
    grid-column: 2;
  }

  fieldset.group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
    gap: var(--_space-xs) var(--_space-m);
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: var(--_space-s);
  }

  .choice label {
    font-weight: normal;
  }

  .checkbox label {
    font-weight: normal;
  }

  input[type='checkbox'] {
    width: 1.15em;
    height: 1.15em;
    margin: 0.2em 0 0;
    accent-color: var(--_c-primary);
  }

  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;

/** Looks of the fields in `fields.ts`, on the base every form shares. */
export const formStyles: CSSResultGroup = [formBaseStyles, fieldStyles];
