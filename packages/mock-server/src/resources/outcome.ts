import type { ErrorCode } from '@ngo-kit/sdk/schemas';
import { json, problem, type ProblemDetails } from '../problems.js';
import type { Store, StoreData } from '../store.js';
import type { Validated } from '../validation.js';

/**
 * The failed outcome of a business function: the error answer to send, and
 * the promise that nothing was changed.
 */
export function refuse(code: ErrorCode, message: string, details: Omit<ProblemDetails, 'message'> = {}): Validated<never> {
  return { ok: false, response: problem(code, { ...details, message }) };
}

/**
 * Runs a business function in one store write and presents its result in the
 * same write, so that the answer shows exactly the state the change made
 * (another request cannot slip in between, e.g. to move a waitlist).
 */
export function writeAndPresent<Value, Wire>(
  store: Store,
  change: (data: StoreData) => Validated<Value>,
  present: (data: Readonly<StoreData>, value: Value) => Wire,
): Validated<Wire> {
  return store.write((data) => {
    const outcome = change(data);
    return outcome.ok ? { ok: true, value: present(data, outcome.value) } : outcome;
  });
}

/** The JSON answer of an outcome: its value with `init`'s status and headers, or the refusal. */
export function respond(outcome: Validated<unknown>, init: { status?: number; headers?: HeadersInit } = {}): Response {
  return outcome.ok ? json(outcome.value, init) : outcome.response;
}
