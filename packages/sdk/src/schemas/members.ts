import * as z from 'zod/mini';
import { hasUniqueItems } from './rules.js';
import {
  EmailSchema,
  HoneypotSchema,
  IdSchema,
  objectWith,
  LocaleSchema,
  TimestampSchema,
  TokenSchema,
} from './common.js';
import { PointsTierSchema } from './points.js';

export const MEMBER_ROLES = ['member', 'volunteer', 'donor'] as const;

export const MemberRoleSchema = z.enum(MEMBER_ROLES);

export type MemberRole = z.infer<typeof MemberRoleSchema>;

/**
 * How many roles there are, checked by the compiler against `MEMBER_ROLES`: reading
 * `MEMBER_ROLES.length` below would count, for a bundler, as a side effect that keeps the schema.
 */
const MEMBER_ROLE_COUNT: (typeof MEMBER_ROLES)['length'] = 3;

const RolesSchema = /* @__PURE__ */ z.array(MemberRoleSchema).check(
  z.minLength(1),
  z.maxLength(MEMBER_ROLE_COUNT),
  z.refine(hasUniqueItems, { message: 'Each role at most once' }),
);

const InterestsSchema = /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(50))).check(z.maxLength(20));

/** The body of `POST /v1/members`; the member stays `pending` until the e-mail is confirmed. */
export const SignupInputSchema = z.strictObject({
  name: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  email: EmailSchema,
  roles: RolesSchema,
  interests: InterestsSchema,
  locale: LocaleSchema,
  /** Opts in to the monthly newsletter, which is confirmed with the same e-mail. */
  newsletter: z.boolean(),
  /** Agreement to the privacy policy: the API refuses a signup without it. */
  consent: z.literal(true),
  website: HoneypotSchema,
});

export type SignupInput = z.input<typeof SignupInputSchema>;

export const MEMBER_STATUSES = ['pending', 'active'] as const;

/** `pending` until the e-mail address is confirmed (double opt-in). */
export const MemberStatusSchema = z.enum(MEMBER_STATUSES);

export type MemberStatus = z.infer<typeof MemberStatusSchema>;

const memberFields = {
  id: IdSchema,
  name: z.string(),
  email: EmailSchema,
  roles: z.array(MemberRoleSchema),
  interests: z.array(z.string()),
  locale: LocaleSchema,
  newsletter: z.boolean(),
  status: MemberStatusSchema,
  joinedAt: TimestampSchema,
};

export const MemberSchema = z.object(memberFields);

export type Member = z.output<typeof MemberSchema>;

/** The body of `POST /v1/members/confirm`, with the token of the confirmation e-mail. */
export const EmailConfirmationInputSchema = z.strictObject({ token: TokenSchema });

export type EmailConfirmationInput = z.input<typeof EmailConfirmationInputSchema>;

/**
 * The body of `POST /v1/sessions/links`: mails a sign-in token to the address
 * if it belongs to an active member. The answer is the same either way, so it
 * never tells whether someone is a member.
 */
export const SignInLinkInputSchema = z.strictObject({
  email: EmailSchema,
  website: HoneypotSchema,
});

export type SignInLinkInput = z.input<typeof SignInLinkInputSchema>;

/**
 * The body of `POST /v1/sessions`: the e-mail and the sign-in token mailed to
 * it by `POST /v1/sessions/links`. A token works once, for 30 minutes.
 */
export const SessionInputSchema = z.strictObject({
  email: EmailSchema,
  token: TokenSchema,
});

export type SessionInput = z.input<typeof SessionInputSchema>;

/** The signed-in member's own profile, `GET /v1/me`. */
export const MeSchema = objectWith(memberFields, {
  tier: PointsTierSchema,
  /** Volunteer hours served in total. */
  hoursServed: /* @__PURE__ */ z.number().check(z.minimum(0)),
});

export type Me = z.output<typeof MeSchema>;

/** The answer of `POST /v1/sessions`: the member token to send as the bearer credential. */
export const SessionSchema = z.object({
  token: /* @__PURE__ */ z.string().check(z.minLength(1)),
  expiresAt: TimestampSchema,
  member: MeSchema,
});

export type Session = z.output<typeof SessionSchema>;
