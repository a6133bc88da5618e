/**
 * `@ngo-kit/sdk/validators`: the SDK's schemas compiled to plain JavaScript, without zod.
 * Each is a Standard Schema (https://standardschema.dev): `schema['~standard'].validate(value)`
 * returns `{ value }` (unknown keys stripped, strings trimmed, timestamps decoded to `Date`s)
 * or `{ issues }` shaped like zod's. The zod schemas of `@ngo-kit/sdk/schemas` are their source:
 * `pnpm validators` regenerates them.
 *
 * @module
 */
export * from './validators.js';
export { validate, type InputOf, type OutputOf, type ValidationIssue, type ValidationResult, type Validator } from './runtime.js';
