export { NgoApiError, isNgoApiError, type NgoApiErrorInit } from './ngo-api-error.js';
export { NgoNetworkError, isNgoNetworkError } from './ngo-network-error.js';
export { NgoValidationError, isNgoValidationError, toFieldErrors } from './ngo-validation-error.js';
