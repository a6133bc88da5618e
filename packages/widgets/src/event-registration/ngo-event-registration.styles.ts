import { css } from 'lit';

export const eventRegistrationStyles = css`
  .registration {
    --_skeleton-row: var(--ngo-event-registration-min-height, 30em);
    display: grid;
    gap: var(--_space-m);
  }

  .event {
    display: grid;
    gap: var(--_space-xs);
  }

  .title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
    color: var(--_c-heading);
  }

  .when,
  .place,
  .places {
    margin: 0;
  }

  .viewer-time,
  .place,
  .places {
    color: var(--_c-text-muted);
  }

  .viewer-time {
    margin-inline-start: var(--_space-xs);
  }

  .state.full,
  .state.closed {
    align-items: start;
    text-align: start;
    border-color: var(--_c-border);
  }

  .outcome {
    align-items: start;
    text-align: start;
  }

  .outcome-text {
    font-weight: 700;
  }

  .outcome-text:focus {
    outline: none;
  }

  .outcome-text:focus-visible {
    outline: var(--_focus-ring);
  }

  .links {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-xs);
  }

  a {
    color: var(--_c-primary);
  }

  form > .button {
    justify-self: start;
  }
`;
