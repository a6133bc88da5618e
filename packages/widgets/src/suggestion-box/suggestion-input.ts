import type { SuggestionInput } from '@ngo-kit/sdk/schemas';
import { SuggestionInputSchema } from '@ngo-kit/sdk/validators';
import type { ValidatingSchema } from '../shared/form/schema.js';

/** The form's values as the API takes them, field by field. */
export type SuggestionFormValues = {
  title: string;
  body: string;
  category: string;
  anonymous: boolean;
  name: string;
  contactEmail: string;
  website: string;
};

/** The empty form, its fields in the order they appear (the first wrong one gets focus). */
export const EMPTY_SUGGESTION: SuggestionFormValues = {
  title: '',
  body: '',
  category: '',
  anonymous: false,
  name: '',
  contactEmail: '',
  website: '',
};

/**
 * The SDK's `SuggestionInputSchema`, given only what the form may send. An
 * anonymous suggestion leaves out the name and the contact address (their
 * fields are hidden, but what was typed stays in the draft in case the box
 * is unticked again), and a signed-in member's leaves out the name, which
 * the API takes from the member. The API refuses either with a 400, and a
 * hidden field cannot show its message, so they never go out.
 */
export function suggestionInputSchema(signedIn: () => boolean): ValidatingSchema<SuggestionInput> {
  const standard = SuggestionInputSchema['~standard'];
  return { '~standard': { validate: (value) => standard.validate(sendable(value, signedIn())) } };
}

function sendable(value: unknown, signedIn: boolean): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { name, contactEmail, ...rest } = value as Record<string, unknown>;
  if (rest['anonymous'] === true) return rest;
  return {
    ...rest,
    ...(signedIn || name === undefined ? {} : { name }),
    ...(contactEmail === undefined ? {} : { contactEmail }),
  };
}
