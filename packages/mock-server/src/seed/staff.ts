import type { KpiId } from '@ngo-kit/sdk/schemas';
import type { StaffSessionRecord } from '../resources/staff/data.js';
import { DAY, SEED_NOW, iso } from './time.js';

/**
 * The staff token of the demo dashboard: Mei Chen, the programme coordinator,
 * signed in by the organisation's website. It expires at the end of 2030, so
 * that demos and tests keep working; a real one lasts hours.
 */
export const DEMO_STAFF_TOKEN = 'st_demo_staff';

/**
 * What the demo organisation publishes: three KPIs. Volunteer retention stays
 * among staff (it is about people who left), and so does participation per
 * event, which only staff ever see.
 */
export const DEMO_PUBLIC_KPIS: KpiId[] = ['member_growth', 'participation', 'satisfaction'];

export function demoStaffSessions(): StaffSessionRecord[] {
  return [{ token: DEMO_STAFF_TOKEN, name: 'Mei Chen', createdAt: iso(SEED_NOW - DAY), expiresAt: '2030-12-31T23:59:59Z' }];
}
