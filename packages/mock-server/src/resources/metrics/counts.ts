import type { EventRecord, MemberRecord, StoreData, SurveyResponseRecord } from '../../store.js';
import { scoresOf } from '../surveys/results.js';

/**
 * Whether someone is a member at instant `t`: an active (confirmed) member
 * who joined by then and had not left. A pending signup never counts: until
 * the address is confirmed it is not a member yet.
 */
export function isMemberAt(member: MemberRecord, t: number): boolean {
  return member.status === 'active' && Date.parse(member.joinedAt) <= t && (member.leftAt === null || Date.parse(member.leftAt) > t);
}

/** Whether someone volunteers at instant `t`: a member whose volunteering had begun and not ended. */
export function isVolunteerAt(member: MemberRecord, t: number): boolean {
  return (
    isMemberAt(member, t) &&
    member.volunteerFrom !== null &&
    Date.parse(member.volunteerFrom) <= t &&
    (member.volunteerUntil === null || Date.parse(member.volunteerUntil) > t)
  );
}

/** How many of `items` pass `test`. */
export function countOf<Item>(items: readonly Item[], test: (item: Item) => boolean): number {
  return items.reduce((count, item) => count + (test(item) ? 1 : 0), 0);
}

/** An event's confirmed registrations, and how many of them checked in. */
export interface EventTurnout {
  registered: number;
  attended: number;
}

/**
 * The turnout of one event: attended counts check-ins of confirmed
 * registrations only, so that it never exceeds the registrations it is
 * divided by.
 */
export function turnoutOf(data: Readonly<StoreData>, event: EventRecord): EventTurnout {
  const confirmed = new Set(
    data.registrations
      .filter((registration) => registration.eventId === event.id && registration.status === 'confirmed')
      .map((registration) => registration.id),
  );
  const checkedIn = new Set(
    data.attendance
      .filter((attendance) => attendance.eventId === event.id && confirmed.has(attendance.registrationId))
      .map((attendance) => attendance.registrationId),
  );
  return { registered: confirmed.size, attended: checkedIn.size };
}

/** The CSAT and NPS scores of complete responses, from the same questions as the survey results. */
export function scoresOfResponses(data: Readonly<StoreData>, responses: readonly SurveyResponseRecord[]) {
  const csat: number[] = [];
  const nps: number[] = [];
  for (const survey of data.surveys) {
    const own = responses.filter((response) => response.surveyId === survey.id && response.complete);
    csat.push(...scoresOf(survey, own, 'csat'));
    nps.push(...scoresOf(survey, own, 'nps'));
  }
  return { csat, nps };
}
