import { AnnouncementsResource, EventsResource, type NgoBaseClient } from '@ngo-kit/sdk';
import type { Announcement } from '@ngo-kit/sdk/schemas';

/** What a notice shows of the event it is about. */
export interface NoticeEvent {
  title: string;
  /** The language of the title. */
  language: string;
}

/** One page of notices, with the events they are about. */
export interface NoticePage {
  notices: Announcement[];
  /** By event id; an event that could not be loaded is missing. */
  events: ReadonlyMap<string, NoticeEvent>;
  nextCursor: string | null;
}

/**
 * A page of notices and the titles of the events they are about. An event
 * that cannot be loaded (removed, say) leaves its notice without a title
 * rather than the page without notices.
 */
export async function loadNoticePage(
  client: NgoBaseClient,
  params: { limit: number; cursor?: string | undefined },
  signal: AbortSignal,
): Promise<NoticePage> {
  const page = await client.use(AnnouncementsResource).list(params, { signal });
  const ids = [...new Set(page.items.flatMap((notice) => (notice.eventId ? [notice.eventId] : [])))];
  const events = client.use(EventsResource);
  const found = await Promise.allSettled(ids.map((id) => events.retrieve(id, { signal })));
  signal.throwIfAborted();
  const titles = new Map<string, NoticeEvent>();
  for (const result of found) {
    if (result.status === 'fulfilled') titles.set(result.value.id, { title: result.value.title, language: result.value.language });
  }
  return { notices: page.items, events: titles, nextCursor: page.nextCursor };
}

/** Pinned notices first, each group in the order the API gave. */
export function pinnedFirst(notices: readonly Announcement[]): Announcement[] {
  return [...notices.filter((notice) => notice.pinned), ...notices.filter((notice) => !notice.pinned)];
}
