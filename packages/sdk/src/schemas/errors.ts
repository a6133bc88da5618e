import * as z from 'zod/mini';

/**
 * The machine-readable codes of the error envelope. Branch on these, never on
 * the message. A backend may add codes, so the envelope accepts any string.
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'unprocessable',
  'rate_limited',
  'internal_error',
  'service_unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status that goes with each error code, for servers and clients alike. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  unprocessable: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
};

/** Field name to the messages about it, e.g. `{ email: ['Not an email address'] }`. */
export const FieldErrorsSchema = z.record(z.string(), z.array(z.string()));

export type FieldErrors = z.infer<typeof FieldErrorsSchema>;

/** The one shape of every error response of the API. */
export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.optional(FieldErrorsSchema),
  }),
});

export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;
