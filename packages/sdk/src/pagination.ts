import type { RequestOptions } from './http.js';
import type { Page } from './schemas/common.js';

/**
 * Walks every page of a cursor-paginated list, one request per page, and yields
 * the items. Stopping the loop (`break`) stops the requests; so does `signal`.
 *
 * @example
 * ```ts
 * for await (const event of iteratePages((params, options) => client.events.list(params, options), { kind: 'online' })) {
 *   console.log(event.title);
 * }
 * ```
 */
export async function* iteratePages<Item, Params extends { cursor?: string | undefined }>(
  list: (params: Params, options: RequestOptions) => Promise<Page<Item>>,
  params: Params,
  options: RequestOptions = {},
): AsyncGenerator<Item, void, undefined> {
  let cursor = params.cursor;
  do {
    const page = await list({ ...params, cursor }, options);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
