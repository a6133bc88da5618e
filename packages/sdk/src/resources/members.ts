import { EmailConfirmationInputSchema, MemberSchema, SignupInputSchema } from '../validators/validators.js';
import type { WriteOptions } from '../http.js';
import type { EmailConfirmationInput, Member, SignupInput } from '../schemas/members.js';
import { Resource } from './resource.js';

/**
 * Joining the organisation: `client.members`.
 *
 * @example
 * ```ts
 * const member = await client.members.signUp({
 *   name: 'Ada', email: 'ada@example.org', roles: ['volunteer'], interests: ['charity-run'],
 *   locale: 'en', newsletter: true, consent: true,
 * });
 * // later, with the token from the confirmation e-mail:
 * await client.members.confirmEmail({ token });
 * ```
 */
export class MembersResource extends Resource {
  /** Joins as member, volunteer or donor; the member stays `pending` until the e-mail is confirmed. */
  signUp(input: SignupInput, options: WriteOptions = {}): Promise<Member> {
    const body = { schema: SignupInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/members', body, response: MemberSchema, ...options });
  }

  /** Confirms the e-mail address of a signup with the token mailed to it. */
  confirmEmail(input: EmailConfirmationInput, options: WriteOptions = {}): Promise<Member> {
    const body = { schema: EmailConfirmationInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/members/confirm', body, response: MemberSchema, ...options });
  }
}
