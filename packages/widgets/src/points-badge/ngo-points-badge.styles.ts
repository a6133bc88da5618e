import { css } from 'lit';

export const pointsBadgeStyles = css`
  .points {
    --_accent: var(--ngo-points-badge-accent, var(--_c-primary));
    --_summary-height: var(--ngo-points-badge-summary-min-height, 9.5em);
    --_row: var(--ngo-points-badge-row-min-height, 4.5em);
    --_gap: var(--_space-s);
  }

  h2,
  h3,
  h4,
  p {
    margin: 0;
  }

  /* the full form */

  .card {
    box-sizing: border-box;
    display: grid;
    gap: var(--_space-l);
    padding: var(--_space-l);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }

  .card-title {
    font-size: 1.25em;
    line-height: 1.3;
    color: var(--_c-heading);
  }

  .summary-area {
    --_skeleton-row: var(--_summary-height);
    --_reserve: var(--_summary-height);
  }

  .summary {
    box-sizing: border-box;
    min-height: var(--_summary-height);
    display: grid;
    align-content: start;
    gap: var(--_space-xs);
  }

  .summary-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }

  .balance {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.2;
    color: var(--_accent);
  }

  .earned,
  .next-reward,
  .top-tier {
    color: var(--_c-text-muted);
  }

  .tier {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
    white-space: nowrap;
    background: var(--_c-surface-muted);
  }

  .tier-mark {
    letter-spacing: -0.1em;
  }

  .progress {
    display: grid;
    gap: var(--_space-xs);
    margin-top: var(--_space-s);
  }

  progress {
    width: 100%;
    height: 0.75em;
    accent-color: var(--_accent);
  }

  /* the compact form */

  .open {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-width: 10em;
    min-height: 2.5em;
    padding: 0.3em 0.9em;
    border: 1px solid var(--_c-border);
    border-radius: 999px;
    background: var(--_c-surface);
    color: var(--_c-text);
    font: inherit;
    text-decoration: none;
  }

  button.open {
    cursor: pointer;
  }

  .open-balance {
    font-weight: 700;
    color: var(--_accent);
  }

  .open .tier {
    font-size: 0.875em;
  }

  .open-skeleton {
    display: block;
    width: 12em;
    border-color: transparent;
    background: var(--_c-surface-muted);
  }

  .compact-text {
    border-style: dashed;
  }

  .compact-error .state {
    min-height: 2.5em;
    flex-direction: row;
    flex-wrap: wrap;
    gap: var(--_space-s);
    padding: var(--_space-xs) var(--_space-m);
    text-align: start;
  }

  .compact-error .state p {
    margin: 0;
  }

  .panel {
    overflow: auto;
  }

  .panel .summary {
    margin-block: var(--_space-l);
  }

  /* the panel's sections */

  .sections {
    display: grid;
    gap: var(--_space-l);
  }

  .section {
    display: grid;
    gap: var(--_space-s);
  }

  .section h3 {
    font-size: 1.1em;
    color: var(--_c-heading);
  }

  .rows {
    --_skeleton-row: var(--_row);
    --_reserve: calc(var(--_rows, 1) * var(--_row) + (var(--_rows, 1) - 1) * var(--_gap));
  }

  /* one rule per count, not a style attribute: a strict CSP forbids those */
  .rows[data-rows='2'] {
    --_rows: 2;
  }
  .rows[data-rows='4'] {
    --_rows: 4;
  }
  .rows[data-rows='5'] {
    --_rows: 5;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  .row {
    box-sizing: border-box;
    min-height: var(--_row);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
  }

  .row-text {
    flex: 1 1 14em;
    min-width: 0;
  }

  .row-title {
    font-size: 1em;
    font-weight: 600;
    color: var(--_c-heading);
  }

  .row-meta,
  .description {
    font-size: 0.9em;
    color: var(--_c-text-muted);
  }

  .row-action {
    display: grid;
    justify-items: end;
    gap: var(--_space-xs);
    max-width: 100%;
  }

  .amount {
    font-weight: 700;
    white-space: nowrap;
  }

  .entry[data-kind='earned'] .amount {
    color: var(--_c-success);
  }

  .why {
    font-size: 0.875em;
    color: var(--_c-text-muted);
    text-align: end;
  }

  .error-text {
    color: var(--_c-danger);
  }

  .reward[data-stock='out'] .row-title {
    color: var(--_c-text-muted);
  }

  .confirm {
    display: grid;
    gap: var(--_space-s);
    justify-items: end;
    max-width: 24em;
  }

  .question {
    font-weight: 600;
    text-align: end;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: var(--_space-s);
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  .more {
    justify-self: start;
  }

  .outcome,
  .notice {
    min-height: auto;
  }

  .sign-in a {
    text-decoration: none;
  }

  a.button {
    display: inline-block;
  }

  :focus:not(:focus-visible) {
    outline: none;
  }
`;
