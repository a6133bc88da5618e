import * as z from 'zod/mini';
import { TimestampSchema } from './common.js';

/** How long a staff session lasts at most, in minutes: 12 hours, a working day. */
export const STAFF_SESSION_MAX_MINUTES = 720;

/**
 * The body of the staff `POST /v1/staff/sessions`: the organisation's server
 * (holding the secret key) opens a session for a staff member it has signed
 * in itself, e.g. a WordPress administrator, and puts the token in the page.
 */
export const StaffSessionInputSchema = z.strictObject({
  /** Who the session is for, as the organisation knows them: kept with the session, e.g. `Mei Chen (wp admin)`. */
  name: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  /** Minutes until the token stops working, 5 to 720. Default 60. */
  expiresInMinutes: z.optional(/* @__PURE__ */ z.int().check(z.minimum(5), z.maximum(STAFF_SESSION_MAX_MINUTES))),
});

export type StaffSessionInput = z.input<typeof StaffSessionInputSchema>;

/**
 * A staff session: its token (`st_...`) is a bearer credential a page may
 * hold. It reads whatever a publishable key reads, plus the staff view of the
 * KPIs; it can do nothing else a secret key does, and it expires.
 */
export const StaffSessionSchema = z.object({
  token: /* @__PURE__ */ z.string().check(z.regex(/^st_[A-Za-z0-9_-]+$/)),
  name: z.string(),
  expiresAt: TimestampSchema,
});

export type StaffSession = z.output<typeof StaffSessionSchema>;
