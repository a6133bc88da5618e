/**
 * Checks by name rather than `instanceof`, so that an error thrown by a copy of
 * the SDK in another realm (an iframe, a second bundle) is still recognised.
 */
export function hasErrorName(value: unknown, name: string): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name;
}
