import { css } from 'lit';

/**
 * The styles of the calendar's views of whole events (the agenda, the day's dialog), which come with them
 * (`day-events.ts`): the calendar adds them to its shadow root when they load, before it renders them.
 */
export const dayEventsStyles = css`
  .agenda-days,
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-m);
  }

  .agenda-date {
    margin: 0 0 var(--_space-s);
    font-size: 1em;
    color: var(--_c-heading);
  }

  .agenda-date[aria-current='date']::after {
    content: ' ●' / '';
    color: var(--_today);
  }

  .event {
    padding: var(--_space-m);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }

  .event[data-cancelled] .event-title {
    text-decoration: line-through;
  }

  .event p,
  .event-title {
    margin: 0 0 0.25em;
  }

  .event-title {
    font-size: 1.05em;
    line-height: 1.3;
    color: var(--_c-heading);
  }

  .event .button,
  .show-all {
    margin-top: var(--_space-s);
  }

  .day-dialog .events {
    margin-top: var(--_space-m);
  }

  .kind,
  .event-status {
    font-weight: 600;
  }

  .event-meta,
  .event-places {
    color: var(--_c-text-muted);
  }
`;
