import type { Credential } from '@ngo-kit/sdk/contract';
import { problem } from './problems.js';
import type { Store } from './store.js';

/** Who is calling, after the bearer credential was checked. */
export type Caller =
  | { kind: 'publishable'; key: string }
  | { kind: 'secret'; key: string }
  | { kind: 'member'; memberId: string; token: string }
  | { kind: 'staff'; token: string };

/** The secret keys a server accepts when none are configured: the demo's, which are public knowledge. */
export const DEMO_SECRET_KEYS: readonly string[] = ['sk_demo', 'sk_test'];

const PUBLISHABLE_KEY = /^pk_[A-Za-z0-9_]+$/;
const SECRET_KEY = /^sk_[A-Za-z0-9_]+$/;
const MEMBER_TOKEN = /^mt_[A-Za-z0-9_-]+$/;
const STAFF_TOKEN = /^st_[A-Za-z0-9_-]+$/;

export type Authentication = { ok: true; caller: Caller } | { ok: false; response: Response };

/**
 * Reads `Authorization: Bearer <credential>`. Any well-formed publishable key is
 * accepted (it names a site, not a secret); a secret key must be one of
 * `secretKeys`; a member or staff token must belong to a session that has not expired.
 */
export function authenticate(request: Request, store: Store, now: Date, secretKeys: readonly string[]): Authentication {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token) return refuse('A bearer credential is required: a publishable key, a member token or a secret key.');
  if (PUBLISHABLE_KEY.test(token)) return { ok: true, caller: { kind: 'publishable', key: token } };
  if (SECRET_KEY.test(token)) {
    return secretKeys.includes(token) ? { ok: true, caller: { kind: 'secret', key: token } } : refuse('Unknown secret key.');
  }
  if (MEMBER_TOKEN.test(token)) {
    const session = store.read().sessions.find((candidate) => candidate.token === token);
    if (!session || Date.parse(session.expiresAt) <= now.getTime()) {
      return refuse('The member session has expired or does not exist; sign in again.');
    }
    return { ok: true, caller: { kind: 'member', memberId: session.memberId, token } };
  }
  if (STAFF_TOKEN.test(token)) {
    const session = store.read().staffSessions.find((candidate) => candidate.token === token);
    if (!session || Date.parse(session.expiresAt) <= now.getTime()) {
      return refuse('The staff session has expired or does not exist; sign in again.');
    }
    return { ok: true, caller: { kind: 'staff', token } };
  }
  return refuse('Not a credential of this API.');
}

/** `undefined` when the caller may use a route that asks for `credential`, else the 401 or 403 to answer. */
export function authorize(caller: Caller, credential: Credential): Response | undefined {
  if (credential === 'publishable' || caller.kind === credential) return undefined;
  if (credential === 'member' && caller.kind === 'publishable') {
    return problem('unauthorized', { message: 'Sign in first: this needs a member token.' });
  }
  if (credential === 'staff' && caller.kind === 'secret') return undefined;
  return problem('forbidden', { message: FORBIDDEN[credential] });
}

const FORBIDDEN: Record<Exclude<Credential, 'publishable'>, string> = {
  member: 'This needs a member token.',
  staff: 'This needs a staff token or the secret key.',
  secret: 'This needs a secret key (staff only).',
};

/** Whose writes are counted together for rate limits and idempotency keys. */
export function principalOf(caller: Caller): string {
  if (caller.kind === 'member') return `member:${caller.memberId}`;
  return caller.kind === 'staff' ? `staff:${caller.token}` : caller.key;
}

function refuse(message: string): Authentication {
  return { ok: false, response: problem('unauthorized', { message }) };
}
