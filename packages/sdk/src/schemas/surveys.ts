import * as z from 'zod/mini';
import { IdSchema, listParamsSchema, pageSchema, TimestampSchema } from './common.js';

const LabelSchema = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200));

const OptionSchema = z.object({ id: IdSchema, label: LabelSchema });

const QuestionBase = {
  id: IdSchema,
  prompt: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(500)),
  required: z.boolean(),
};

export const SURVEY_QUESTION_TYPES = [
  'nps',
  'csat',
  'likert',
  'single_choice',
  'multiple_choice',
  'free_text',
] as const;

export type SurveyQuestionType = (typeof SURVEY_QUESTION_TYPES)[number];

/** "How likely are you to recommend us?", 0 to 10. */
export const NpsQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('nps'),
  lowLabel: LabelSchema,
  highLabel: LabelSchema,
});

/** Satisfaction from 1 (very dissatisfied) to 5 (very satisfied); 4 and 5 count as satisfied. */
export const CsatQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('csat'),
});

/** Several statements, each rated on the same five-point scale (a grid). */
export const LikertQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('likert'),
  statements: /* @__PURE__ */ z.array(OptionSchema).check(z.minLength(1), z.maxLength(20)),
  /** The five labels of the scale, from "strongly disagree" to "strongly agree". */
  scale: z.tuple([LabelSchema, LabelSchema, LabelSchema, LabelSchema, LabelSchema]),
});

export const SingleChoiceQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('single_choice'),
  options: /* @__PURE__ */ z.array(OptionSchema).check(z.minLength(2), z.maxLength(30)),
});

export const MultipleChoiceQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('multiple_choice'),
  options: /* @__PURE__ */ z.array(OptionSchema).check(z.minLength(2), z.maxLength(30)),
  minSelections: /* @__PURE__ */ z.int().check(z.minimum(0)),
  maxSelections: /* @__PURE__ */ z.int().check(z.minimum(1)),
});

export const FreeTextQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('free_text'),
  maxLength: /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(5000)),
});

export const SurveyQuestionSchema = z.discriminatedUnion('type', [
  NpsQuestionSchema,
  CsatQuestionSchema,
  LikertQuestionSchema,
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  FreeTextQuestionSchema,
]);

export type SurveyQuestion = z.output<typeof SurveyQuestionSchema>;

export const SURVEY_STATUSES = ['upcoming', 'open', 'closed'] as const;

/**
 * Whether a survey takes responses at the moment of the answer, by the
 * server's clock: `upcoming` before `opensAt`, `open` until `closesAt`
 * (excluded), `closed` after. The server says it so that a client never has
 * to trust its own clock.
 */
export const SurveyStatusSchema = z.enum(SURVEY_STATUSES);

export type SurveyStatus = z.infer<typeof SurveyStatusSchema>;

/** A survey, `GET /v1/surveys/{id}`; responses are accepted between `opensAt` and `closesAt`. */
export const SurveySchema = z.object({
  id: IdSchema,
  title: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  description: /* @__PURE__ */ z.string().check(z.maxLength(2000)),
  opensAt: TimestampSchema,
  closesAt: TimestampSchema,
  status: SurveyStatusSchema,
  questions: /* @__PURE__ */ z.array(SurveyQuestionSchema).check(z.minLength(1), z.maxLength(50)),
});

export type Survey = z.output<typeof SurveySchema>;

export const SurveyPageSchema = pageSchema(SurveySchema);

/**
 * Filters of `GET /v1/surveys`, newest first (latest `opensAt`):
 * `status=open` gives the survey to show now, so a page can embed "the
 * current survey" without changing its id every half-year.
 */
export const SurveyListParamsSchema = listParamsSchema({
  status: z.optional(SurveyStatusSchema),
});

export type SurveyListParams = z.output<typeof SurveyListParamsSchema>;

const ScoreSchema = /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(5));

/**
 * One answer, tagged with its question's type so that its value can be checked
 * without the survey; the server then checks it against the question itself.
 */
