import { svg, type SVGTemplateResult } from 'lit';

/**
 * The shape that goes with a met / not met / no figure status: a tick in a
 * circle, an exclamation mark in a triangle, a dash in a dashed circle. The
 * shapes differ, so the status never rests on colour; the icon is decoration
 * beside the words, hidden from screen readers.
 */
export function statusIcon(met: boolean | null): SVGTemplateResult {
  const shape =
    met === true
      ? svg`<circle cx="8" cy="8" r="7"></circle><path d="M4.5 8.3l2.3 2.3 4.7-4.9"></path>`
      : met === false
        ? svg`<path d="M8 1.5l7 12.5H1z"></path><path d="M8 6v4M8 11.6v.6"></path>`
        : svg`<circle cx="8" cy="8" r="7" stroke-dasharray="2.5 2"></circle><path d="M5 8h6"></path>`;
  return svg`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${shape}</svg>`;
}

/** Which status a figure has, for styling and the words beside the icon. */
export function statusOf(met: boolean | null): 'met' | 'not-met' | 'no-data' {
  return met === true ? 'met' : met === false ? 'not-met' : 'no-data';
}
