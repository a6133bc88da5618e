import type { DonorTier } from '@ngo-kit/sdk/schemas';
import { catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

export interface DonorWallMessages {
  label: string;
  loading: string;
  empty: string;
  /** Announced when the wall arrives. */
  count: Plural;
  /** In place of the name of a donor who chose not to be named. */
  anonymous: string;
  /** The heading of each tier's group. */
  tiers: Record<DonorTier, string>;
  /** One donor's tier, beside the name when the wall is grouped by quarter. */
  tier: Record<DonorTier, string>;
  /** The heading of a quarter's group; `{year}` as written, `{quarter}` 1 to 4. */
  quarter: string;
}

export const donorWallMessages = catalog<DonorWallMessages>(
  {
    label: 'Our donors',
    loading: 'Loading our donors…',
    empty: 'There are no donors to show for this period yet.',
    count: { one: 'With thanks to {count} donor', other: 'With thanks to {count} donors' },
    anonymous: 'A friend of the organisation',
    tiers: { benefactor: 'Benefactors', patron: 'Patrons', friend: 'Friends', supporter: 'Supporters' },
    tier: { benefactor: 'Benefactor', patron: 'Patron', friend: 'Friend', supporter: 'Supporter' },
    quarter: 'Q{quarter} {year}',
  },
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).donorWallZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).donorWallZhHant,
  },
);
