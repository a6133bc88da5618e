import { sendKeys } from '@web/test-runner-commands';

/**
 * Real key presses, sent by the browser driver (not synthetic events), so
 * that focus moves, `<dialog>` closes on Escape and forms submit as they do
 * for a person at a keyboard.
 */

/** Presses one key, e.g. `Tab`, `Escape`, `Enter`, `Space`, or a chord such as `Shift+Tab`. */
export async function press(key: string): Promise<void> {
  const modifiers = key.split('+');
  const main = modifiers.pop() ?? key;
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: main });
  } finally {
    for (const modifier of modifiers.reverse()) await sendKeys({ up: modifier });
  }
}

/** Types `text` into whatever has focus. */
export function type(text: string): Promise<void> {
  return sendKeys({ type: text });
}

/** Presses Tab `times` times (Shift+Tab with `backwards`). */
export async function tab(times = 1, backwards = false): Promise<void> {
  for (let i = 0; i < times; i++) await press(backwards ? 'Shift+Tab' : 'Tab');
}

/** The element that has focus, looking through shadow roots: `document.activeElement` stops at the host. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
