import type { EventRecord } from '@ngo-kit/mock-server';
import { createMemoryStore, createMockFetch, emptySeed } from '@ngo-kit/mock-server/browser';

/**
 * Exact events for the calendar's tests and its benchmark: the real mock
 * server (filters, pages, the contract's checks) over a store that holds
 * only the events given, in a `fetch` that remembers what it was asked.
 */
export interface FixtureApi {
  fetch: typeof fetch;
  /** Every URL asked for, in order. */
  requests: URL[];
  /** The requests for events that include `day` (`YYYY-MM-DD`) in their range. */
  requestsFor(day: string): URL[];
}

/** The server's clock: before every fixture event, so that each is open for registration. */
const SERVER_NOW = new Date('2020-01-01T00:00:00Z');

export function fixtureApi(events: EventRecord[]): FixtureApi {
  const mockFetch = createMockFetch({
    store: createMemoryStore({ ...emptySeed(), events }),
    now: () => SERVER_NOW,
    rateLimit: false,
  });
  const requests: URL[] = [];
  return {
    requests,
    fetch: (input, init) => {
      requests.push(new URL(input instanceof Request ? input.url : String(input)));
      return mockFetch(input, init);
    },
    requestsFor(day) {
      const at = new Date(`${day}T12:00:00Z`).getTime();
      return requests.filter((url) => {
        const from = url.searchParams.get('from');
        const to = url.searchParams.get('to');
        return url.pathname.endsWith('/v1/events') && from && to && Date.parse(from) <= at && at < Date.parse(to);
      });
    },
  };
}

let sequence = 0;

/** An event record with everything but what a test cares about filled in. */
export function fixtureEvent(fields: Partial<EventRecord> & Pick<EventRecord, 'title' | 'startsAt' | 'endsAt'>): EventRecord {
  sequence += 1;
  return {
    id: `evt_fixture_${sequence}`,
    summary: '',
    language: 'en',
    timeZone: 'Europe/Berlin',
    kind: 'offline',
    location: { name: 'Community Hall', city: 'Berlin' },
    capacity: null,
    tags: [],
    series: null,
    status: 'scheduled',
    points: 0,
    registrationDeadline: null,
    questions: [],
    joinUrl: null,
    createdAt: '2019-12-01T00:00:00Z',
    ...fields,
  };
}

/**
 * `count` one-hour events spread over the days of a month in Berlin, as an
 * organisation with a very busy month would have them: for paging and for
 * the benchmark.
 */
export function busyMonth(year: number, month: number, count: number): EventRecord[] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Array.from({ length: count }, (_, index) => {
    const date = (index % days) + 1;
    const hour = 8 + (Math.floor(index / days) % 12);
    const start = `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+01:00`;
    const end = `${start.slice(0, 11)}${String(hour + 1).padStart(2, '0')}:00:00+01:00`;
    return fixtureEvent({
      title: `Event ${index + 1}`,
      startsAt: start,
      endsAt: end,
      kind: (['online', 'offline', 'hybrid'] as const)[index % 3],
      location: index % 3 === 0 ? null : { name: 'Community Hall', city: 'Berlin' },
      capacity: index % 4 === 0 ? 20 : null,
    });
  });
}
