import { css } from 'lit';

export const announcementsStyles = css`
  .notices {
    --_gap: var(--ngo-announcements-gap, var(--_space-m));
    --_skeleton-row: var(--ngo-announcements-item-min-height, 8em);
    --_reserve: calc(var(--_rows, 1) * var(--_skeleton-row) + (var(--_rows, 1) - 1) * var(--_gap));
  }

  .notice {
    --_card-background: var(--ngo-announcements-item-background, var(--_c-surface));
    /* a staff text's unbroken string wraps instead of widening the page */
    overflow-wrap: anywhere;
  }

  /* pinned reads from the mark's icon and word; the thicker edge only repeats it */
  .notice[data-pinned] {
    --_card-background: var(--ngo-announcements-pinned-background, var(--_c-surface-muted));
    border-inline-start-width: 0.35em;
    border-inline-start-color: var(--_c-primary);
  }

  .pinned {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    margin: 0 0 var(--_space-xs);
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_c-text);
  }

  .pin {
    width: 1em;
    height: 1em;
    fill: currentColor;
  }

  /* text from the API keeps its own direction and lends none to what follows */
  .title,
  .event,
  .body {
    unicode-bidi: isolate;
  }

  .meta,
  .event {
    margin: 0;
    font-size: 0.875em;
    color: var(--_c-text-muted);
  }

  a {
    color: var(--_c-primary);
  }

  .body {
    margin-top: var(--_space-s);
  }

  .body > :first-child {
    margin-top: 0;
  }

  .body > :last-child {
    margin-bottom: 0;
  }

  .body h4,
  .body h5 {
    margin: var(--_space-m) 0 var(--_space-xs);
    font-size: 1em;
    color: var(--_c-heading);
  }

  .body pre {
    overflow-x: auto;
    white-space: pre-wrap;
  }

  .body blockquote {
    margin-inline: 0;
    padding-inline-start: var(--_space-m);
    border-inline-start: 0.25em solid var(--_c-border);
  }

  .more-error {
    margin: var(--_space-m) 0 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_c-danger);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }

  /* on a surface of its own: the page behind a dark widget may be light */
  .button.show-more {
    margin-top: var(--_space-m);
    background: var(--_c-surface);
  }

  .button.show-more[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
`;
