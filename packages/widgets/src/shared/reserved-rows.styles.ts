import { css } from 'lit';

/**
 * `data-rows` (1 to 5) on a widget's content box sets `--_rows`, the number
 * of placeholder rows its loading state shows and its other states reserve:
 * one rule per count, not a style attribute, which a strict CSP forbids.
 */
export const reservedRowStyles = css`
  [data-rows='2'] {
    --_rows: 2;
  }
  [data-rows='3'] {
    --_rows: 3;
  }
  [data-rows='4'] {
    --_rows: 4;
  }
  [data-rows='5'] {
    --_rows: 5;
  }
`;
