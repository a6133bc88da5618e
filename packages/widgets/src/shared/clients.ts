import { createBaseClient, type NgoBaseClient } from '@ngo-kit/sdk';
import type { NgoKitConfig } from './config.js';
import { NgoConfigError } from './ngo-config-error.js';

const sharedClients = new Map<string, NgoBaseClient>();
const fetchIds = new WeakMap<typeof globalThis.fetch, number>();
let nextFetchId = 1;

/**
 * One client per configuration (address, key, member token and `fetch`), so
 * that widgets on one page share its connections, cache and retries, and
 * identical reads at the same moment make one request. Language and theme do
 * not matter here. It is a base client: a widget names the resources it uses
 * (`client.use(EventsResource)`), so a bundle of one widget carries only
 * those resources' schemas.
 *
 * @throws {NgoConfigError} when the address or the key is missing.
 */
export function clientFor(config: NgoKitConfig): NgoBaseClient {
  const { api, key } = config;
  if (!api) throw new NgoConfigError('ngo-kit: set the api attribute, or call configure({ api })');
  if (!key) throw new NgoConfigError('ngo-kit: set the key attribute, or call configure({ key })');
  const { memberToken } = config;
  const id = `${api}\n${key}\n${memberToken ?? ''}\n${config.fetch ? fetchId(config.fetch) : 0}`;
  let client = sharedClients.get(id);
  if (!client) {
    client = createBaseClient({ baseUrl: api, publishableKey: key, memberToken, fetch: config.fetch });
    sharedClients.set(id, client);
  }
  return client;
}

function fetchId(fetch: typeof globalThis.fetch): number {
  let id = fetchIds.get(fetch);
  if (id === undefined) {
    id = nextFetchId++;
    fetchIds.set(fetch, id);
  }
  return id;
}
