import { isNgoApiError, isNgoNetworkError, isNgoValidationError, type ErrorCode } from '@ngo-kit/sdk';
import { isNgoConfigError } from './ngo-config-error.js';

/** What went wrong, as far as a person can do something about it; each kind has one message per language. */
export type ErrorKind =
  | 'network'
  | 'timeout'
  | 'config'
  | 'refused'
  | 'not_found'
  | 'conflict'
  | 'invalid'
  | 'rate_limited'
  | 'server';

const KIND_OF_CODE: Record<ErrorCode, ErrorKind> & Partial<Record<string, ErrorKind>> = {
  validation_failed: 'invalid',
  unauthorized: 'refused',
  forbidden: 'refused',
  not_found: 'not_found',
  method_not_allowed: 'server',
  conflict: 'conflict',
  unprocessable: 'invalid',
  rate_limited: 'rate_limited',
  internal_error: 'server',
  service_unavailable: 'server',
};

/**
 * The kind of an error thrown by the SDK or the widget platform, from its
 * machine code, never from its message. Codes a backend adds later count as
 * `server`.
 */
export function errorKind(error: unknown): ErrorKind {
  if (isNgoNetworkError(error)) return error.timedOut ? 'timeout' : 'network';
  if (isNgoConfigError(error)) return 'config';
  if (isNgoApiError(error)) return KIND_OF_CODE[error.code] ?? 'server';
  if (isNgoValidationError(error)) return error.direction === 'request' ? 'invalid' : 'server';
  return 'server';
}
