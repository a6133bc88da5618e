import { css } from 'lit';

export const eventListStyles = css`
  .events {
    --_gap: var(--ngo-event-list-gap, var(--_space-m));
    --_skeleton-row: var(--ngo-event-list-item-min-height, 11em);
    --_reserve: calc(var(--_rows, 1) * var(--_skeleton-row) + (var(--_rows, 1) - 1) * var(--_gap));
  }

  /* one rule per count, not a style attribute: a strict CSP forbids those */
  .events[data-rows='2'] {
    --_rows: 2;
  }
  .events[data-rows='3'] {
    --_rows: 3;
  }
  .events[data-rows='4'] {
    --_rows: 4;
  }
  .events[data-rows='5'] {
    --_rows: 5;
  }

  /*
   * A block with margins, not a grid with a gap: Chromium lays out each item
   * of a grid several times to size its row, which made laying out 500 events
   * take over a second; blocks are laid out once.
   */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: block;
  }

  .event + .event {
    margin-top: var(--_gap);
  }

  .event {
    box-sizing: border-box;
    min-height: var(--_skeleton-row);
    padding: var(--_space-m) var(--_space-l);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--ngo-event-list-item-background, var(--_c-surface));
  }

  .title {
    margin: 0 0 0.25em;
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_c-heading);
  }

  .when,
  .meta {
    margin: 0;
  }

  .relative {
    display: inline-block;
    margin-inline-start: var(--_space-s);
    padding: 0 var(--_space-s);
    border-radius: var(--_radius);
    font-size: 0.875em;
    background: var(--_c-surface-muted);
    color: var(--_c-text-muted);
  }

  .meta {
    color: var(--_c-text-muted);
  }

  .kind {
    font-weight: 600;
  }

  .viewer-time {
    color: var(--_c-text-muted);
  }

  .facts {
    margin: var(--_space-xs) 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
  }

  .availability.full,
  .availability.closed {
    font-weight: 600;
  }

  .actions {
    margin-top: var(--_space-s);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }

  .calendar-link {
    color: var(--_c-primary);
  }

  /* on the widget's own surface: a dark list on a light page must not put its light labels on the page's white */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    margin-bottom: var(--_space-m);
    padding: var(--_space-s) var(--_space-l);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }

  .filters .field {
    flex: 1 1 12em;
  }
`;
