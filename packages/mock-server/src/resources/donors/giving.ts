import { periodRange } from '@ngo-kit/sdk';
import { DONOR_TIER_THRESHOLDS, DONOR_TIERS, type DonorTier } from '@ngo-kit/sdk/schemas';
import { within } from '../../period.js';
import type { DonationRecord } from './data.js';

/** The donations given in a period, by their calendar date read in UTC like the period. */
export function donationsIn(donations: readonly DonationRecord[], period: string): DonationRecord[] {
  const range = periodRange(period);
  return donations.filter((donation) => within(`${donation.date}T00:00:00Z`, range));
}

/** The donations of a period per donor, in the order the donors first gave. */
export function byDonor(donations: readonly DonationRecord[]): Map<string, DonationRecord[]> {
  const groups = new Map<string, DonationRecord[]>();
  for (const donation of donations) {
    const group = groups.get(donation.donorId);
    if (group) group.push(donation);
    else groups.set(donation.donorId, [donation]);
  }
  return groups;
}

/** What a donor gave per currency, in minor units, by currency code. */
export function totalsByCurrency(donations: readonly DonationRecord[]): [currency: string, amount: number][] {
  const totals = new Map<string, number>();
  for (const { currency, amount } of donations) totals.set(currency, (totals.get(currency) ?? 0) + amount);
  return [...totals].sort(([a], [b]) => a.localeCompare(b));
}

/** The highest tier any one currency's total reaches, by `DONOR_TIER_THRESHOLDS`. */
export function tierOf(totals: readonly [currency: string, amount: number][]): DonorTier {
  let rank = 0;
  for (const [currency, amount] of totals) {
    const thresholds = DONOR_TIER_THRESHOLDS[currency];
    if (!thresholds) continue;
    DONOR_TIERS.forEach((tier, index) => {
      if (tier !== 'supporter' && amount >= thresholds[tier]) rank = Math.max(rank, index);
    });
  }
  return DONOR_TIERS[rank] ?? 'supporter';
}

/** The latest of a donor's donations, which carries their current consent and wishes; a tie goes to the later recorded. */
export function latest(donations: readonly DonationRecord[]): DonationRecord | undefined {
  let found: DonationRecord | undefined;
  for (const donation of donations) {
    const later =
      !found ||
      donation.date > found.date ||
      (donation.date === found.date && Date.parse(donation.createdAt) >= Date.parse(found.createdAt));
    if (later) found = donation;
  }
  return found;
}
