/**
 * Registers a custom element once. A second copy of ngo-kit on the same page
 * (two WordPress plugins, say) must not break the first, so an already
 * defined tag gets a warning instead of an exception.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`ngo-kit: <${tag}> is already defined, probably by another copy of ngo-kit; the first definition is kept.`);
  }
}
