import type { FieldErrors } from '../schemas/errors.js';
import type { ValidationIssue } from '../validators/runtime.js';
import { hasErrorName } from './has-error-name.js';

/**
 * Data did not match the API contract. With `direction: 'request'` the
 * caller's input was refused before anything was sent (`fieldErrors` says
 * which fields, as the API would); with `direction: 'response'` the server
 * answered with something this SDK does not understand. `issues` holds the
 * findings either way, shaped like zod's (`code`, `path`, `message`...).
 *
 * @example
 * ```ts
 * try {
 *   await client.newsletter.subscribe({ email: 'not an address', locale: 'en', consent: true });
 * } catch (error) {
 *   if (isNgoValidationError(error) && error.direction === 'request') showFieldErrors(error.fieldErrors); // { email: [...] }
 * }
 * ```
 */
export class NgoValidationError extends Error {
  override readonly name = 'NgoValidationError';
  // `declare`: set in the constructor, so no field declarations are emitted for them.
  declare readonly direction: 'request' | 'response';
  declare readonly method: string;
  declare readonly url: string;
  declare readonly issues: readonly ValidationIssue[];
  declare readonly fieldErrors: FieldErrors;

  constructor(init: { direction: 'request' | 'response'; method: string; url: string; issues: readonly ValidationIssue[] }) {
    const first = init.issues[0];
    const where = first ? ` at ${first.path.join('.') || '(root)'}: ${first.message}` : '';
    const what =
      init.direction === 'request' ? 'was not sent: its input does not match' : 'returned a response that does not match';
    super(`${init.method} ${init.url} ${what} the API contract${where}`);
    this.direction = init.direction;
    this.method = init.method;
    this.url = init.url;
    this.issues = init.issues;
    this.fieldErrors = toFieldErrors(init.issues);
  }
}

/** True for an {@link NgoValidationError}, also one made in another realm. */
export function isNgoValidationError(value: unknown): value is NgoValidationError {
  return hasErrorName(value, 'NgoValidationError');
}

/** Groups zod issues by field, in the shape of the error envelope's `fieldErrors`. */
export function toFieldErrors(issues: readonly Pick<ValidationIssue, 'path' | 'message'>[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : '_';
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}
