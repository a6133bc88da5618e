import type { SupportedLocale } from './locale.js';

/**
 * One widget's texts in every language ngo-kit speaks: the widget's own
 * interface of messages, one table per language. Each widget keeps its
 * catalog beside its code, so a bundle of one widget carries only its own
 * texts (plus the shared ones in `Messages`). Read it in the widget's
 * language with `localizer.text(catalog)`; `catalogProblems` (test support)
 * checks each table against English.
 *
 * @example
 * ```ts
 * interface GreetingMessages { hello: string; count: Plural }
 * export const greetingMessages: Catalog<GreetingMessages> = {
 *   en: { hello: 'Hello', count: { one: '{count} friend', other: '{count} friends' } },
 *   'zh-CN': { hello: '你好', count: { other: '{count} 位朋友' } },
 *   'zh-TW': { hello: '你好', count: { other: '{count} 位朋友' } },
 * };
 * ```
 */
export type Catalog<T> = Readonly<Record<SupportedLocale, T>>;
