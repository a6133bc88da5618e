/** The widget is missing its API address or key. */
export class NgoConfigError extends Error {
  override readonly name = 'NgoConfigError';
}

/** True for an {@link NgoConfigError}, also one made by another copy of ngo-kit on the page. */
export function isNgoConfigError(value: unknown): value is NgoConfigError {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'NgoConfigError';
}
