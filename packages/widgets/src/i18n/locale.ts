import { en } from './en.js';
import type { Messages } from './messages.js';
import { zhHans } from './zh-hans.js';
import { zhHant } from './zh-hant.js';

/**
 * The language a widget speaks: its own `lang`, else the nearest `lang` on
 * the page, else the browser's.
 */
export function resolveLocale(element: Element): string {
  const declared = element.closest('[lang]')?.getAttribute('lang');
  const locale = declared || navigator.language || 'en';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The message table for a locale: Traditional Chinese for Taiwan, Hong Kong, Macao and `zh-Hant`. */
export function messagesFor(locale: string): Messages {
  const { language, script, region } = new Intl.Locale(locale).maximize();
  if (language !== 'zh') return en;
  return script === 'Hant' || region === 'TW' || region === 'HK' || region === 'MO' ? zhHant : zhHans;
}
