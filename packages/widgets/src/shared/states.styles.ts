import { css } from 'lit';

/** Looks of the state views in `states.ts`. */
export const stateStyles = css`
  .skeleton {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap, var(--_space-m));
  }

  .skeleton li {
    box-sizing: border-box;
    min-height: var(--_skeleton-row, 3em);
    border-radius: var(--_radius);
    background: var(--_c-surface-muted);
  }

  /* centred, so that a notice in the space reserved for the content reads as a panel, not a gap */
  .state {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    min-height: var(--_reserve, auto);
    padding: var(--_space-m) var(--_space-l);
    border-radius: var(--_radius);
    border: 1px solid transparent;
    background: var(--_c-surface-muted);
  }

  .state p {
    margin: 0 0 var(--_space-s);
  }

  .state p:last-child {
    margin-bottom: 0;
  }

  .state.error {
    border-color: var(--_c-danger);
  }

  .state.success {
    border-color: var(--_c-success);
  }

  .state.offline {
    border-style: dashed;
    border-color: var(--_c-border);
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton li {
      animation: ngo-pulse 1.5s ease-in-out infinite;
    }
  }

  @keyframes ngo-pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
