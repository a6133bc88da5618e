import type * as z from 'zod/mini';
import type { DonationSchema, LocaleSchema } from '@ngo-kit/sdk/schemas';

/** A donor, found again by e-mail when they give once more. */
export interface DonorRecord {
  id: string;
  name: string;
  email: string;
  locale: z.input<typeof LocaleSchema>;
  memberId: string | null;
  createdAt: string;
}

export type DonationRecord = z.input<typeof DonationSchema>;

export interface DonorsData {
  donors: DonorRecord[];
  donations: DonationRecord[];
}
