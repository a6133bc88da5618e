import { textResponse } from './body.js';
import { ERROR_STATUS, type ErrorCode, type FieldErrors } from '@ngo-kit/sdk/schemas';

/** The message of every error the server can answer with: one table, so the envelope is identical everywhere. */
const MESSAGES: Record<ErrorCode, string> = {
  validation_failed: 'The request has invalid fields.',
  unauthorized: 'A valid API key or member token is required.',
  forbidden: 'This credential may not do that.',
  not_found: 'Nothing exists at this address.',
  method_not_allowed: 'This address does not support that method.',
  conflict: 'The request conflicts with the current state.',
  unprocessable: 'The request breaks a business rule.',
  rate_limited: 'Too many requests; try again later.',
  internal_error: 'The server failed to answer.',
  service_unavailable: 'The service is unavailable; try again later.',
};

export interface ProblemDetails {
  message?: string;
  fieldErrors?: FieldErrors;
  headers?: HeadersInit;
}

/** An error response in the envelope of the API contract. */
export function problem(code: ErrorCode, details: ProblemDetails = {}): Response {
  const error = {
    code,
    message: details.message ?? MESSAGES[code],
    ...(details.fieldErrors ? { fieldErrors: details.fieldErrors } : {}),
  };
  return json({ error }, { status: ERROR_STATUS[code], headers: details.headers });
}

/** A JSON response with the headers a production server would send. */
export function json(body: unknown, init: { status?: number; headers?: HeadersInit | undefined } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  return textResponse(JSON.stringify(body), { status: init.status ?? 200, headers });
}
