/**
 * A fresh `Idempotency-Key`: a random UUID. `crypto.randomUUID` exists only on
 * secure pages (https, localhost); many small organisations' sites are still
 * served over http, so the UUID is made by hand there.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // the version (4) and variant bits of RFC 9562
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
