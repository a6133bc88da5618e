import type { EventInput } from '@ngo-kit/sdk/schemas';

/**
 * Staff calls on a test's own mock API, for arranging a case the seed lacks
 * (a full online event, say). They use the mock server's demo secret key with
 * plain `fetch`: the SDK rightly refuses to send a secret key from a browser,
 * and no widget ever does.
 */
const STAFF_KEY = 'sk_demo';

/** The demo clock of the mock API: "now" for the server. */
export const DEMO_NOW = new Date('2026-11-23T09:00:00Z');

/**
 * A moment `days` after both the mock server's clock and the browser's, so
 * that an event there is upcoming for both whatever the real date is.
 */
export function daysAhead(days: number): Date {
  const later = Math.max(DEMO_NOW.getTime(), Date.now());
  return new Date(later + days * 86_400_000);
}

/** Creates an event through `POST /v1/events`; answers its id. */
export async function createEvent(baseUrl: string, input: EventInput): Promise<string> {
  const response = await fetch(new URL('v1/events', baseUrl), {
    method: 'POST',
    headers: { Authorization: `Bearer ${STAFF_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`creating the event failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** The e-mails the mock API sent to `address`, newest first. */
export async function mailTo(baseUrl: string, address: string): Promise<{ subject: string; text: string }[]> {
  const response = await fetch(new URL(`__mock/mail?to=${encodeURIComponent(address)}`, baseUrl));
  return ((await response.json()) as { items: { subject: string; text: string }[] }).items;
}

/** The event as the public API shows it now (`registeredCount` counts the confirmed places). */
export async function publicEvent(baseUrl: string, id: string): Promise<{ registeredCount: number; capacity: number | null }> {
  const response = await fetch(new URL(`v1/events/${id}`, baseUrl), { headers: { Authorization: 'Bearer pk_test_widgets' } });
  return (await response.json()) as { registeredCount: number; capacity: number | null };
}
