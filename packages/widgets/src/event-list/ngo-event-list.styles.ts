import { css } from 'lit';

export const eventListStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--ngo-color-text, inherit);
    --_gap: var(--ngo-space-m, 0.75rem);
    --_item-min-height: 6.5rem;
  }

  :host([hidden]) {
    display: none;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  .event {
    box-sizing: border-box;
    min-height: var(--_item-min-height);
    padding: var(--ngo-space-m, 0.75rem) var(--ngo-space-l, 1rem);
    border: 1px solid var(--ngo-color-border, #d0d4dc);
    border-radius: var(--ngo-radius, 0.5rem);
    background: var(--ngo-color-surface, #fff);
  }

  .title {
    margin: 0 0 0.25em;
    font-size: 1.1em;
    line-height: 1.3;
    color: var(--ngo-color-heading, inherit);
  }

  .when,
  .meta {
    margin: 0;
    line-height: 1.5;
  }

  .meta {
    color: var(--ngo-color-text-muted, #4a5160);
  }

  .kind {
    font-weight: 600;
  }

  .skeleton {
    background: var(--ngo-color-surface-muted, #eef0f4);
    border-color: transparent;
  }

  .status {
    box-sizing: border-box;
    min-height: var(--_item-min-height);
    padding: var(--ngo-space-m, 0.75rem) var(--ngo-space-l, 1rem);
    border-radius: var(--ngo-radius, 0.5rem);
    background: var(--ngo-color-surface-muted, #eef0f4);
  }

  .status p {
    margin: 0 0 var(--ngo-space-s, 0.5rem);
  }

  button {
    font: inherit;
    cursor: pointer;
    padding: 0.4em 1em;
    border-radius: var(--ngo-radius, 0.5rem);
    border: 1px solid var(--ngo-color-primary, #1f5fbf);
    background: var(--ngo-color-primary, #1f5fbf);
    color: var(--ngo-color-on-primary, #fff);
  }

  button:focus-visible {
    outline: var(--ngo-focus-ring, 3px solid #f2a900);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
