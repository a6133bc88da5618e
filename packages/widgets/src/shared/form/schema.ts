/**
 * The part of the Standard Schema interface (https://standardschema.dev) the
 * form platform uses. Every zod schema of the SDK implements it, so forms
 * validate with the very schemas the SDK sends with, without the widgets
 * depending on zod themselves.
 */
export interface ValidatingSchema<Output> {
  readonly '~standard': {
    validate(value: unknown): ValidationResult<Output> | Promise<ValidationResult<Output>>;
  };
}

export type ValidationResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly SchemaIssue[] };

/**
 * One finding of a schema. `message` is the schema's own English text, never
 * shown; zod also says what was wrong (`code`, `origin`, `minimum`, ...),
 * which `issueMessage` turns into a message in the widget's language.
 */
export interface SchemaIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
  readonly code?: string;
  readonly origin?: string;
  readonly format?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly values?: readonly unknown[];
}

/** The field an issue is about: the first step of its path, or `undefined` for the form as a whole. */
export function issueField(issue: SchemaIssue): string | undefined {
  const first = issue.path?.[0];
  if (first === undefined) return undefined;
  const key = typeof first === 'object' ? first.key : first;
  return typeof key === 'symbol' ? undefined : String(key);
}
