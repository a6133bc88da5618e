import type * as z from 'zod/mini';
import type { AnnouncementSchema } from '@ngo-kit/sdk/schemas';

/**
 * A notice; one with `publishedAt` in the future is scheduled and not listed yet. Its `event`, the
 * event in brief, is not kept: it is read from the event each time the notice is sent.
 */
export type AnnouncementRecord = Omit<z.input<typeof AnnouncementSchema>, 'event'>;

export interface AnnouncementsData {
  announcements: AnnouncementRecord[];
}
