import { NgoApiError } from '../errors/ngo-api-error.js';
import type { Reply } from '../http.js';
import { ERROR_STATUS, type ErrorCode } from '../schemas/errors.js';
import { ErrorEnvelopeSchema } from '../validators/validators.js';
import { validate } from '../validators/runtime.js';
import { parseRetryAfter } from './retry.js';

/** The error answer of the API as an {@link NgoApiError}, whether or not it came with the envelope. */
export function toApiError(response: Reply, method: string, url: string): NgoApiError {
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    // no envelope: the status tells what it can
  }
  const envelope = validate(ErrorEnvelopeSchema, body);
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), Date.now());
  return new NgoApiError({
    status: response.status,
    code: envelope.issues ? statusCode(response.status) : envelope.value.error.code,
    message: envelope.issues ? response.statusText || 'no error envelope' : envelope.value.error.message,
    fieldErrors: envelope.issues ? undefined : envelope.value.error.fieldErrors,
    method,
    url,
    retryAfter: retryAfter === undefined ? undefined : retryAfter / 1000,
  });
}

/** A code for an error response that came without an envelope (a proxy's 502, say). */
function statusCode(status: number): ErrorCode {
  const known = (Object.keys(ERROR_STATUS) as ErrorCode[]).find((code) => ERROR_STATUS[code] === status);
  return known ?? 'internal_error';
}
