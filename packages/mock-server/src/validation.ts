import * as z from 'zod/mini';
import { toFieldErrors } from '@ngo-kit/sdk';
import { problem } from './problems.js';

/** zod/mini ships without message texts; field errors of the API are in English. */
const ENGLISH = z.locales.en().localeError;

/** Bodies larger than this are refused: every form of the contract fits easily. */
export const MAX_BODY_BYTES = 64 * 1024;

export type Validated<T> = { ok: true; value: T } | { ok: false; response: Response };

/** Parses a request's query with a schema of the contract; a failure is the 400 envelope with field errors. */
export function parseQuery<Schema extends z.ZodMiniType>(schema: Schema, url: URL): Validated<z.output<Schema>> {
  return parse(schema, Object.fromEntries(url.searchParams));
}

/** Parses a JSON body with a schema of the contract; bad JSON is a 400 too, never a 500. */
export function parseBody<Schema extends z.ZodMiniType>(
  schema: Schema,
  text: string,
  contentType: string | null,
): Validated<z.output<Schema>> {
  if (text.trim() === '') return invalid('A JSON body is required.');
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType ?? '')) {
    return invalid('Send the body as JSON, with Content-Type: application/json.');
  }
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    return invalid(`The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalid('The body is not valid JSON.');
  }
  return parse(schema, value);
}

function parse<Schema extends z.ZodMiniType>(schema: Schema, value: unknown): Validated<z.output<Schema>> {
  const parsed = z.safeParse(schema, value, { error: ENGLISH });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, response: problem('validation_failed', { fieldErrors: toFieldErrors(parsed.error.issues) }) };
}

function invalid(message: string): Validated<never> {
  return { ok: false, response: problem('validation_failed', { message }) };
}
