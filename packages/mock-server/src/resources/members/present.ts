import type * as z from 'zod/mini';
import { tierFor } from '@ngo-kit/sdk';
import type { MemberSchema, MeSchema } from '@ngo-kit/sdk/schemas';
import type { StoreData } from '../../store.js';
import { earnedTotalOf, hoursServedOf } from '../points/ledger.js';
import type { MemberRecord } from './data.js';

/** A member in the wire form: none of the dates and secrets the server keeps. */
export function presentMember(member: MemberRecord): z.input<typeof MemberSchema> {
  const { id, name, email, roles, interests, locale, newsletter, status, joinedAt } = member;
  return { id, name, email, roles, interests, locale, newsletter, status, joinedAt };
}

/** The signed-in member's own profile: the tier follows the points earned, the hours come from the ledger. */
export function presentMe(data: Readonly<StoreData>, member: MemberRecord): z.input<typeof MeSchema> {
  return {
    ...presentMember(member),
    tier: tierFor(Math.max(0, earnedTotalOf(data, member.id))),
    hoursServed: hoursServedOf(data, member.id),
  };
}
