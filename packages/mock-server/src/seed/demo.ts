import { emptyData, type StoreData } from '../store.js';
import { iso, SEED_NOW } from './time.js';
import { buildYear } from './year.js';

export { DEMO_EXPIRED_TOKEN, DEMO_MEMBER_TOKEN, DEMO_MEMBER_TOKEN_ZH } from './members.js';
export { DEMO_PUBLIC_KPIS, DEMO_STAFF_TOKEN } from './staff.js';

/**
 * The "now" of the demo data, `2026-11-23T09:00:00Z`: events after it are
 * upcoming, events before it have their check-ins. Give it to the server as
 * its clock (`createHandler({ now: () => new Date(DEMO_NOW) })`) to see the
 * data as the story tells it.
 */
export const DEMO_NOW = iso(SEED_NOW);

/**
 * The demo data as JSON once it has been built: every server, story and test
 * makes its own store from the seed, and parsing a copy costs a fraction of
 * building the year again. Each call still gets data of its own to change.
 */
let built: string | undefined;

/**
 * The demo organisation's data: one year of its life (2026) and its
 * programme into June 2027, the same on every call, so that tests,
 * screenshots and benchmarks see the same thing every time. See `buildYear`
 * for what is in it and the KPI values it was designed to give.
 *
 * Signed-in demos use the member tokens `mt_demo_member` (Lena Fischer, an
 * English-speaking volunteer) and `mt_demo_member_zh` (王芳, a Chinese-speaking
 * volunteer), which expire at the end of 2030; `mt_demo_expired` is refused.
 * The staff dashboard uses the staff token `st_demo_staff` (Mei Chen), which
 * also expires at the end of 2030.
 */
export function demoSeed(): StoreData {
  built ??= JSON.stringify(buildYear());
  return JSON.parse(built) as StoreData;
}

/** No data at all: for empty states. */
export function emptySeed(): StoreData {
  return emptyData();
}
