import { css } from 'lit';

export const newsletterSignupStyles = css`
  /* a surface of its own: a dark widget on a light footer (or the reverse) must still read */
  .base {
    container-type: inline-size;
    box-sizing: border-box;
    padding: var(--ngo-newsletter-signup-padding, var(--_space-m));
    border-radius: var(--_radius);
    background: var(--ngo-newsletter-signup-background, var(--_c-surface));
    --_skeleton-row: 1.75em;
    --_gap: var(--_space-xs);
  }

  form {
    gap: var(--_space-s);
  }

  .inline {
    display: grid;
    gap: var(--_space-s);
  }

  .inline > .button {
    justify-self: start;
  }

  /*
   * Two lines where they fit (the widget's own width decides, not the
   * window's): e-mail and language, then consent and the button. The fields'
   * label, control and message rows are shared through a subgrid, so the two
   * controls line up whatever message either shows.
   */
  @container (min-width: 28em) {
    .inline {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-rows: auto auto auto auto;
      column-gap: var(--_space-m);
      row-gap: var(--_space-xs);
    }

    .inline > .field:not(.checkbox) {
      grid-row: span 3;
      grid-template-rows: subgrid;
      row-gap: 0;
    }

    .inline > .field.checkbox {
      grid-row: 4;
      grid-column: 1;
      margin-top: var(--_space-s);
    }

    .inline > .button {
      grid-row: 4;
      grid-column: 2;
      align-self: start;
      justify-self: stretch;
      margin-top: var(--_space-s);
    }
  }

  .state.error {
    margin-bottom: var(--_space-s);
  }

  .archive {
    margin-top: var(--_space-m);
    --_reserve: calc(var(--_rows, 1) * var(--_skeleton-row) + (var(--_rows, 1) - 1) * var(--_gap));
  }

  /* one rule per count, not a style attribute: a strict CSP forbids those */
  .archive[data-rows='2'] {
    --_rows: 2;
  }
  .archive[data-rows='3'] {
    --_rows: 3;
  }
  .archive[data-rows='4'] {
    --_rows: 4;
  }
  .archive[data-rows='5'] {
    --_rows: 5;
  }
  .archive[data-rows='6'] {
    --_rows: 6;
  }

  .archive-title {
    margin: 0 0 var(--_space-xs);
    font-weight: 600;
    color: var(--_c-heading);
  }

  .issues {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  .issue {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-s);
    min-height: var(--_skeleton-row);
  }

  .month {
    font-size: 0.875em;
    color: var(--_c-text-muted);
  }

  a {
    color: var(--_c-primary);
  }
`;
