import type { RequestOptions } from '../http.js';
import { SessionInputSchema, SessionSchema, type Session, type SessionInput } from '../schemas/members.js';
import { Resource } from './resource.js';

/**
 * Signing in to the member portal: `client.sessions`.
 *
 * @example
 * ```ts
 * const session = await client.sessions.create({ email: 'ada@example.org', token });
 * client.setMemberToken(session.token);
 * const me = await client.me.retrieve();
 * ```
 */
export class SessionsResource extends Resource {
  /** Signs in; pass the answer's `token` to `client.setMemberToken`. Never kept in the outbox: a late sign-in helps nobody. */
  create(input: SessionInput, options: RequestOptions = {}): Promise<Session> {
    const body = { schema: SessionInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/sessions', body, response: SessionSchema, outbox: false, ...options });
  }
}
