import { css, type CSSResultGroup } from 'lit';
import { formBaseStyles } from './form-base.styles.js';

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
