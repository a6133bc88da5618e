import { css } from 'lit';

export const suggestionBoxStyles = css`
  /* its own surface: labels and notes stand on it, readable in either theme whatever the page's background */
  .box {
    --_gap: var(--ngo-suggestion-box-gap, var(--_space-m));
    display: grid;
    gap: calc(var(--_gap) * 2);
    padding: var(--ngo-suggestion-box-padding, var(--_space-m));
    border-radius: var(--_radius);
    background: var(--ngo-suggestion-box-background, var(--_c-surface));
    color: var(--_c-text);
  }

  .heading {
    margin: 0 0 var(--_space-s);
    font-size: 1.15em;
    line-height: 1.3;
    color: var(--_c-heading);
  }

  .result:focus {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .signed-in {
    margin: 0;
  }

  form .state.error {
    min-height: auto;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    margin-bottom: var(--_space-m);
  }

  .control {
    display: grid;
    gap: var(--_space-xs);
  }

  .control label {
    font-weight: 600;
  }

  /* the form's styles give every select its look; these fit their content */
  .control select {
    width: auto;
  }

  .suggestions {
    --_skeleton-row: var(--ngo-suggestion-box-item-min-height, 9em);
    --_reserve: calc(var(--_rows, 1) * var(--_skeleton-row) + (var(--_rows, 1) - 1) * var(--_gap));
    display: grid;
    gap: var(--_gap);
  }

  /* one rule per count, not a style attribute: a strict CSP forbids those */
  .suggestions[data-rows='2'] {
    --_rows: 2;
  }
  .suggestions[data-rows='3'] {
    --_rows: 3;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  .list[aria-busy='true'] {
    opacity: 0.6;
  }

  .item {
    box-sizing: border-box;
    padding: var(--_space-m) var(--_space-l);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--ngo-suggestion-box-item-background, var(--_c-surface));
  }

  .title {
    margin: 0 0 0.25em;
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_c-heading);
    overflow-wrap: anywhere;
  }

  .title:focus {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-s);
    font-size: 0.875em;
    color: var(--_c-text-muted);
  }

  /* the status reads as a word in a bordered badge: never colour alone */
  .suggestion-status {
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 600;
    color: var(--_c-text);
  }

  .suggestion-status[data-status='done'] {
    color: var(--_c-success);
  }

  .text,
  .reply-text {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .reply {
    margin-top: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 3px solid var(--_c-primary);
    border-radius: var(--_radius);
    background: var(--ngo-suggestion-box-reply-background, var(--_c-surface-muted));
  }

  .reply-label {
    margin: 0 0 var(--_space-xs);
    font-weight: 600;
    font-size: 0.875em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    margin-top: var(--_space-s);
  }

  .vote {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    font: inherit;
    cursor: pointer;
    padding: 0.25em 0.8em;
    border-radius: var(--_radius);
    border: 1px solid var(--_c-primary);
    background: transparent;
    color: var(--_c-primary);
  }

  /* pressed: filled, with a tick instead of the arrow, so the state shows in shape as well as colour */
  .vote[aria-pressed='true'] {
    background: var(--_c-primary);
    color: var(--_c-on-primary);
  }

  .vote[data-pending] {
    cursor: progress;
  }

  .vote-count {
    font-weight: 600;
  }

  .vote-error {
    margin: 0;
    color: var(--_c-danger);
    font-size: 0.875em;
    font-weight: 600;
  }

  .more {
    justify-self: start;
  }
`;
