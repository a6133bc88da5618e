import { textOf, textResponse } from './body.js';
import { hash } from './hash.js';

/**
 * Gives a successful read a weak ETag of its body and answers 304 when the
 * client already has it, so that revalidation costs no body.
 */
export async function withEtag(request: Request, response: Response): Promise<Response> {
  if (response.status !== 200) return response;
  const body = await textOf(response);
  const etag = `W/"${hash(body)}"`;
  const headers = new Headers(response.headers);
  headers.set('etag', etag);
  headers.set('cache-control', 'private, no-cache');
  const known = (request.headers.get('if-none-match') ?? '').split(',').map((tag) => tag.trim());
  if (known.includes(etag) || known.includes('*')) return new Response(null, { status: 304, headers });
  return textResponse(body, { status: 200, headers });
}
