import { json, problem } from './problems.js';
import type { Validated } from './validation.js';

export const DEFAULT_PAGE_SIZE = 20;

/** Cursors are opaque to clients; here, the offset of the next item. */
export function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`);
}

export function decodeCursor(cursor: string | undefined): Validated<number> {
  if (cursor === undefined) return { ok: true, value: 0 };
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    // not base64: reported below like any other unknown cursor
  }
  const offset = /^o:(\d+)$/.exec(text)?.[1];
  if (offset !== undefined) return { ok: true, value: Number(offset) };
  return {
    ok: false,
    response: problem('validation_failed', { fieldErrors: { cursor: ['Unknown cursor; start again from the first page'] } }),
  };
}

export function paginate<Item>(items: readonly Item[], offset: number, limit: number) {
  const end = offset + limit;
  return { items: items.slice(offset, end), nextCursor: end < items.length ? encodeCursor(end) : null };
}

/**
 * The answer of a list: one page of `items` at the query's `cursor` and
 * `limit`, each item of the page turned into its wire form by `present`; an
 * unknown cursor is a 400.
 */
export function pageResponse<Item, Wire = Item>(
  items: readonly Item[],
  query: { cursor?: string | undefined; limit?: number | undefined },
  present: (item: Item) => Wire = (item) => item as unknown as Wire,
): Response {
  const offset = decodeCursor(query.cursor);
  if (!offset.ok) return offset.response;
  const page = paginate(items, offset.value, query.limit ?? DEFAULT_PAGE_SIZE);
  return json({ ...page, items: page.items.map(present) });
}
