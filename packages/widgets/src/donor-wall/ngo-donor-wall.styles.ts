import { css } from 'lit';

export const donorWallStyles = css`
  .wall {
    --_gap: var(--ngo-donor-wall-gap, var(--_space-m));
    --_skeleton-row: 2.75em;
    --_reserve: calc(4 * var(--_skeleton-row) + 3 * var(--_gap));
  }

  .group {
    --_card-background: var(--ngo-donor-wall-group-background, var(--_c-surface));
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ngo-donor-wall-column-width, 14em)), 1fr));
    gap: var(--_space-xs) var(--_space-l);
  }

  .donor {
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    padding: var(--_space-xs) 0;
    border-bottom: 1px solid var(--_c-border);
    overflow-wrap: anywhere;
  }

  .name {
    font-weight: 600;
    unicode-bidi: isolate;
  }

  .name.anonymous {
    font-weight: 400;
    font-style: italic;
  }

  .tier,
  .amount {
    font-size: 0.875em;
    color: var(--_c-text-muted);
  }
`;
