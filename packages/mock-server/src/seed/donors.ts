import type { DonationRecord, DonorRecord } from '../resources/donors/data.js';
import { nextId, type StoreData } from '../store.js';
import { isMemberAt, type Cast } from './members.js';
import { personFor, type SeedLocale } from './people.js';
import type { Random } from './random.js';
import { DAY, MINUTE, SEED_NOW, iso, isoDate, utc } from './time.js';

/** Organisations that give; they write in the language of their country. */
const COMPANIES: readonly { name: string; handle: string; locale: SeedLocale }[] = [
  { name: 'Lindenhof Bakery', handle: 'info.lindenhof', locale: 'en' },
  { name: 'Spree Software GmbH', handle: 'giving.spree', locale: 'en' },
  { name: '明德文化有限公司', handle: 'mingde.culture', locale: 'zh-CN' },
];

/** Gifts in minor units: cents for euros, fen for yuan. */
const AMOUNTS: Record<'EUR' | 'CNY', readonly number[]> = {
  EUR: [1_000, 2_000, 2_500, 5_000, 10_000, 15_000, 25_000],
  CNY: [10_000, 20_000, 50_000, 100_000, 200_000],
};

interface Giver {
  name: string;
  email: string;
  locale: SeedLocale;
  memberId: string | null;
  publicThanks: boolean;
  anonymous: boolean;
  gifts: number;
  big: boolean;
}

export interface Donors {
  donors: DonorRecord[];
  donations: DonationRecord[];
}

/**
 * 40 donors: 12 members (who get the `donor` role, the demo member among
 * them), 25 other people and 3 organisations. About six in ten agree to
 * public thanks, some of those to be counted without their name. Gifts from
 * July 2025 to November 2026, in euros or, from donors in China, in yuan.
 */
export function raiseFunds(data: StoreData, random: Random, cast: Cast, email: (handle: string, domain?: string) => string): Donors {
  const members = [
    cast.demo,
    ...random.sample(
      cast.members.filter((member) => member.id !== cast.demo.id && isMemberAt(member, SEED_NOW)),
      11,
      (member) => cast.engagement.get(member.id) ?? 0.5,
    ),
  ];
  const givers: Giver[] = members.map((member) => {
    member.roles.push('donor');
    return giverOf(member.name, member.email, member.locale, member.id, false);
  });
  for (let index = 0; index < 25; index++) {
    const locale = random.weighted<SeedLocale>(['en', 'zh-CN', 'zh-TW'], (l) => ({ en: 5, 'zh-CN': 4, 'zh-TW': 1 })[l]);
    const person = personFor(random, locale);
    givers.push(giverOf(person.name, email(person.handle, random.pick(['example.com', 'example.net'])), locale, null, false));
  }
  for (const company of COMPANIES) givers.push(giverOf(company.name, email(company.handle, 'example.com'), company.locale, null, true));

  const gifts = givers.flatMap((giver) =>
    Array.from({ length: giver.gifts }, () => {
      const day = utc('2025-07-01') + random.int(0, Math.floor((SEED_NOW - 2 * DAY - utc('2025-07-01')) / DAY)) * DAY;
      const currency = giver.locale === 'zh-CN' ? 'CNY' : 'EUR';
      const scale = giver.big ? 10 : 1;
      return { giver, day, currency, amount: random.pick(AMOUNTS[currency]) * scale };
    }),
  );
  gifts.sort((a, b) => a.day - b.day);

  const donorIds = new Map<Giver, DonorRecord>();
  const donors: DonorRecord[] = [];
  const donations = gifts.map(({ giver, day, currency, amount }) => {
    const recorded = day + DAY + random.int(9 * 60, 17 * 60) * MINUTE;
    let donor = donorIds.get(giver);
    if (!donor) {
      donor = { id: nextId(data, 'dnr'), name: giver.name, email: giver.email, locale: giver.locale, memberId: giver.memberId, createdAt: iso(recorded) };
      donorIds.set(giver, donor);
      donors.push(donor);
    }
    return {
      id: nextId(data, 'don'),
      donorId: donor.id,
      amount,
      currency,
      date: isoDate(day),
      publicThanks: giver.publicThanks,
      anonymous: giver.anonymous,
      locale: giver.locale,
      createdAt: iso(recorded),
    };
  });
  return { donors, donations };

  function giverOf(name: string, address: string, locale: SeedLocale, memberId: string | null, big: boolean): Giver {
    const publicThanks = big || random.chance(0.6);
    return {
      name, email: address, locale, memberId, big, publicThanks,
      anonymous: publicThanks && !big && random.chance(0.25),
      gifts: big ? 2 : random.weighted([1, 2, 3, 4], (n) => [5, 3, 2, 1][n - 1] ?? 0),
    };
  }
}
