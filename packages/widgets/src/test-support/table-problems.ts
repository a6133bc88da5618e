import type { Catalog } from '../i18n/catalog.js';
import { SUPPORTED_LOCALES, tableLocale, type SupportedLocale } from '../i18n/locale.js';
import type { Plural } from '../i18n/messages.js';

type Table = { readonly [key: string]: string | Plural | Table };

function isPlural(value: unknown): value is Plural {
  return typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string';
}

function placeholders(value: string | Plural): string[] {
  const texts = typeof value === 'string' ? [value] : Object.values(value);
  return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')))].sort();
}

/**
 * What is wrong with the message table `candidate` of `locale`, measured
 * against the reference (English) table: a key missing or extra, an empty
 * text, placeholders that differ, a plural without a form its language
 * needs (per `Intl.PluralRules`) or with one it never uses. Empty when the
 * table is complete.
 */
export function tableProblems(reference: object, candidate: object, locale: SupportedLocale): string[] {
  return problemsIn(reference as Table, candidate as Table, locale, '');
}

function problemsIn(reference: Table, candidate: Table, locale: SupportedLocale, path: string): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(tableLocale(locale)).resolvedOptions().pluralCategories;
  for (const key of new Set([...Object.keys(reference), ...Object.keys(candidate)])) {
    const where = path ? `${path}.${key}` : key;
    const expected = reference[key];
    const actual = candidate[key];
    if (expected === undefined) problems.push(`${locale}: ${where} is not in the reference table`);
    else if (actual === undefined) problems.push(`${locale}: ${where} is missing`);
    else if (typeof expected === 'string' || isPlural(expected)) {
      if (typeof actual === 'string' ? actual.trim() === '' : !isPlural(actual)) {
        problems.push(`${locale}: ${where} is empty or of the wrong kind`);
        continue;
      }
      const want = placeholders(expected).join(',');
      const have = placeholders(actual as string | Plural).join(',');
      if (want !== have) problems.push(`${locale}: ${where} has placeholders {${have}}, expected {${want}}`);
      if (isPlural(actual)) {
        for (const category of categories) {
          if (actual[category] === undefined) problems.push(`${locale}: ${where} has no "${category}" form`);
        }
        for (const category of Object.keys(actual)) {
          if (!categories.includes(category as Intl.LDMLPluralRule)) {
            problems.push(`${locale}: ${where} has a "${category}" form its language never uses`);
          }
        }
      }
    } else if (typeof actual !== 'object' || isPlural(actual)) {
      problems.push(`${locale}: ${where} should be a group of messages`);
    } else {
      problems.push(...problemsIn(expected, actual, locale, where));
    }
  }
  return problems;
}

/**
 * What is wrong with any table of a widget's catalog, each measured against
 * its English table; see {@link tableProblems}. It loads the other languages
 * through the catalog's own imports, so a table that is missing or under the
 * wrong export fails here too. Every widget's tests call it.
 *
 * @example
 * ```ts
 * expect(await catalogProblems(eventListMessages)).to.deep.equal([]);
 * ```
 */
export async function catalogProblems(catalog: Catalog<object>): Promise<string[]> {
  const tables = await catalogTables(catalog);
  return SUPPORTED_LOCALES.flatMap((locale) => tableProblems(catalog.en, tables[locale], locale));
}

/** Every table of `catalog`, the other languages loaded through its own imports, for tests that read them all. */
export async function catalogTables<T>(catalog: Catalog<T>): Promise<Record<SupportedLocale, T>> {
  const [zhCN, zhTW] = await Promise.all([catalog.load['zh-CN'](), catalog.load['zh-TW']()]);
  return { en: catalog.en, 'zh-CN': zhCN, 'zh-TW': zhTW };
}
