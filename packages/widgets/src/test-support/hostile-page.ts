/**
 * The worst a host page does to what it embeds, from real WordPress themes
 * and page builders: resets of everything, hidden buttons, huge type, forced
 * colours. Applied as a constructed style sheet, so it also works on a page
 * with a strict Content-Security-Policy.
 */
export const HOSTILE_CSS = `
  * { all: unset; }
  html { font-size: 40px; }
  body, body * { font-size: 32px !important; line-height: 3 !important; letter-spacing: 0.2em !important; }
  * { color: red !important; text-transform: uppercase !important; font-style: italic !important; }
  div { color: red !important; background: yellow !important; }
  button { display: none !important; }
  ul, li, p, h3 { margin: 100px !important; padding: 50px !important; list-style: square !important; }
  [part], .base, .event, .state { display: none !important; }
  *:focus { outline: none !important; }
`;

/**
 * Puts the hostile style sheet on the page until the returned function is
 * called. Nothing in it may change how a widget looks or works: a document's
 * selectors do not reach into shadow roots, and each widget resets what it
 * would inherit.
 */
export function applyHostileStyles(document: Document = window.document): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HOSTILE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}
