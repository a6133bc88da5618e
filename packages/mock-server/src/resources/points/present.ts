import type * as z from 'zod/mini';
import { nextTierOf, tierFor } from '@ngo-kit/sdk';
import type {
  CertificateSchema,
  LedgerEntrySchema,
  PointsBalanceSchema,
  RedemptionSchema,
} from '@ngo-kit/sdk/schemas';
import type { StoreData } from '../../store.js';
import type { CertificateRecord, LedgerRecord, RedemptionRecord } from './data.js';
import { balanceOf, earnedTotalOf } from './ledger.js';

/** A member's balance, tier and next tier, all counted from the ledger. */
export function presentPoints(data: Readonly<StoreData>, memberId: string): z.input<typeof PointsBalanceSchema> {
  const earnedTotal = earnedTotalOf(data, memberId);
  return { balance: balanceOf(data, memberId), earnedTotal, tier: tierFor(earnedTotal), nextTier: nextTierOf(earnedTotal) };
}

export function presentLedgerEntry(record: LedgerRecord): z.input<typeof LedgerEntrySchema> {
  const { memberId: _memberId, ...entry } = record;
  return entry;
}

export function presentRedemption(record: RedemptionRecord): z.input<typeof RedemptionSchema> {
  const { memberId: _memberId, ...redemption } = record;
  return redemption;
}

/** A certificate with the address of its SVG, which only its member may fetch. */
export function presentCertificate(record: CertificateRecord, origin: string): z.input<typeof CertificateSchema> {
  const { memberId: _memberId, ...certificate } = record;
  return { ...certificate, svgUrl: `${origin}/v1/me/certificates/${encodeURIComponent(record.id)}.svg` };
}
