import type { SupportedLocale } from './locale.js';

/** The languages whose tables are loaded when a widget first speaks them: every one but English. */
export type LoadedLocale = Exclude<SupportedLocale, 'en'>;

/**
 * One widget's texts in every language ngo-kit speaks: the widget's own
 * interface of messages, with the English table built in and each other
 * language's table behind a dynamic `import()`. Chinese text compresses
 * poorly (about 1 KB gzipped per widget and language), so a bundle carries
 * only English, and a page downloads a Chinese table (a chunk of its own in
 * the CDN build) only when a widget on it speaks that language. `NgoElement`
 * loads the tables before it renders, so `localizer.text(catalog)` always has
 * them. Make one with {@link catalog}; `catalogProblems` (test support) checks
 * each table against English.
 */
export interface Catalog<T> {
  /** English: in every bundle, and what a widget shows when another language's table cannot be loaded. */
  readonly en: T;
  /** Loads each other language's table; a type error unless each resolves to the whole interface. */
  readonly load: Readonly<Record<LoadedLocale, () => Promise<T>>>;
}

type AnyCatalog = Catalog<unknown>;

/** Every catalog the modules on the page have made: what a widget waits for before it speaks a language. */
const known = new Set<AnyCatalog>();
const loaded = new WeakMap<AnyCatalog, Map<LoadedLocale, unknown>>();
const pending = new WeakMap<AnyCatalog, Map<LoadedLocale, Promise<unknown>>>();
/** Languages whose tables could not be loaded: not asked for again until {@link retryFailedTexts}. */
const failed = new Set<LoadedLocale>();

/**
 * A widget's catalog: its English table, and a function per other language
 * that imports that language's module. Each language sits in a module of its
 * own beside `messages.ts`, so a Simplified Chinese page does not download
 * the Traditional table too.
 *
 * @example
 * ```ts
 * // greeting/messages.ts
 * export interface GreetingMessages { hello: string; count: Plural }
 * export const greetingMessages = catalog<GreetingMessages>(
 *   { hello: 'Hello', count: { one: '{count} friend', other: '{count} friends' } },
 *   {
 *     'zh-CN': async () => (await import('./messages.zh-hans.js')).greetingZhHans,
 *     'zh-TW': async () => (await import('./messages.zh-hant.js')).greetingZhHant,
 *   },
 * );
 * // greeting/messages.zh-hans.ts
 * export const greetingZhHans: GreetingMessages = { hello: '你好', count: { other: '{count} 位朋友' } };
 * ```
 */
export function catalog<T>(en: T, load: Catalog<T>['load']): Catalog<T> {
  const made: Catalog<T> = { en, load };
  known.add(made);
  return made;
}

/** `catalog`'s table for `table`, if it is loaded; English is always there. */
export function loadedTable<T>(catalog: Catalog<T>, table: SupportedLocale): T | undefined {
  if (table === 'en') return catalog.en;
  return loaded.get(catalog)?.get(table) as T | undefined;
}

/** True when every catalog made so far has its `table` loaded (always for English). */
export function textsReady(table: SupportedLocale): boolean {
  if (table === 'en') return true;
  for (const made of known) if (!loaded.get(made)?.has(table)) return false;
  return true;
}

/** True when loading `table` failed and has not been retried since. */
export function textsFailed(table: SupportedLocale): boolean {
  return table !== 'en' && failed.has(table);
}

/**
 * Loads `table` of every catalog made so far that lacks it, all at once; a
 * catalog's table is asked for once however many widgets wait for it.
 * Rejects when one could not be loaded (offline, a blocked CDN), and marks
 * the language failed so that widgets show English instead of waiting again.
 */
export async function loadTexts(table: LoadedLocale): Promise<void> {
  const missing = [...known].filter((made) => !loaded.get(made)?.has(table));
  try {
    await Promise.all(missing.map((made) => loadTable(made, table)));
  } catch (error) {
    failed.add(table);
    throw error;
  }
}

/** Forgets which languages failed, so that the next widget update tries them again (back online, say). */
export function retryFailedTexts(): void {
  failed.clear();
}

function loadTable(made: AnyCatalog, table: LoadedLocale): Promise<unknown> {
  let byTable = pending.get(made);
  if (!byTable) pending.set(made, (byTable = new Map()));
  let loading = byTable.get(table);
  if (!loading) {
    loading = made.load[table]().then(
      (value) => {
        let tables = loaded.get(made);
        if (!tables) loaded.set(made, (tables = new Map()));
        tables.set(table, value);
      },
      (error: unknown) => {
        // a failed import is asked for again on the next try, not remembered
        byTable.delete(table);
        throw error;
      },
    );
    byTable.set(table, loading);
  }
  return loading;
}
