import type { Operations } from '../../operation.js';
import { notImplemented } from '../not-implemented.js';

export const memberOperations = {
  signUp: notImplemented,
  confirmEmail: notImplemented,
  createSession: notImplemented,
  getMe: notImplemented,
  listMyRegistrations: notImplemented,
} satisfies Partial<Operations>;
