import type { CSSResult } from 'lit';
import type { NgoElement } from './ngo-element.js';

/**
 * Adds `styles` to `host`'s shadow root, after its own and once each: for a part of a widget that comes
 * later (a lazy chunk, a controller) with stylesheets the widget's `static styles` do not hold.
 */
export function addStyles(host: NgoElement, ...styles: CSSResult[]): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const sheets = styles.map((style) => style.styleSheet).filter((sheet) => sheet !== undefined);
  const missing = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (missing.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
}
