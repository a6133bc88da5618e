import { problem } from '../problems.js';

/** A placeholder while an operation is being built; nothing may ship with one. */
export function notImplemented(): Response {
  return problem('internal_error', { message: 'Not implemented yet.' });
}
