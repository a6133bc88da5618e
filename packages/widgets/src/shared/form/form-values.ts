/** What one native control holds: a text, a ticked box, or the ticked boxes of a group. */
export type FieldValue = string | boolean | readonly string[];

/** The values of a form's controls, by field name. */
export type FormValues = Readonly<Record<string, FieldValue>>;

/**
 * The values as a schema expects them: empty texts are left out, so that an
 * optional field left empty is absent rather than an empty (and invalid)
 * string, and a required one reads as missing.
 */
export function withoutBlanks(values: FormValues): Record<string, FieldValue> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}
