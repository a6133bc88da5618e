import { knownText, textResponse } from './body.js';

/** Which page origins may call the API from a browser: `'*'` for any. */
export type AllowedOrigins = '*' | readonly string[];

const ALLOWED_HEADERS = 'authorization, content-type, idempotency-key, prefer, accept-language, if-none-match';
const EXPOSED_HEADERS = 'etag, retry-after, location';

export function preflight(request: Request, allowed: AllowedOrigins): Response {
  const headers = corsHeaders(request, allowed);
  headers.set('access-control-allow-methods', 'GET, POST, PATCH, DELETE, OPTIONS');
  headers.set('access-control-allow-headers', ALLOWED_HEADERS);
  headers.set('access-control-max-age', '600');
  return new Response(null, { status: 204, headers });
}

export function withCors(request: Request, response: Response, allowed: AllowedOrigins): Response {
  const cors = corsHeaders(request, allowed);
  if ([...cors.keys()].length === 0) return response;
  const headers = new Headers(response.headers);
  cors.forEach((value, name) => headers.set(name, value));
  const init = { status: response.status, statusText: response.statusText, headers };
  const text = knownText(response);
  return text === undefined ? new Response(response.body, init) : textResponse(text, init);
}

function corsHeaders(request: Request, allowed: AllowedOrigins): Headers {
  const headers = new Headers();
  const origin = request.headers.get('origin');
  if (!origin) return headers;
  if (allowed === '*' || allowed.includes(origin)) {
    headers.set('access-control-allow-origin', allowed === '*' ? '*' : origin);
    headers.set('access-control-expose-headers', EXPOSED_HEADERS);
    if (allowed !== '*') headers.set('vary', 'origin');
  }
  return headers;
}
