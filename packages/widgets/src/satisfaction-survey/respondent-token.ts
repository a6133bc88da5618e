import { newIdempotencyKey } from '@ngo-kit/sdk';
import { local, read, write } from './survey-storage.js';

/** Respondent tokens made on this page, by storage key, for when storage cannot keep them. */
const tokensThisPage = new Map<string, string>();

/**
 * The random id this browser answers the surveys of `api` under when no
 * member is signed in, kept in `localStorage` (`ngo-kit:survey-respondent:<api>`);
 * made on first use, when a response is sent. Also kept in memory for the
 * page's life: when storage is full or forbidden, each send would otherwise
 * carry a new one, and a retry with the same key would then be another
 * request to the API.
 */
export function respondentToken(api: string): string {
  const key = `ngo-kit:survey-respondent:${api}`;
  let token = read<string>(local, key) ?? tokensThisPage.get(key);
  if (!token) {
    // a UUID, also on pages served over http, where crypto.randomUUID is missing
    token = newIdempotencyKey();
    write(local, key, token);
  }
  tokensThisPage.set(key, token);
  return token;
}
