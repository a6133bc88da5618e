import type { StoreData } from '../../store.js';
import type { MemberRecord } from './data.js';

/**
 * The member an e-mail address belongs to, compared without case, or
 * `undefined`. Someone who left and joined again has a new record: the current one wins.
 */
export function memberByEmail(data: Readonly<StoreData>, email: string): MemberRecord | undefined {
  const wanted = email.toLowerCase();
  return data.members.find((member) => member.leftAt === null && member.email.toLowerCase() === wanted);
}
