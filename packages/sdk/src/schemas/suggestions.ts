import * as z from 'zod/mini';
import { anonymousWithoutContact, anonymousWithoutName, decodeQueryBoolean, encodeQueryBoolean, hasSomeField } from './rules.js';
import { EmailSchema, HoneypotSchema, IdSchema, objectWith, listParamsSchema, TimestampSchema, pageSchema } from './common.js';

export const SUGGESTION_CATEGORIES = ['events', 'communication', 'volunteering', 'website', 'other'] as const;

export const SuggestionCategorySchema = z.enum(SUGGESTION_CATEGORIES);

export type SuggestionCategory = z.infer<typeof SuggestionCategorySchema>;

export const SUGGESTION_STATUSES = ['new', 'under_review', 'planned', 'done', 'declined'] as const;

export const SuggestionStatusSchema = z.enum(SUGGESTION_STATUSES);

export type SuggestionStatus = z.infer<typeof SuggestionStatusSchema>;

const ANONYMOUS_MESSAGE = 'An anonymous suggestion keeps nothing that could name its author: leave this out';

const TitleSchema = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(3), z.maxLength(120));

const BodySchema = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(5000));

/**
 * The body of `POST /v1/suggestions`.
 *
 * An anonymous suggestion keeps nothing that could name its author, so it
 * refuses `name` and `contactEmail` (400 on that field) rather than silently
 * dropping what the person typed: a form hides both fields when "anonymous" is
 * ticked. Otherwise the author's name is the signed-in member's (then `name`
 * is refused, so there is one source of truth), or `name` when not signed in,
 * or nobody when neither.
 */
export const SuggestionInputSchema = /* @__PURE__ */ z
  .strictObject({
    title: TitleSchema,
    body: BodySchema,
    category: SuggestionCategorySchema,
    /** When true nobody, staff included, can learn who wrote it. */
    anonymous: z.boolean(),
    /** The name to show when not signed in and not anonymous. */
    name: z.optional(/* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
    /** Where staff may answer privately; never shown in public and refused with `anonymous`. */
    contactEmail: z.optional(EmailSchema),
    website: HoneypotSchema,
  })
  .check(
    z.refine(anonymousWithoutName, { message: ANONYMOUS_MESSAGE, path: ['name'] }),
    z.refine(anonymousWithoutContact, { message: ANONYMOUS_MESSAGE, path: ['contactEmail'] }),
  );

export type SuggestionInput = z.input<typeof SuggestionInputSchema>;

const suggestionFields = {
  id: IdSchema,
  title: z.string(),
  body: z.string(),
  category: SuggestionCategorySchema,
  status: SuggestionStatusSchema,
  votes: /* @__PURE__ */ z.int().check(z.minimum(0)),
  /** `null` when the suggestion was sent anonymously or by someone not signed in. */
  authorName: z.nullable(z.string()),
  /** A public answer from staff. */
  staffReply: z.nullable(z.string()),
  /**
   * Whether the public list shows it. A new suggestion waits for a moderator
   * (`false` in the answer to `POST`) until staff publish it; staff may also
   * hide one later. A backend that publishes at once answers `true`: a form
   * says "waiting for moderation" only when this is `false`.
   */
  listed: z.boolean(),
  createdAt: TimestampSchema,
};

/** A suggestion as the public list shows it; its text is rendered as text, never as HTML. */
export const SuggestionSchema = z.object(suggestionFields);

export type Suggestion = z.output<typeof SuggestionSchema>;

export const SuggestionPageSchema = pageSchema(SuggestionSchema);

/**
 * A suggestion as staff see it in their inbox: the public fields, listed or
 * not, plus the address its author left for a private answer. An anonymous
 * suggestion has none: nothing that could name its author was kept.
 */
export const StaffSuggestionSchema = objectWith(suggestionFields, {
  contactEmail: z.nullable(z.string()),
});

export type StaffSuggestion = z.output<typeof StaffSuggestionSchema>;

export const StaffSuggestionPageSchema = pageSchema(StaffSuggestionSchema);

export const SUGGESTION_SORTS = ['recent', 'votes'] as const;

const suggestionFilters = {
  status: z.optional(SuggestionStatusSchema),
  category: z.optional(SuggestionCategorySchema),
  sort: z.optional(z.enum(SUGGESTION_SORTS)),
};

/** Filters of `GET /v1/suggestions`. */
export const SuggestionListParamsSchema = listParamsSchema(suggestionFilters);

export type SuggestionListParams = z.output<typeof SuggestionListParamsSchema>;

/** `true` or `false` in a query string, a boolean in the SDK. */
const QueryBooleanSchema = z.codec(z.enum(['true', 'false']), z.boolean(), {
  decode: decodeQueryBoolean,
  encode: encodeQueryBoolean,
});

/** Filters of the staff inbox `GET /v1/suggestions/inbox`: the public ones, plus listed or not. */
export const SuggestionInboxParamsSchema = listParamsSchema(suggestionFilters, {
  /** `false`: only those waiting for a moderator or hidden by one; `true`: only those the public sees. */
  listed: z.optional(QueryBooleanSchema),
});

export type SuggestionInboxParams = z.output<typeof SuggestionInboxParamsSchema>;

/** The body of `POST` and `DELETE /v1/suggestions/{id}/votes`. */
export const SuggestionVoteInputSchema = z.strictObject({
  /** A random id the browser keeps, so that one browser votes once; a member token takes its place when signed in. */
  voterToken: z.optional(/* @__PURE__ */ z.string().check(z.minLength(16), z.maxLength(128))),
});

export type SuggestionVoteInput = z.input<typeof SuggestionVoteInputSchema>;

/** The count after a vote or its withdrawal; a second vote from the same voter is a 409. */
export const SuggestionVoteSchema = z.object({
  suggestionId: IdSchema,
  votes: /* @__PURE__ */ z.int().check(z.minimum(0)),
});

export type SuggestionVote = z.output<typeof SuggestionVoteSchema>;

/** The body of the staff `PATCH /v1/suggestions/{id}`: at least one field. */
export const SuggestionModerationInputSchema = /* @__PURE__ */ z
  .strictObject({
    status: z.optional(SuggestionStatusSchema),
    /** `null` withdraws the reply. */
    staffReply: z.optional(z.nullable(/* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)))),
    /** Hides spam or abuse from the public list without deleting it. */
    hidden: z.optional(z.boolean()),
  })
  .check(z.refine(hasSomeField, { message: 'Nothing to change' }));

export type SuggestionModerationInput = z.input<typeof SuggestionModerationInputSchema>;
