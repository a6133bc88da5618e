const TOKEN_PREFIX = 'ngo-kit:voter:';
const VOTES_PREFIX = 'ngo-kit:votes:';

/** Keeps what `localStorage` is missing for or refuses (private modes, sandboxed frames): for this page only. */
const fallback = new Map<string, string>();

function read(key: string): string | null {
  try {
    const value = localStorage.getItem(key);
    if (value !== null) return value;
  } catch {
    // no storage here: the page's own memory below
  }
  return fallback.get(key) ?? null;
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
    fallback.delete(key);
  } catch {
    // The page keeps it in memory; only a reload forgets it.
    fallback.set(key, value);
  }
}

/** FNV-1a: a short name for a member token, so that the token itself is never a storage key. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Who votes from this browser, as the API counts them: the signed-in member
 * (the SDK sends the member token), else the browser, by a random
 * `voterToken` made once per API and kept in `localStorage`. It also
 * remembers what this voter voted for, since the public list does not say,
 * so that a vote button shows as pressed after a reload.
 *
 * @example
 * ```ts
 * const voter = new Voter('https://api.example.org/', undefined);
 * await client.use(SuggestionsResource).vote(id, { voterToken: voter.token });
 * voter.remember(id, true);
 * ```
 */
export class Voter {
  readonly #api: string;
  readonly #votesKey: string;

  constructor(api: string, memberToken: string | undefined) {
    this.#api = api;
    this.#votesKey = `${VOTES_PREFIX}${api}:${memberToken ? `member-${fingerprint(memberToken)}` : 'browser'}`;
  }

  /** The browser's voter token for this API; the API ignores it when a member token comes along. */
  get token(): string {
    const key = TOKEN_PREFIX + this.#api;
    let token = read(key);
    if (!token) {
      token = crypto.randomUUID();
      write(key, token);
    }
    return token;
  }

  /** The ids of the suggestions this voter voted for, as far as this browser knows. */
  get votedFor(): ReadonlySet<string> {
    try {
      const ids: unknown = JSON.parse(read(this.#votesKey) ?? '[]');
      return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
    } catch {
      return new Set();
    }
  }

  remember(suggestionId: string, voted: boolean): void {
    const ids = new Set(this.votedFor);
    if (voted) ids.add(suggestionId);
    else ids.delete(suggestionId);
    write(this.#votesKey, JSON.stringify([...ids]));
  }
}
