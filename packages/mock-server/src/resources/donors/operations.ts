import type * as z from 'zod/mini';
import type { DonorWallEntrySchema } from '@ngo-kit/sdk/schemas';
import { DONOR_TIERS } from '@ngo-kit/sdk/schemas';
import type { Operation, Operations } from '../../operation.js';
import { pageResponse } from '../../pagination.js';
import { json, problem } from '../../problems.js';
import { nextId, type StoreData } from '../../store.js';
import type { DonationRecord, DonorRecord } from './data.js';
import { byDonor, donationsIn, latest, tierOf, totalsByCurrency } from './giving.js';
import { thankYouLetter } from './letters.js';

type WallEntry = z.input<typeof DonorWallEntrySchema>;

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/**
 * The donors of a period who consented to public thanks, highest tier first,
 * named ones before anonymous ones, then by name. Only a name (or nothing),
 * the tier and the period: never an address or a sum.
 */
const listDonorWall: Operation<'listDonorWall'> = ({ query, store, now }) => {
  const period = query.period ?? String(now.getUTCFullYear());
  const data = store.read();
  const entries: (WallEntry & { donorId: string })[] = [];
  for (const [donorId, donations] of byDonor(donationsIn(data.donations, period))) {
    const wishes = latest(donations);
    const donor = data.donors.find((candidate) => candidate.id === donorId);
    if (!wishes?.publicThanks || !donor) continue;
    const anonymous = wishes.anonymous;
    entries.push({ donorId, displayName: anonymous ? null : donor.name, anonymous, tier: tierOf(totalsByCurrency(donations)), period });
  }
  const wall = entries.sort(byWallOrder).map(({ donorId: _donorId, ...entry }) => entry);
  return pageResponse(wall, query);
};

/**
 * Records a donation for the donor with its e-mail address, or for a new
 * donor. The donor's name and language become those of this latest gift.
 */
const recordDonation: Operation<'recordDonation'> = ({ body, store, now }) =>
  store.write((data) => {
    if (!KNOWN_CURRENCIES.has(body.currency)) {
      return problem('validation_failed', { fieldErrors: { currency: ['Not an ISO 4217 currency code.'] } });
    }
    if (body.date > latestToday(now)) {
      return problem('unprocessable', {
        message: 'A donation is recorded once given: its date cannot be later than today.',
        fieldErrors: { date: ['Later than today.'] },
      });
    }
    const at = now.toISOString();
    const donor = donorFor(data, body, at);
    const donation: DonationRecord = {
      id: nextId(data, 'don'),
      donorId: donor.id,
      amount: body.amount,
      currency: body.currency,
      date: body.date,
      publicThanks: body.publicThanks,
      anonymous: body.anonymous,
      locale: body.locale,
      createdAt: at,
    };
    data.donations.push(donation);
    return json(donation, { status: 201 });
  });

/** One letter per donor who gave in the period (in `language` only, if given), in the order donors are recorded. */
const listThankYouLetters: Operation<'listThankYouLetters'> = ({ query, store }) => {
  const data = store.read();
  const givers = byDonor(donationsIn(data.donations, query.period));
  const letters = data.donors
    .filter((donor) => givers.has(donor.id) && (query.language === undefined || donor.locale === query.language))
    .map((donor) => thankYouLetter(donor, query.period, totalsByCurrency(givers.get(donor.id) ?? [])));
  return pageResponse(letters, query);
};

export const donorOperations = {
  listDonorWall,
  recordDonation,
  listThankYouLetters,
} satisfies Partial<Operations>;

function donorFor(data: StoreData, input: { donorName: string; email: string; locale: DonorRecord['locale'] }, at: string): DonorRecord {
  const email = input.email.toLowerCase();
  const known = data.donors.find((donor) => donor.email.toLowerCase() === email);
  if (known) {
    known.name = input.donorName;
    known.locale = input.locale;
    return known;
  }
  const member = data.members.find((candidate) => candidate.email.toLowerCase() === email);
  const donor: DonorRecord = {
    id: nextId(data, 'dnr'),
    name: input.donorName,
    email: input.email,
    locale: input.locale,
    memberId: member?.id ?? null,
    createdAt: at,
  };
  data.donors.push(donor);
  return donor;
}

/** Today's date where it is latest (UTC+14), so that no time zone's today is refused. */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function byWallOrder(a: WallEntry & { donorId: string }, b: WallEntry & { donorId: string }): number {
  return (
    DONOR_TIERS.indexOf(b.tier) - DONOR_TIERS.indexOf(a.tier) ||
    Number(a.anonymous) - Number(b.anonymous) ||
    (a.displayName ?? '').localeCompare(b.displayName ?? '', 'en') ||
    a.donorId.localeCompare(b.donorId)
  );
}
