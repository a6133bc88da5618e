import type { MockApi } from './mock-api.js';

/**
 * Looking into a widget's shadow root the way its tests need: controls by
 * field name, the message that describes a control, what the live region
 * says, parts, and the e-mails the mock server sent; and pasting into a
 * field, where typing key by key is not what a test is about.
 */

function root(widget: Element): ShadowRoot {
  if (!widget.shadowRoot) throw new Error(`<${widget.localName}> has no shadow root`);
  return widget.shadowRoot;
}

/** The first control named `name` (the first box of a group). */
export function field<T extends HTMLElement = HTMLInputElement>(widget: Element, name: string): T {
  const control = root(widget).querySelector<T>(`[name="${name}"]`);
  if (!control) throw new Error(`<${widget.localName}> has no field ${name}`);
  return control;
}

/** Puts `value` into the text field `name` at once, as a paste does: one `input` event. */
export async function paste(widget: Element & { updateComplete?: Promise<unknown> }, name: string, value: string): Promise<void> {
  const control = field(widget, name);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await widget.updateComplete;
}

/** The box of `value` in the group `name`. */
export function box(widget: Element, name: string, value: string): HTMLInputElement {
  const control = root(widget).querySelector<HTMLInputElement>(`[name="${name}"][value="${value}"]`);
  if (!control) throw new Error(`<${widget.localName}> has no box ${value} in ${name}`);
  return control;
}

/** The message next to the field `name`, found as a screen reader finds it: through `aria-describedby`. */
export function errorOf(widget: Element, name: string): string | undefined {
  const ids = field(widget, name).getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => root(widget).getElementById(id)).find((element) => element?.matches('[part~="field-error"]'));
  return error?.textContent?.trim();
}

/** What the widget's first live region says. */
export function said(widget: Element): string {
  return root(widget).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

/** The first element of the part `name`, or `null`. */
export function part<T extends HTMLElement = HTMLElement>(widget: Element, name: string): T | null {
  return root(widget).querySelector<T>(`[part~="${name}"]`);
}

/** The text of `element` with its white space collapsed, as a person reads it. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An e-mail the mock server sent, as `GET /__mock/mail` lists it. */
export interface MockMail {
  to: string;
  kind: string;
  subject: string;
  text: string;
  token: string | null;
}

/** The e-mails the mock server sent to `address`, newest first. */
export async function mailTo(api: MockApi, address: string): Promise<MockMail[]> {
  const response = await fetch(`${api.baseUrl}__mock/mail?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as { items: MockMail[] }).items;
}

let addresses = 0;

/** A new address on every call, so that no test sees another's mail. */
export function newAddress(prefix = 'person'): string {
  addresses += 1;
  return `${prefix}-${Date.now()}-${addresses}@example.net`;
}

/** The computed styles that make up how an element looks, to compare before and after a host page's CSS. */
export function lookOf(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  const names = ['display', 'visibility', 'color', 'background-color', 'font-size', 'font-style', 'line-height',
    'letter-spacing', 'text-transform', 'margin-top', 'padding-top', 'width', 'height'];
  return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
}
