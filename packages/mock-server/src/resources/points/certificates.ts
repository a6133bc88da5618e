import { periodRange } from '@ngo-kit/sdk';
import { problem } from '../../problems.js';
import { nextId, type StoreData } from '../../store.js';
import type { CertificateRecord } from './data.js';
import { hoursServedOf } from './ledger.js';

/**
 * Issues the certificate of the hours a member served in a period, counted
 * from their `volunteer_hours` entries. The name is the member's as it is
 * now and stays so. 404 for an unknown member; 422 for a period that has not
 * ended or holds no hours; 409 when the period already has its certificate.
 */
export function issueCertificate(data: StoreData, memberId: string, period: string, now: Date): CertificateRecord | Response {
  const member = data.members.find((candidate) => candidate.id === memberId);
  if (!member) return problem('not_found', { message: `No member ${memberId}.` });
  const range = periodRange(period);
  if (range.end.getTime() > now.getTime()) {
    return problem('unprocessable', {
      fieldErrors: { period: [`${period} ends on ${range.end.toISOString().slice(0, 10)}; issue its certificate after that`] },
    });
  }
  const issued = data.certificates.find((certificate) => certificate.memberId === memberId && certificate.period === period);
  if (issued) return problem('conflict', { message: `The certificate of ${period} was already issued: ${issued.id}.` });
  const hoursServed = hoursServedOf(data, memberId, range);
  if (hoursServed === 0) {
    return problem('unprocessable', { fieldErrors: { period: [`No volunteer hours recorded in ${period}`] } });
  }
  const certificate: CertificateRecord = {
    id: nextId(data, 'cert'),
    memberId,
    memberName: member.name,
    hoursServed,
    period,
    issuedAt: now.toISOString(),
  };
  data.certificates.push(certificate);
  return certificate;
}
