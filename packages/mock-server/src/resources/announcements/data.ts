import type * as z from 'zod/mini';
import type { AnnouncementSchema } from '@ngo-kit/sdk/schemas';

/** A notice; one with `publishedAt` in the future is scheduled and not listed yet. */
export type AnnouncementRecord = z.input<typeof AnnouncementSchema>;

export interface AnnouncementsData {
  announcements: AnnouncementRecord[];
}
