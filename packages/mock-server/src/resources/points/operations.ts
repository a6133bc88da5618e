import type { Caller } from '../../auth.js';
import type { Operation, Operations } from '../../operation.js';
import { pageResponse } from '../../pagination.js';
import { json, problem } from '../../problems.js';
import { recordLedgerEntry } from './award.js';
import { certificateSvg } from './certificate-svg.js';
import { issueCertificate } from './certificates.js';
import { entriesOf } from './ledger.js';
import { presentCertificate, presentLedgerEntry, presentPoints, presentRedemption } from './present.js';
import { redeem } from './rewards.js';

const getMyPoints: Operation<'getMyPoints'> = ({ caller, store }) => json(presentPoints(store.read(), memberIdOf(caller)));

const listMyLedger: Operation<'listMyLedger'> = ({ caller, query, store }) => {
  // Ledger order is the order entries applied: it breaks ties between entries of the same moment.
  const newestFirst = entriesOf(store.read(), memberIdOf(caller))
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => Date.parse(b.entry.at) - Date.parse(a.entry.at) || b.order - a.order)
    .map(({ entry }) => presentLedgerEntry(entry));
  return pageResponse(newestFirst, query);
};

const listMyCertificates: Operation<'listMyCertificates'> = ({ caller, query, store, origin }) => {
  const memberId = memberIdOf(caller);
  const newestFirst = store
    .read()
    .certificates.filter((certificate) => certificate.memberId === memberId)
    .sort((a, b) => Date.parse(b.issuedAt) - Date.parse(a.issuedAt) || b.id.localeCompare(a.id))
    .map((certificate) => presentCertificate(certificate, origin));
  return pageResponse(newestFirst, query);
};

const getMyCertificateSvg: Operation<'getMyCertificateSvg'> = ({ caller, params, store }) => {
  const memberId = memberIdOf(caller);
  const data = store.read();
  // Another member's certificate is as absent as one that does not exist: its id reveals nothing.
  const certificate = data.certificates.find((candidate) => candidate.id === params['id'] && candidate.memberId === memberId);
  if (!certificate) return problem('not_found', { message: `You have no certificate ${params['id'] ?? ''}.` });
  const locale = data.members.find((member) => member.id === memberId)?.locale ?? 'en';
  return new Response(certificateSvg(certificate, locale), {
    headers: {
      'content-type': 'image/svg+xml; charset=utf-8',
      'content-disposition': `inline; filename="certificate-${certificate.id.replace(/[^\w-]/g, '_')}.svg"`,
      // Opened on its own, an SVG is a document: it may draw, never run anything.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'x-content-type-options': 'nosniff',
    },
  });
};

const listRewards: Operation<'listRewards'> = ({ query, store }) => {
  const rewards = store
    .read()
    .rewards.filter((reward) => !query.kind || reward.kind === query.kind)
    .sort((a, b) => a.cost - b.cost || a.id.localeCompare(b.id));
  return pageResponse(rewards, query);
};

const redeemReward: Operation<'redeemReward'> = ({ caller, params, store, now }) => {
  const memberId = memberIdOf(caller);
  const result = store.write((data) => redeem(data, memberId, params['id'] ?? '', now));
  return result instanceof Response ? result : json(presentRedemption(result), { status: 201 });
};

const createLedgerEntry: Operation<'createLedgerEntry'> = ({ params, body, store, now }) => {
  const result = store.write((data) => recordLedgerEntry(data, params['id'] ?? '', body, now));
  return result instanceof Response ? result : json(presentLedgerEntry(result), { status: 201 });
};

const issueCertificateOperation: Operation<'issueCertificate'> = ({ params, body, store, now, origin }) => {
  const result = store.write((data) => issueCertificate(data, params['id'] ?? '', body.period, now));
  return result instanceof Response ? result : json(presentCertificate(result, origin), { status: 201 });
};

/** The member a `member` route serves; the handler has already refused every other caller. */
function memberIdOf(caller: Caller): string {
  if (caller.kind !== 'member') throw new Error(`A member route was called with a ${caller.kind} credential.`);
  return caller.memberId;
}

export const pointsOperations = {
  getMyPoints,
  listMyLedger,
  listMyCertificates,
  getMyCertificateSvg,
  listRewards,
  redeemReward,
  createLedgerEntry,
  issueCertificate: issueCertificateOperation,
} satisfies Partial<Operations>;
