import type * as z from 'zod/mini';
import { memberGrowth, met, nps, participation, periodRange, satisfaction, volunteerRetention } from '@ngo-kit/sdk';
import {
  KPI_TARGETS,
  type EventParticipationSchema,
  type KpiAccess,
  type KpiId,
  type KpiReportSchema,
  type KpiSchema,
} from '@ngo-kit/sdk/schemas';
import type { EventRecord, StoreData } from '../../store.js';
import { countOf, isMemberAt, isVolunteerAt, scoresOfResponses, turnoutOf } from './counts.js';

type KpiReport = z.input<typeof KpiReportSchema>;
type Kpi = z.input<typeof KpiSchema>;
type EventParticipation = z.input<typeof EventParticipationSchema>;

/** A KPI measured over the period from its start up to `boundary`. */
interface Measurement {
  value: number | null;
  inputs: Record<string, number>;
}

type Measure = (boundary: number) => Measurement;

/**
 * The KPIs of a period by the definitions of the SDK's KPI helpers, each with its
 * target, inputs and a cumulative monthly series (see `KpiSchema`), plus the
 * NPS of the period. A period still running is measured up to `now`; one that
 * has not begun has no figures. `public` access gets only the KPIs the
 * organisation publishes (NPS only with satisfaction); `staff` access gets
 * all four and the participation of each event.
 */
export function kpiReport(data: Readonly<StoreData>, period: string, now: Date, access: KpiAccess): KpiReport {
  const range = periodRange(period);
  const start = range.start.getTime();
  const end = range.end.getTime();
  const begun = start <= now.getTime();
  const months = monthEnds(range.start, range.end);
  const events = data.events
    .filter((event) => event.status !== 'cancelled' && inRange(event.startsAt, start, end))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id));

  const turnouts = new Map(events.map((event) => [event.id, turnoutOf(data, event)]));
  const membersAtStart = countOf(data.members, (member) => isMemberAt(member, start));
  const volunteersAtStart = countOf(data.members, (member) => isVolunteerAt(member, start));

  const measures: Record<KpiId, Measure> = {
    member_growth: (boundary) => {
      const at = Math.min(boundary, now.getTime());
      const membersAtEnd = countOf(data.members, (member) => isMemberAt(member, at));
      return { value: memberGrowth(membersAtStart, membersAtEnd), inputs: { membersAtStart, membersAtEnd } };
    },
    participation: (boundary) => {
      const ended = events.filter((event) => Date.parse(event.startsAt) < boundary && hasEnded(event, now));
      let registered = 0;
      let attended = 0;
      for (const event of ended) {
        const turnout = turnouts.get(event.id);
        registered += turnout?.registered ?? 0;
        attended += turnout?.attended ?? 0;
      }
      return { value: participation(attended, registered), inputs: { events: ended.length, registered, attended } };
    },
    volunteer_retention: (boundary) => {
      const at = Math.min(boundary, now.getTime());
      const volunteersAtEnd = countOf(data.members, (member) => isVolunteerAt(member, at));
      const newVolunteers = countOf(data.members, (member) => isVolunteerAt(member, at) && !isVolunteerAt(member, start));
      return {
        value: volunteerRetention(volunteersAtStart, volunteersAtEnd, newVolunteers),
        inputs: { volunteersAtStart, volunteersAtEnd, newVolunteers },
      };
    },
    satisfaction: (boundary) => {
      const responses = completedBetween(data, start, boundary);
      const { csat } = scoresOfResponses(data, responses);
      return {
        value: satisfaction(csat),
        inputs: { responses: responses.length, csatAnswers: csat.length, satisfiedAnswers: countOf(csat, (score) => score >= 4) },
      };
    },
  };

  const published = new Set(data.publicKpis);
  const visible = (Object.keys(measures) as KpiId[]).filter((id) => access === 'staff' || published.has(id));
  const kpis = visible.map((id): Kpi => {
    const target = KPI_TARGETS[id];
    const measure = measures[id];
    const { value, inputs } = begun ? measure(end) : { value: null, inputs: {} };
    const series = months.map(({ month, monthStart, monthEnd }) => ({
      month,
      value: monthStart <= now.getTime() ? measure(monthEnd).value : null,
    }));
    return { id, target, value, met: met(value, target), inputs, series, public: published.has(id) };
  });
  const report: KpiReport = {
    period,
    access,
    kpis,
    nps: begun && visible.includes('satisfaction') ? nps(scoresOfResponses(data, completedBetween(data, start, end)).nps) : null,
  };
  if (access === 'staff') report.events = events.map((event) => eventParticipation(data, event, now));
  return report;
}

function eventParticipation(data: Readonly<StoreData>, event: EventRecord, now: Date): EventParticipation {
  const { registered, attended } = turnoutOf(data, event);
  const rate = hasEnded(event, now) ? participation(attended, registered) : null;
  return {
    eventId: event.id,
    title: event.title,
    startsAt: event.startsAt,
    registered,
    attended,
    rate,
    met: met(rate, KPI_TARGETS.participation),
  };
}

/** Complete responses submitted from `start` up to, not including, `end`: a response counts in the period it was completed. */
function completedBetween(data: Readonly<StoreData>, start: number, end: number) {
  return data.surveyResponses.filter((response) => response.complete && inRange(response.updatedAt, start, end));
}

function hasEnded(event: EventRecord, now: Date): boolean {
  return Date.parse(event.endsAt) <= now.getTime();
}

function inRange(iso: string, start: number, end: number): boolean {
  const at = Date.parse(iso);
  return at >= start && at < end;
}

/** Each month of a period: `2026-03`, from its first instant up to the first of the next. */
function monthEnds(start: Date, end: Date) {
  const months: { month: string; monthStart: number; monthEnd: number }[] = [];
  for (let first = new Date(start); first < end; ) {
    const next = new Date(first);
    next.setUTCMonth(next.getUTCMonth() + 1);
    months.push({ month: first.toISOString().slice(0, 7), monthStart: first.getTime(), monthEnd: next.getTime() });
    first = next;
  }
  return months;
}
