import { catalog } from './catalog.js';
import { en } from './en.js';
import type { Messages } from './messages.js';

/** The languages ngo-kit speaks, as the tags its tables are known by. */
export const SUPPORTED_LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** The texts every widget shares (states, dialogs): English built in, Chinese loaded when spoken. Forms have theirs in shared/form. */
export const sharedMessages = catalog<Messages>(en, {
  'zh-CN': async () => (await import('./zh-hans.js')).zhHans,
  'zh-TW': async () => (await import('./zh-hant.js')).zhHant,
});

/**
 * The `lang` of the nearest element at or above `element` that has a
 * non-empty one. A widget inside another component's shadow root looks past
 * that root to its host, so it follows the page around that component.
 */
export function inheritedLang(element: Element): string | undefined {
  let current: Element | null = element;
  while (current) {
    const declared = current.closest('[lang]:not([lang=""])');
    if (declared) return declared.getAttribute('lang') ?? undefined;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * The first well-formed language tag among `candidates` (nearest first), then
 * the browser's languages, in canonical form. A tag in a language ngo-kit does
 * not speak resolves to English: the widget then speaks and formats English
 * consistently, instead of mixing English text with dates of another language.
 */
export function resolveLocale(...candidates: (string | null | undefined)[]): string {
  for (const tag of [...candidates, ...navigator.languages, navigator.language]) {
    if (!tag) continue;
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(tag)[0];
    } catch {
      continue;
    }
    if (canonical) return supportedLanguage(canonical) ? canonical : 'en';
  }
  return 'en';
}

function supportedLanguage(locale: string): boolean {
  const { language } = new Intl.Locale(locale);
  return language === 'en' || language === 'zh';
}

/**
 * The table a locale speaks: Traditional Chinese for `zh-Hant` and the regions
 * that write it (Taiwan, Hong Kong, Macao), Simplified for other Chinese,
 * English otherwise.
 */
export function tableLocale(locale: string): SupportedLocale {
  const { language, script } = new Intl.Locale(locale).maximize();
  if (language !== 'zh') return 'en';
  return script === 'Hant' ? 'zh-TW' : 'zh-CN';
}
