import type { ErrorCode, FieldErrors } from '@ngo-kit/sdk/schemas';

interface ProblemTemplate {
  status: number;
  message: string;
}

/** Every error the server can answer with: one table, so the envelope is identical everywhere. */
const PROBLEMS: Record<ErrorCode, ProblemTemplate> = {
  validation_failed: { status: 400, message: 'The request has invalid fields.' },
  unauthorized: { status: 401, message: 'A valid API key or member token is required.' },
  forbidden: { status: 403, message: 'This credential may not do that.' },
  not_found: { status: 404, message: 'Nothing exists at this address.' },
  method_not_allowed: { status: 405, message: 'This address does not support that method.' },
  conflict: { status: 409, message: 'The request conflicts with the current state.' },
  unprocessable: { status: 422, message: 'The request breaks a business rule.' },
  rate_limited: { status: 429, message: 'Too many requests; try again later.' },
  internal_error: { status: 500, message: 'The server failed to answer.' },
  service_unavailable: { status: 503, message: 'The service is unavailable; try again later.' },
};

export interface ProblemDetails {
  message?: string;
  fieldErrors?: FieldErrors;
  headers?: HeadersInit;
}

/** An error response in the envelope of the API contract. */
export function problem(code: ErrorCode, details: ProblemDetails = {}): Response {
  const template = PROBLEMS[code];
  const error = {
    code,
    message: details.message ?? template.message,
    ...(details.fieldErrors ? { fieldErrors: details.fieldErrors } : {}),
  };
  return json({ error }, { status: template.status, headers: details.headers });
}

/** A JSON response with the headers a production server would send. */
export function json(body: unknown, init: { status?: number; headers?: HeadersInit | undefined } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers });
}
