import type * as z from 'zod/mini';
import type { MemberSchema } from '@ngo-kit/sdk/schemas';

/** A member as stored: the wire form plus the dates the KPIs count and the secrets mailed to them. */
export type MemberRecord = z.input<typeof MemberSchema> & {
  /** When the e-mail address was confirmed; `null` while `pending`. */
  confirmedAt: string | null;
  /** The secret of the confirmation e-mail; `null` once used. */
  confirmationToken: string | null;
  /** When the member left the organisation; `null` while they belong. */
  leftAt: string | null;
  /**
   * When the member became a volunteer; `null` if never. A signup as volunteer
   * becomes one when the e-mail is confirmed, not before: a pending signup is nobody yet.
   */
  volunteerFrom: string | null;
  /** When the member stopped volunteering; `null` while they volunteer. */
  volunteerUntil: string | null;
  /**
   * The sign-in token last mailed by `POST /v1/sessions/links`, until it is
   * used or expires; absent or `null` when none is outstanding.
   */
  signIn?: { token: string; expiresAt: string } | null;
};

/** A signed-in session of the member portal; its token is the member's bearer credential. */
export interface SessionRecord {
  token: string;
  memberId: string;
  createdAt: string;
  expiresAt: string;
}

export interface MembersData {
  members: MemberRecord[];
  sessions: SessionRecord[];
}
