import { DonorsResource, type NgoBaseClient } from '@ngo-kit/sdk';
import { DONOR_TIERS, type DonorWallEntry } from '@ngo-kit/sdk/schemas';

/** How the wall is divided: by the donors' tier in the period, or by quarter. */
export type Grouping = 'tier' | 'period';

/** One heading of the wall and the donors under it, in the order the API gave. */
export type WallGroup =
  | { by: 'tier'; tier: DonorWallEntry['tier']; entries: DonorWallEntry[] }
  | { by: 'period'; period: string; entries: DonorWallEntry[] };

const QUARTER = /^\d{4}-Q[1-4]$/;

/**
 * The wall of `period` (the API's default, the current year, when
 * `undefined`) in groups, without empty ones: by tier, highest first; or by
 * quarter, latest first, each quarter's wall as the API gives it for that
 * quarter (a donor who gave in two quarters is thanked in both, with the
 * tier of each). Every page of each wall is loaded; nothing is added.
 */
export async function loadWall(
  client: NgoBaseClient,
  options: { grouping: Grouping; period: string | undefined },
  signal: AbortSignal,
): Promise<WallGroup[]> {
  const donors = client.use(DonorsResource);
  const wallOf = (period: string | undefined) => collect(donors.iterateWall({ period, limit: 100 }, { signal }));

  if (options.grouping === 'tier') {
    const entries = await wallOf(options.period);
    return [...DONOR_TIERS]
      .reverse()
      .map((tier) => ({ by: 'tier' as const, tier, entries: entries.filter((entry) => entry.tier === tier) }))
      .filter((group) => group.entries.length > 0);
  }

  const quarters = await quartersOf(options.period, donors, signal);
  const walls = await Promise.all(quarters.map(wallOf));
  return quarters
    .map((period, index) => ({ by: 'period' as const, period, entries: walls[index] ?? [] }))
    .filter((group) => group.entries.length > 0);
}

/**
 * The quarters of `period`, latest first: itself when it is a quarter, the
 * four of a year; for no period, those of the year the API takes by default,
 * read from its wall (none when that wall is empty).
 */
async function quartersOf(period: string | undefined, donors: DonorsResource, signal: AbortSignal): Promise<string[]> {
  if (period !== undefined && QUARTER.test(period)) return [period];
  const year = period ?? (await donors.wall({ limit: 1 }, { signal })).items[0]?.period.slice(0, 4);
  return year === undefined ? [] : [4, 3, 2, 1].map((quarter) => `${year}-Q${quarter}`);
}

async function collect<Item>(items: AsyncIterable<Item>): Promise<Item[]> {
  const all: Item[] = [];
  for await (const item of items) all.push(item);
  return all;
}
