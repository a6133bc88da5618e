import { css } from 'lit';

/**
 * The calendar's styles. Their notes are here, not in the CSS, which the bundle ships as it is:
 * - the layout follows the widget's own width (a container query), not the window's: a calendar in a
 *   sidebar is narrow on any screen;
 * - `.calendar` is a surface of its own: a dark calendar on a light page keeps its contrast;
 * - `--_reserve` is what an error takes: the weekday row and the weeks, so that it moves nothing;
 * - one rule per count of weeks, not a style attribute: a strict CSP forbids those;
 * - today is a filled circle, a shape and not a colour alone;
 * - a chip is a row: the time and the markers keep their room, the title gives way with an ellipsis.
 */
export const eventCalendarStyles = css`
  .calendar {
    container: ngo-event-calendar / inline-size;
    padding: var(--ngo-event-calendar-padding, var(--_space-m));
    border-radius: var(--_radius);
    background: var(--ngo-event-calendar-background, var(--_c-surface));
    --_day-height: var(--ngo-event-calendar-day-height, 6.75em);
    --_today: var(--ngo-event-calendar-today-color, var(--_c-primary));
    --_chip: var(--ngo-event-calendar-event-background, var(--_c-surface-muted));
    --_weeks: 5;
    --_reserve: calc(1.75em + var(--_weeks) * var(--_day-height) + 1px);
  }

  .calendar[data-weeks='4'] {
    --_weeks: 4;
  }
  .calendar[data-weeks='6'] {
    --_weeks: 6;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    color: var(--_c-heading);
  }

  .navigation {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }

  .summary {
    margin: var(--_space-xs) 0 var(--_space-s);
    min-height: 1.5em;
    color: var(--_c-text-muted);
  }

  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }

  .grid th {
    height: 2em;
    padding: 0 var(--_space-xs);
    font-size: 0.875em;
    font-weight: 600;
    text-align: start;
    color: var(--_c-text-muted);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .grid td {
    box-sizing: border-box;
    height: var(--_day-height);
    padding: var(--_space-xs);
    vertical-align: top;
    border: 1px solid var(--_c-border);
    background: var(--_c-surface);
    overflow: hidden;
    cursor: pointer;
  }

  .grid td[data-outside] {
    background: var(--_c-surface-muted);
    color: var(--_c-text-muted);
  }

  .grid td:focus-visible {
    outline-offset: -3px;
  }

  .day-number {
    display: inline-block;
    min-width: 1.6em;
    line-height: 1.6em;
    text-align: center;
    font-size: 0.875em;
    font-weight: 600;
  }

  td[aria-current='date'] .day-number {
    border-radius: 999px;
    background: var(--_today);
    color: var(--_c-on-primary);
  }

  .chip,
  .more {
    display: block;
    margin-top: 2px;
    padding: 0 var(--_space-xs);
    font-size: 0.8125em;
    line-height: 1.45;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .chip {
    display: flex;
    gap: 0.3em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_chip);
  }

  .chip > [lang] {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .chip > :not([lang]) {
    flex: none;
  }

  .chip[data-cancelled] {
    text-decoration: line-through;
  }

  .time,
  .more {
    font-weight: 600;
  }

  .more {
    color: var(--_c-text-muted);
  }

  .placeholder {
    display: block;
    width: 70%;
    height: 1.1em;
    margin-top: var(--_space-xs);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_c-surface-muted);
  }

  @media (prefers-reduced-motion: no-preference) {
    .placeholder {
      animation: ngo-pulse 1.5s ease-in-out infinite;
    }
  }

  .agenda,
  .agenda-probe {
    display: none;
  }

  @container ngo-event-calendar (max-width: 32em) {
    .grid {
      display: none;
    }

    .agenda,
    .agenda-probe {
      display: block;
    }

    .state {
      min-height: 12em;
    }
  }
`;
