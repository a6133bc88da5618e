import type { Localizer } from '../../i18n/localizer.js';
import type { SchemaIssue } from './schema.js';
import type { FieldValue } from './form-values.js';
import { formMessages } from './messages.js';

/** A field a person has not filled in: an empty text, no choice, no box ticked in a group. */
export function isBlank(value: FieldValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * What a person should do about `issue`, in the widget's language, from what
 * the schema says was wrong, never from its English message. A blank field
 * reads "Please fill this in." whatever the schema's reason.
 */
export function issueMessage(issue: SchemaIssue, value: FieldValue | undefined, localizer: Localizer): string {
  const form = localizer.text(formMessages);
  const minimum = Number(issue.minimum ?? 1);
  const maximum = Number(issue.maximum ?? 0);
  if (isBlank(value)) {
    return Array.isArray(value) ? localizer.plural(form.chooseAtLeast, minimum) : form.required;
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return localizer.plural(form.tooShort, minimum);
      if (issue.origin === 'array' || issue.origin === 'set') return localizer.plural(form.chooseAtLeast, minimum);
      return localizer.fill(form.tooSmall, { min: minimum });
    case 'too_big':
      if (issue.origin === 'string') return localizer.plural(form.tooLong, maximum);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return localizer.fill(form.tooBig, { max: maximum });
      }
      return form.invalid;
    case 'invalid_format':
      if (issue.format === 'email') return form.email;
      if (issue.format === 'url') return form.url;
      return form.invalid;
    case 'invalid_value':
      return issue.values?.length === 1 && issue.values[0] === true ? form.mustAccept : form.choose;
    default:
      return form.invalid;
  }
}
