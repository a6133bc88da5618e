/**
 * Answers built by the server itself travel through the handler's steps (the
 * contract check, the ETag, CORS) as "light" Responses: status and headers,
 * with the body's text kept beside them instead of in a stream. Building a
 * Response with a body costs a ReadableStream, and reading one back costs more:
 * three of each per request were most of a request's time. The handler turns a
 * light answer into a real one once, on its way out (`materialize`), and the
 * Node adapter writes the text it knows without reading the stream.
 */
const texts = new WeakMap<Response, string>();

/** A light Response: use it only inside the handler, and read its body with `textOf`. */
export function textResponse(text: string | null, init: ResponseInit): Response {
  const response = new Response(null, init);
  if (text !== null) texts.set(response, text);
  return response;
}

/** The body's text of a response built here, or `undefined` when it has to be read from its stream. */
export function knownText(response: Response): string | undefined {
  return texts.get(response);
}

/** The body's text: known, or read from the stream (which consumes it). */
export async function textOf(response: Response): Promise<string> {
  return texts.get(response) ?? (await response.text());
}

/** The answer as any caller may read it: a light Response gets its body. */
export function materialize(response: Response): Response {
  const text = texts.get(response);
  if (text === undefined) return response;
  const real = new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  texts.set(real, text);
  return real;
}

/**
 * The handler behind each public handler that answers light Responses, for the
 * Node adapter, which writes the known text itself and so never needs a stream.
 */
export const lightHandlers = new WeakMap<
  (request: Request, info?: { clientAddress?: string }) => Promise<Response>,
  (request: Request, info?: { clientAddress?: string }) => Promise<Response>
>();
