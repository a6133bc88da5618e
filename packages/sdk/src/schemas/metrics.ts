import * as z from 'zod/mini';
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

const FractionSchema = z.number().check(z.minimum(0), z.maximum(1));

/** One KPI for a period. */
export const KpiSchema = z.object({
  id: KpiIdSchema,
  /** A fraction, e.g. `0.2` for 20 %. */
  target: z.number().check(z.minimum(0)),
  /** `null` when the period has no data yet. Growth may exceed 1 or be negative. */
  value: z.nullable(z.number()),
  /** `null` when `value` is. */
  met: z.nullable(z.boolean()),
  /** The named figures the value is computed from, e.g. `{ membersAtStart: 120, membersAtEnd: 150 }`. */
  inputs: z.record(z.string(), z.number()),
  series: z.array(z.object({ month: MonthSchema, value: z.nullable(z.number()) })),
});

export type Kpi = z.output<typeof KpiSchema>;

/** Participation in one event: the per-event KPI, for staff. */
export const EventParticipationSchema = z.object({
  eventId: IdSchema,
  title: z.string(),
  startsAt: TimestampSchema,
  registered: z.int().check(z.minimum(0)),
  attended: z.int().check(z.minimum(0)),
  /** `attended / registered`; `null` before the event or with no registrations. */
  rate: z.nullable(FractionSchema),
  met: z.nullable(z.boolean()),
});

export type EventParticipation = z.output<typeof EventParticipationSchema>;

/** The answer of `GET /v1/metrics/kpis`. */
export const KpiReportSchema = z.object({
  period: PeriodSchema,
  kpis: z.array(KpiSchema),
  /** The net promoter score of the period's surveys, shown beside satisfaction. */
  nps: z.nullable(z.number().check(z.minimum(-100), z.maximum(100))),
  /** Present only for the secret key. */
  events: z.optional(z.array(EventParticipationSchema)),
});

export type KpiReport = z.output<typeof KpiReportSchema>;

/** The query of `GET /v1/metrics/kpis`. */
export const KpiReportParamsSchema = z.object({ period: PeriodSchema });

export type KpiReportParams = z.output<typeof KpiReportParamsSchema>;
