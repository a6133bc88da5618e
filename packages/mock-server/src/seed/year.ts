import { emptyData, type StoreData } from '../store.js';
import { announce } from './announcements.js';
import { raiseFunds } from './donors.js';
import { castMembers, demoSessions } from './members.js';
import { publishNewsletter } from './newsletter.js';
import { createEmailBook } from './people.js';
import { keepPoints } from './points.js';
import { runProgramme } from './programme.js';
import { createRandom } from './random.js';
import { fillSuggestionBox } from './suggestions.js';
import { DEMO_PUBLIC_KPIS, demoStaffSessions } from './staff.js';
import { runSurveys } from './surveys.js';

/** The seed of the random numbers: change it and every name, date and answer changes. */
const SEED = 20_261_123;

/**
 * One year of the demo organisation's life, 2026, seen on its "now",
 * 2026-11-23T09:00:00Z (`SEED_NOW`), with the programme running on into
 * June 2027. Fixed random seed and clock: the same data on every run, in
 * Node and in browsers alike.
 *
 * What is in it: 201 members (150 on 1 January, 185 at the end of the
 * year, 3 pending, English, Simplified and Traditional Chinese); 60 of them
 * volunteers at some point, with ledgers, certificates per quarter and
 * redemptions; 34 events (23 past ones of 2026 with registrations and
 * check-ins, four quarterly exchange meetings, a charity run, charity sales,
 * online, offline and hybrid; upcoming ones with a full event and its
 * waitlist, a passed registration deadline and a cancelled event); two
 * half-yearly surveys with complete and draft responses; 22 suggestions in
 * every status; 12 monthly newsletter issues in English and Chinese with
 * their subscriptions; 13 announcements; 40 donors and their donations in
 * EUR and CNY; three demo sessions (see `demoSeed`); three published KPIs
 * and a staff session (see `seed/staff.ts`).
 *
 * The KPIs of 2026 it was designed to give, counted by the definitions of
 * the API documentation (a member counts at an instant when active, joined
 * and not yet left; a volunteer when also between `volunteerFrom` and
 * `volunteerUntil`; the year runs from 2026-01-01T00:00Z to 2027-01-01T00:00Z):
 *
 * | KPI | inputs | value | target | met |
 * | --- | --- | --- | --- | --- |
 * | member growth | (185 − 150) / 150 | 23.3 % | 20 % | yes |
 * | participation | 633 attended / 959 confirmed, the 23 events of 2026 ended before "now" | 66.0 % | 70 % | no |
 * | volunteer retention | (42 at end − 20 new) / 40 at start | 55.0 % | 60 % | no |
 * | satisfaction | 182 answers of 4–5 / 216 CSAT answers of complete responses | 84.3 % | 80 % | yes |
 *
 * NPS beside satisfaction: 53 promoters and 25 detractors of 120 complete
 * responses, +23.3. Participation per event ranges from 48 % to 79 %.
 * `test/seed.test.ts` counts all of these again from the data.
 */
export function buildYear(): StoreData {
  const data = emptyData();
  const random = createRandom(SEED);
  const email = createEmailBook();

  const cast = castMembers(data, random, email);
  const programme = runProgramme(data, random, cast, email);
  const points = keepPoints(data, random, cast, programme);
  const surveys = runSurveys(data, random, cast);
  const box = fillSuggestionBox(data, random, cast);
  const newsletter = publishNewsletter(data, random, cast, email);
  const funds = raiseFunds(data, random, cast, email);

  return {
    ...data,
    members: cast.members,
    sessions: demoSessions(cast),
    events: programme.events,
    registrations: programme.registrations,
    attendance: programme.attendance,
    ledger: points.ledger,
    rewards: points.rewards,
    redemptions: points.redemptions,
    certificates: points.certificates,
    surveys: surveys.surveys,
    surveyResponses: surveys.responses,
    suggestions: box.suggestions,
    votes: box.votes,
    newsletterIssues: newsletter.issues,
    subscriptions: newsletter.subscriptions,
    announcements: announce(data, programme.events),
    donors: funds.donors,
    donations: funds.donations,
    publicKpis: [...DEMO_PUBLIC_KPIS],
    staffSessions: demoStaffSessions(),
  };
}
