import { CertificateInputSchema, CertificateSchema, LedgerEntryInputSchema, LedgerEntrySchema } from '../../validators/validators.js';
import type { WriteOptions } from '../../http.js';
import type { Certificate, CertificateInput } from '../../schemas/certificates.js';
import type { LedgerEntry, LedgerEntryInput } from '../../schemas/points.js';
import { path } from '../path.js';
import { Resource } from '../resource.js';

/**
 * Members' points and certificates for staff: `admin.members`.
 *
 * @example
 * ```ts
 * await admin.members.recordPoints('mem_42', { source: 'volunteer_hours', hours: 3, reason: 'Sorting donations' });
 * const certificate = await admin.members.issueCertificate('mem_42', { period: '2026-Q3' });
 * ```
 */
export class AdminMembersResource extends Resource {
  /** Awards points for volunteer hours, or adjusts a balance; refused when a balance would go below zero. */
  recordPoints(memberId: string, input: LedgerEntryInput, options: WriteOptions = {}): Promise<LedgerEntry> {
    return this.http.send({
      method: 'POST',
      path: path`v1/members/${memberId}/ledger`,
      body: { schema: LedgerEntryInputSchema, input },
      response: LedgerEntrySchema,
      invalidates: ['v1/me', 'v1/metrics'],
      ...options,
    });
  }

  /** Issues the certificate of the hours a member served in a period that has ended. */
  issueCertificate(memberId: string, input: CertificateInput, options: WriteOptions = {}): Promise<Certificate> {
    return this.http.send({
      method: 'POST',
      path: path`v1/members/${memberId}/certificates`,
      body: { schema: CertificateInputSchema, input },
      response: CertificateSchema,
      invalidates: ['v1/me'],
      ...options,
    });
  }
}
