import * as z from 'zod/mini';
import { toFieldErrors } from '@ngo-kit/sdk';
import { problem } from './problems.js';

/** zod/mini ships without message texts; field errors of the API are in English. */
const ENGLISH = z.locales.en().localeError;

export type Validated<T> = { ok: true; value: T } | { ok: false; response: Response };

/** Parses a request's query with a schema of the contract; a failure is the 400 envelope with field errors. */
export function parseQuery<Schema extends z.ZodMiniType>(schema: Schema, url: URL): Validated<z.output<Schema>> {
  const parsed = z.safeParse(schema, Object.fromEntries(url.searchParams), { error: ENGLISH });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, response: problem('validation_failed', { fieldErrors: toFieldErrors(parsed.error.issues) }) };
}
