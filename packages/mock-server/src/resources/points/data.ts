import type * as z from 'zod/mini';
import type { CertificateSchema, LedgerEntrySchema, RedemptionSchema, RewardSchema } from '@ngo-kit/sdk/schemas';

/**
 * One entry of a member's ledger, the only source of their balance. The
 * ledger keeps entries in the order they applied, and `balanceAfter` is the
 * member's running sum in that order: write through `appendLedger`, check a
 * seed with `ledgerProblems`.
 */
export type LedgerRecord = z.input<typeof LedgerEntrySchema> & { memberId: string };

/** A reward of the catalogue; `stock` is what is left, `null` when unlimited. */
export type RewardRecord = z.input<typeof RewardSchema>;

export type RedemptionRecord = z.input<typeof RedemptionSchema> & { memberId: string };

/** A certificate as stored; its `svgUrl` is made from the server's address when it is sent. */
export type CertificateRecord = Omit<z.input<typeof CertificateSchema>, 'svgUrl'> & { memberId: string };

export interface PointsData {
  ledger: LedgerRecord[];
  rewards: RewardRecord[];
  redemptions: RedemptionRecord[];
  certificates: CertificateRecord[];
}
