import { css } from 'lit';

/**
 * A list of cards, the look of most widgets' content: `.cards` is the list
 * (a column with `--_gap` between cards), `.card` one item, at least
 * `--_skeleton-row` high so that a loaded card takes no less room than its
 * placeholder, on `--_card-background` (the surface by default);
 * `.card-title` is a card's heading.
 */
export const cardListStyles = css`
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  .card {
    box-sizing: border-box;
    min-width: 0;
    min-height: var(--_skeleton-row);
    padding: var(--_space-m) var(--_space-l);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_card-background, var(--_c-surface));
  }

  .card-title {
    margin: 0 0 0.25em;
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_c-heading);
  }
`;
