import { createClient, type NgoClient } from '@ngo-kit/sdk';

/** What a widget needs to reach the organisation's API. */
export interface NgoKitConfig {
  /** Where the API lives, e.g. `https://api.example.org`. */
  api?: string | undefined;
  /** The organisation's publishable key (`pk_...`). */
  key?: string | undefined;
  /** Replaces `fetch` for every widget: for demos and tests with the mock server's browser adapter. */
  fetch?: typeof globalThis.fetch | undefined;
}

let globalConfig: NgoKitConfig = {};

/**
 * Sets defaults for every widget on the page; a widget's own attributes win.
 *
 * @example
 * ```html
 * <script type="module">
 *   import { configure } from 'https://cdn.example.org/ngo-kit.min.js';
 *   configure({ api: 'https://api.example.org', key: 'pk_live_123' });
 * </script>
 * <ngo-event-list></ngo-event-list>
 * ```
 */
export function configure(config: NgoKitConfig): void {
  globalConfig = { ...globalConfig, ...config };
}

/** The configuration a widget uses: its own attributes first, then the page's defaults. */
export function resolveConfig(own: NgoKitConfig): NgoKitConfig {
  return {
    api: own.api || globalConfig.api,
    key: own.key || globalConfig.key,
    fetch: own.fetch ?? globalConfig.fetch,
  };
}

/** The widget is missing its API address or key. */
export class NgoConfigError extends Error {
  override readonly name = 'NgoConfigError';
}

const sharedClients = new Map<string, NgoClient>();
const fetchIds = new WeakMap<typeof globalThis.fetch, number>();
let nextFetchId = 1;

/**
 * One client per configuration, so that widgets on one page share its
 * connections, retries and (later) its cache.
 */
export function clientFor(config: NgoKitConfig): NgoClient {
  const { api, key } = config;
  if (!api) throw new NgoConfigError('ngo-kit: set the api attribute, or call configure({ api })');
  if (!key) throw new NgoConfigError('ngo-kit: set the key attribute, or call configure({ key })');
  const id = `${api}\n${key}\n${config.fetch ? fetchId(config.fetch) : 0}`;
  let client = sharedClients.get(id);
  if (!client) {
    client = createClient({ baseUrl: api, publishableKey: key, fetch: config.fetch });
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
