import * as z from 'zod/mini';
import { hasUniqueItems } from './rules.js';
import { IdSchema, MonthSchema, PeriodSchema, TimestampSchema } from './common.js';

export const KPI_IDS = ['member_growth', 'participation', 'volunteer_retention', 'satisfaction'] as const;

export const KpiIdSchema = z.enum(KPI_IDS);

export type KpiId = z.infer<typeof KpiIdSchema>;

/** The organisation's targets, as fractions: growth 20 %, participation 70 %, retention 60 %, satisfaction 80 %. */
export const KPI_TARGETS = {
  member_growth: 0.2,
  participation: 0.7,
  volunteer_retention: 0.6,
  satisfaction: 0.8,
} as const satisfies Record<KpiId, number>;

const FractionSchema = /* @__PURE__ */ z.number().check(z.minimum(0), z.maximum(1));

/**
 * One KPI for a period (a year or a quarter, in UTC), by the definitions the
 * SDK's `memberGrowth`, `participation`, `volunteerRetention` and
 * `satisfaction` compute. A period still running is measured
 * up to now; one that has not begun has no value, empty `inputs` and a series
 * of `null`s. What counts:
 *
 * - `member_growth`: a member counts at an instant when active (e-mail
 *   confirmed), joined by then and not left; a pending signup never counts.
 * - `participation`: summed over the period's events (by start) that have
 *   ended, cancelled ones aside; `attended` counts check-ins of confirmed
 *   registrations, `registered` the confirmed registrations.
 * - `volunteer_retention`: a volunteer counts at an instant when a member
 *   whose volunteering had begun and not ended. `newVolunteers` are the
 *   volunteers at the end who were not at the start, so someone who started
 *   and stopped within the period is in neither count, and the figure is
 *   exactly the share of the starting volunteers who stayed.
 * - `satisfaction`: the CSAT answers of the responses completed within the
 *   period (by their `updatedAt`: a complete response never changes), of
 *   whichever survey.
 */
export const KpiSchema = z.object({
  id: KpiIdSchema,
  /** A fraction, e.g. `0.2` for 20 %. */
  target: /* @__PURE__ */ z.number().check(z.minimum(0)),
  /** `null` when the period has no data yet. Growth may exceed 1 or be negative. */
  value: z.nullable(z.number()),
  /** `null` when `value` is. */
  met: z.nullable(z.boolean()),
  /**
   * The named figures the value is computed from: `membersAtStart`,
   * `membersAtEnd`; `events`, `registered`, `attended`; `volunteersAtStart`,
   * `volunteersAtEnd`, `newVolunteers`; `responses`, `csatAnswers`,
   * `satisfiedAnswers`.
   */
  inputs: z.record(z.string(), z.number()),
  /**
   * One point per month of the period, cumulative: a month's value is the KPI
   * from the period's start up to the end of that month (up to now for the
   * current month), so the last point reached equals `value`. `null` for a
   * month that has not begun or has nothing to measure yet.
   */
  series: z.array(z.object({ month: MonthSchema, value: z.nullable(z.number()) })),
  /** Whether the organisation publishes this KPI: a publishable key sees only the published ones. */
  public: z.boolean(),
});

export type Kpi = z.output<typeof KpiSchema>;

/** Participation in one event: the per-event KPI, for staff. */
export const EventParticipationSchema = z.object({
  eventId: IdSchema,
  title: z.string(),
  startsAt: TimestampSchema,
  registered: /* @__PURE__ */ z.int().check(z.minimum(0)),
  attended: /* @__PURE__ */ z.int().check(z.minimum(0)),
  /** `attended / registered`; `null` before the event or with no registrations. */
  rate: z.nullable(FractionSchema),
  met: z.nullable(z.boolean()),
});

export type EventParticipation = z.output<typeof EventParticipationSchema>;

/**
 * What a credential may see of the KPIs: `public` (a publishable key or a
 * member token) sees the KPIs the organisation publishes; `staff` (a secret key
 * or a staff token) sees all four and the participation of each event.
 */
export const KpiAccessSchema = z.enum(['public', 'staff']);

export type KpiAccess = z.infer<typeof KpiAccessSchema>;

/** The answer of `GET /v1/metrics/kpis`. */
export const KpiReportSchema = z.object({
  period: PeriodSchema,
  /** What this answer holds, by the credential that asked for it. */
  access: KpiAccessSchema,
  /** In the order of `KPI_IDS`; for `public` access only the published ones, possibly none. */
  kpis: z.array(KpiSchema),
  /**
   * The net promoter score of the responses completed in the period, shown
   * beside satisfaction: `null` when there are none, or when satisfaction is
   * not published and the access is `public`.
   */
  nps: z.nullable(/* @__PURE__ */ z.number().check(z.minimum(-100), z.maximum(100))),
  /** Present only for `staff` access: every event of the period by start, cancelled ones aside, soonest first. */
  events: z.optional(z.array(EventParticipationSchema)),
});

export type KpiReport = z.output<typeof KpiReportSchema>;

/** The query of `GET /v1/metrics/kpis`. */
export const KpiReportParamsSchema = z.object({ period: PeriodSchema });

export type KpiReportParams = z.output<typeof KpiReportParamsSchema>;

/**
 * Which KPIs the organisation publishes: the body and the answer of the staff
 * `PATCH /v1/metrics/publication`. The list replaces the one before; the
 * server keeps it in the order of `KPI_IDS`. An organisation that
 * never chose publishes none.
 */
export const KpiPublicationSchema = z.strictObject({
  kpis: /* @__PURE__ */ z.array(KpiIdSchema).check(z.refine(hasUniqueItems, { message: 'Name each KPI once.' })),
});

export type KpiPublication = z.output<typeof KpiPublicationSchema>;
