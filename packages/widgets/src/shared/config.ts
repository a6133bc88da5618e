/** How a widget looks: `auto` follows the reader's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** What a widget needs to reach the organisation's API, and how it speaks and looks. */
export interface NgoKitConfig {
  /** Where the API lives, e.g. `https://api.example.org`. */
  api?: string | undefined;
  /** The organisation's publishable key (`pk_...`). */
  key?: string | undefined;
  /**
   * A signed-in member's token (`mt_...`), for widgets that show or change a
   * member's own data (points, votes, one survey response per person). Set it
   * from the page's own sign-in; without one those widgets say how to sign in.
   */
  memberToken?: string | undefined;
  /** The language, e.g. `zh-CN`; see the languages guide for what happens when none is set. */
  lang?: string | undefined;
  /** Light, dark, or `auto` (the default). */
  theme?: Theme | undefined;
  /** Replaces `fetch` for every widget: for demos and tests with the mock server's browser adapter. */
  fetch?: typeof globalThis.fetch | undefined;
}

/** Every setting of a configuration. */
export const CONFIG_KEYS = ['api', 'key', 'memberToken', 'lang', 'theme', 'fetch'] as const satisfies readonly (keyof NgoKitConfig)[];

let globalConfig: NgoKitConfig = {};

/** Fires `change` when {@link configure} changes the page's defaults, so connected widgets pick them up. */
export const globalConfigChanges = new EventTarget();

/**
 * Sets defaults for every widget on the page: for pages that cannot wrap
 * widgets in an `<ngo-provider>` or set attributes on each. A widget's own
 * attributes and its nearest provider win. Later calls add to earlier ones.
 *
 * The CDN file also offers it as `NgoKit.configure` on `window`.
 *
 * @example
 * ```html
 * <script type="module">
 *   import { configure } from 'https://cdn.example.org/ngo-kit.min.js';
 *   configure({ api: 'https://api.example.org', key: 'pk_live_123', lang: 'zh-TW' });
 * </script>
 * <ngo-event-list></ngo-event-list>
 * ```
 */
export function configure(config: NgoKitConfig): void {
  globalConfig = { ...globalConfig, ...config };
  globalConfigChanges.dispatchEvent(new Event('change'));
}

/** The page's defaults, as {@link configure} set them. */
export function pageConfig(): NgoKitConfig {
  return globalConfig;
}

/**
 * One configuration from several, nearest first: for each setting the first
 * layer that has it (not `undefined`, not empty) wins.
 *
 * @example
 * ```ts
 * resolveConfig({ key: 'pk_own' }, providerConfig, pageConfig());
 * ```
 */
export function resolveConfig(...layers: (NgoKitConfig | undefined)[]): NgoKitConfig {
  const resolved: Record<string, unknown> = {};
  for (const name of CONFIG_KEYS) {
    resolved[name] = layers.map((layer) => layer?.[name]).find((value) => value !== undefined && value !== '');
  }
  return resolved as NgoKitConfig;
}

/** Whether two configurations have the same value for every setting. */
export function sameConfig(a: NgoKitConfig, b: NgoKitConfig): boolean {
  return CONFIG_KEYS.every((name) => a[name] === b[name]);
}
