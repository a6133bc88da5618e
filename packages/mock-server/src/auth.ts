export type Credential = { kind: 'publishable'; key: string } | { kind: 'secret'; key: string };

/** Reads `Authorization: Bearer <key>`; `undefined` when there is none or it is not a key of ours. */
export function readCredential(request: Request): Credential | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token) return undefined;
  if (/^pk_[A-Za-z0-9_]+$/.test(token)) return { kind: 'publishable', key: token };
  if (/^sk_[A-Za-z0-9_]+$/.test(token)) return { kind: 'secret', key: token };
  return undefined;
}
