/**
 * A new UUID for the `Idempotency-Key` of one logical write. `crypto.randomUUID`
 * exists only on secure pages (https), so a page served over http gets one
 * built from `getRandomValues`, which exists everywhere. Widgets use it for
 * the key a form keeps across resends and reloads.
 *
 * @example
 * ```ts
 * const key = newIdempotencyKey();
 * await client.suggestions.create(input, { idempotencyKey: key });
 * ```
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Version 4 by hand: each `x` a random hex digit, `y` one of 8, 9, a and b (the variant).
  const random = crypto.getRandomValues(new Uint8Array(31));
  let next = 0;
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (digit) =>
    (digit === 'x' ? (random[next++] ?? 0) & 15 : ((random[next++] ?? 0) & 3) | 8).toString(16),
  );
}
