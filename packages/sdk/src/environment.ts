/** The page's `window` when running in a browser (or a test that pretends to), else `undefined`. */
export function browserWindow(): (Window & typeof globalThis) | undefined {
  return typeof window !== 'undefined' && typeof window.addEventListener === 'function' ? window : undefined;
}

/** True in a browser: where a secret key would be readable by anyone who opens the page. */
export function isBrowser(): boolean {
  return typeof window !== 'undefined' || typeof document !== 'undefined';
}
