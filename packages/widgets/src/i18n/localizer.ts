import { loadedTable, type Catalog } from './catalog.js';
import { sharedMessages, tableLocale, type SupportedLocale } from './locale.js';
import type { Messages, Plural } from './messages.js';

type Values = Readonly<Record<string, string | number>>;

/** Units a relative time is said in, largest first, with their length in seconds. */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * Everything a widget says, in one language: its message table and the
 * `Intl` formatters for numbers, plurals and relative times (date ranges are
 * `dateRange`, in `date-range.ts`). Get one with {@link localizerFor}; they
 * are cached, since `Intl` formatters are costly to make and every render
 * needs them.
 *
 * @example
 * ```ts
 * const l = localizerFor('zh-CN');
 * l.plural(l.messages.eventList.count, 5); // "5 个近期活动"
 * l.relativeTime(new Date(Date.now() + 3 * 86_400_000)); // "3天后"
 * ```
 */
export class Localizer {
  /** The canonical BCP 47 tag (`declare`: set in the constructor, so no field declaration is emitted). */
  declare readonly locale: string;
  readonly #table: SupportedLocale;
  readonly #plurals: Intl.PluralRules;
  readonly #numbers: Intl.NumberFormat;
  readonly #relative: Intl.RelativeTimeFormat;

  constructor(locale: string) {
    this.locale = locale;
    this.#table = tableLocale(locale);
    this.#plurals = new Intl.PluralRules(locale);
    this.#numbers = new Intl.NumberFormat(locale);
    this.#relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  }

  /** The texts every widget shares (states, dialogs); a widget's own are in its {@link Catalog}, forms' in `formMessages`. */
  get messages(): Messages {
    return this.text(sharedMessages);
  }

  /**
   * A widget's own texts in this language, from its catalog. `NgoElement`
   * renders only once its language's tables are loaded; English stands in
   * for a table that is not (a localizer used outside a widget, before that).
   */
  text<T>(catalog: Catalog<T>): T {
    return loadedTable(catalog, this.#table) ?? catalog.en;
  }

  /** Replaces each `{name}` in `template` with its value; numbers are formatted for the language. */
  fill(template: string, values: Values): string {
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = values[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? this.number(value) : value;
    });
  }

  number(value: number): string {
    return this.#numbers.format(value);
  }

  /** The form of `message` for `count`, with `{count}` and any other `values` filled in. */
  plural(message: Plural, count: number, values: Values = {}): string {
    const form = message[this.#plurals.select(count)] ?? message.other;
    return this.fill(form, { ...values, count });
  }

  /** `date` relative to `now` in the largest unit that fits: "in 3 weeks", "tomorrow", "3天后". */
  relativeTime(date: Date, now: Date = new Date()): string {
    return this.relativeSeconds((date.getTime() - now.getTime()) / 1000);
  }

  /** A time `seconds` from now (negative: ago), in the largest unit that fits. */
  relativeSeconds(seconds: number): string {
    for (const [unit, length] of UNITS) {
      if (Math.abs(seconds) >= length || unit === 'second') {
        return this.#relative.format(Math.round(seconds / length), unit);
      }
    }
    return this.#relative.format(0, 'second');
  }
}

const localizers = new Map<string, Localizer>();

/** The shared {@link Localizer} of a canonical locale such as `en-GB` or `zh-TW`. */
export function localizerFor(locale: string): Localizer {
  let localizer = localizers.get(locale);
  if (!localizer) {
    localizer = new Localizer(locale);
    localizers.set(locale, localizer);
  }
  return localizer;
}
