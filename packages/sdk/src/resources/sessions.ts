import { SessionInputSchema, SessionSchema, SignInLinkInputSchema } from '../validators/validators.js';
import type { RequestOptions } from '../http.js';
import { noContent } from '../validators/runtime.js';
import type { Session, SessionInput, SignInLinkInput } from '../schemas/members.js';
import { Resource } from './resource.js';

/**
 * Signing in to the member portal: `client.sessions`.
 *
 * @example
 * ```ts
 * await client.sessions.requestLink({ email: 'ada@example.org' });
 * // the member types the token from the e-mail
 * const session = await client.sessions.create({ email: 'ada@example.org', token });
 * client.setMemberToken(session.token);
 * const me = await client.me.retrieve();
 * ```
 */
export class SessionsResource extends Resource {
  /**
   * Mails a one-use sign-in token to the address if it belongs to an active
   * member; the answer is the same whether it does or not.
   */
  requestLink(input: SignInLinkInput, options: RequestOptions = {}): Promise<void> {
    const body = { schema: SignInLinkInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/sessions/links', body, response: noContent, outbox: false, ...options });
  }

  /** Signs in; pass the answer's `token` to `client.setMemberToken`. Never kept in the outbox: a late sign-in helps nobody. */
  create(input: SessionInput, options: RequestOptions = {}): Promise<Session> {
    const body = { schema: SessionInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/sessions', body, response: SessionSchema, outbox: false, ...options });
  }
}
