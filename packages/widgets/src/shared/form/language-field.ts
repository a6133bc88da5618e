import type { TemplateResult } from 'lit';
import { SUPPORTED_LOCALES, tableLocale, type SupportedLocale } from '../../i18n/locale.js';
import type { Localizer } from '../../i18n/localizer.js';
import { selectField } from './fields.js';
import type { FormValues } from './form-values.js';
import { formMessages } from './messages.js';
import type { ValidatingSchema } from './schema.js';

type FieldForm = Parameters<typeof selectField>[0];

/** Each language by its own name, written and read in that language. */
const LANGUAGE_NAMES: Readonly<Record<SupportedLocale, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
};

/**
 * The person's preferred language (`locale` in the SDK's schemas) as a
 * `<select>` of every language ngo-kit speaks. Until the person picks one,
 * the field holds `''` and shows the widget's own language (that of
 * `localizer`), so that a form whose `lang` changes follows it;
 * {@link withDefaults} sends the same. Should the API refuse the language
 * shown, the message says it is not valid: the person left nothing blank.
 */
export function languageField(
  form: FieldForm,
  options: { label: string; localizer: Localizer; name?: string },
): TemplateResult {
  const name = options.name ?? 'locale';
  const picked = form.values[name];
  const shown: FieldForm = {
    values: { ...form.values, [name]: picked || tableLocale(options.localizer.locale) },
    fieldError: (field) => {
      const error = form.fieldError(field);
      return error !== undefined && field === name && !picked ? options.localizer.text(formMessages).invalid : error;
    },
    set: (field, value) => form.set(field, value),
  };
  return selectField(shown, {
    name,
    label: options.label,
    choices: SUPPORTED_LOCALES.map((locale) => [locale, LANGUAGE_NAMES[locale], locale] as const),
  });
}

/**
 * `schema`, checking the values with `defaults()` filled in where a field is
 * absent (a form leaves out blank fields): a field the person did not touch
 * is sent with the value it shows.
 */
export function withDefaults<Output>(schema: ValidatingSchema<Output>, defaults: () => FormValues): ValidatingSchema<Output> {
  return {
    '~standard': {
      validate: (value) => schema['~standard'].validate({ ...defaults(), ...(value as object) }),
    },
  };
}
