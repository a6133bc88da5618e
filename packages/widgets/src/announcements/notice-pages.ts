import { AnnouncementsResource, type NgoBaseClient } from '@ngo-kit/sdk';
import type { Announcement } from '@ngo-kit/sdk/schemas';

/** One page of notices; each event notice carries its event in brief (`notice.event`), so no second request is needed. */
export interface NoticePage {
  notices: Announcement[];
  nextCursor: string | null;
}

/** A page of notices. */
export async function loadNoticePage(
  client: NgoBaseClient,
  params: { limit: number; cursor?: string | undefined },
  signal: AbortSignal,
): Promise<NoticePage> {
  const page = await client.use(AnnouncementsResource).list(params, { signal });
  return { notices: page.items, nextCursor: page.nextCursor };
}

/** Pinned notices first, each group in the order the API gave. */
export function pinnedFirst(notices: readonly Announcement[]): Announcement[] {
  return [...notices.filter((notice) => notice.pinned), ...notices.filter((notice) => !notice.pinned)];
}