export const SurveyAnswerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('nps'), value: /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(10)) }),
  z.strictObject({ type: z.literal('csat'), value: ScoreSchema }),
  /** Statement id to its score. */
  z.strictObject({ type: z.literal('likert'), value: z.record(IdSchema, ScoreSchema) }),
  /** The chosen option's id. */
  z.strictObject({ type: z.literal('single_choice'), value: IdSchema }),
  z.strictObject({ type: z.literal('multiple_choice'), value: /* @__PURE__ */ z.array(IdSchema).check(z.maxLength(30)) }),
  z.strictObject({ type: z.literal('free_text'), value: /* @__PURE__ */ z.string().check(z.trim(), z.maxLength(5000)) }),
]);

export type SurveyAnswer = z.output<typeof SurveyAnswerSchema>;

/**
 * The body of `POST /v1/surveys/{id}/responses` and of its `PATCH`, which
 * replaces the answers it names and keeps the rest.
 */
export const SurveyResponseInputSchema = z.strictObject({
  /** Question id to answer. */
  answers: z.record(IdSchema, SurveyAnswerSchema),
  /** `false` saves a draft; `true` submits, after which required questions must be answered and no change is taken. */
  complete: z.boolean(),
  /** A random id the browser keeps, so that one browser answers once without signing in. */
  anonymousToken: z.optional(/* @__PURE__ */ z.string().check(z.minLength(16), z.maxLength(128))),
});

export type SurveyResponseInput = z.input<typeof SurveyResponseInputSchema>;

export const SurveyResponseSchema = z.object({
  id: IdSchema,
  surveyId: IdSchema,
  answers: z.record(IdSchema, SurveyAnswerSchema),
  complete: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export type SurveyResponse = z.output<typeof SurveyResponseSchema>;

const CountSchema = /* @__PURE__ */ z.int().check(z.minimum(0));

/** How many chose each option (or score), keyed by option id (or the score as text). */
const CountsSchema = z.record(z.string(), CountSchema);

const ResultBase = {
  questionId: IdSchema,
  answered: CountSchema,
};

/** The tally of one question; free-text answers are staff-only data. */
export const SurveyQuestionResultSchema = z.discriminatedUnion('type', [
  z.object({
    ...ResultBase,
    type: z.literal('nps'),
    /** The net promoter score: % of 9-10 minus % of 0-6, from -100 to 100. */
    score: z.nullable(/* @__PURE__ */ z.number().check(z.minimum(-100), z.maximum(100))),
    counts: CountsSchema,
  }),
  z.object({
    ...ResultBase,
    type: z.literal('csat'),
    /** The share of answers of 4 or 5, from 0 to 1. */
    satisfactionRate: z.nullable(/* @__PURE__ */ z.number().check(z.minimum(0), z.maximum(1))),
    average: z.nullable(z.number()),
    counts: CountsSchema,
  }),
  z.object({
    ...ResultBase,
    type: z.literal('likert'),
    statements: z.array(
      z.object({ statementId: IdSchema, average: z.nullable(z.number()), counts: CountsSchema }),
    ),
  }),
  z.object({ ...ResultBase, type: z.literal('single_choice'), counts: CountsSchema }),
  z.object({ ...ResultBase, type: z.literal('multiple_choice'), counts: CountsSchema }),
  z.object({ ...ResultBase, type: z.literal('free_text'), answers: z.array(z.string()) }),
]);

export type SurveyQuestionResult = z.output<typeof SurveyQuestionResultSchema>;

/** The staff-only results, `GET /v1/surveys/{id}/results`, counting complete responses. */
export const SurveyResultsSchema = z.object({
  surveyId: IdSchema,
  responses: CountSchema,
  /** Drafts never submitted; they are not counted in the figures. */
  incomplete: CountSchema,
  /** The share of satisfied answers over the survey's CSAT questions: the KPI's figure, target 0.8. */
  satisfactionRate: z.nullable(/* @__PURE__ */ z.number().check(z.minimum(0), z.maximum(1))),
  nps: z.nullable(/* @__PURE__ */ z.number().check(z.minimum(-100), z.maximum(100))),
  questions: z.array(SurveyQuestionResultSchema),
});

export type SurveyResults = z.output<typeof SurveyResultsSchema>;
