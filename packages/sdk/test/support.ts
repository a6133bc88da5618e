import { createHandler, createMemoryStore, emptyData, type EventRecord, type MemberRecord, type MockServerOptions } from '@ngo-kit/mock-server';
import type { RetryOptions } from '@ngo-kit/sdk';

/** The clock of the mock server in these tests: a fixed moment, so that "upcoming" never drifts. */
export const TEST_NOW = new Date('2026-11-23T09:00:00Z');

export const BASE_URL = 'http://mock.test';

/** `count` events of our own, a week apart from 1 December 2026, so that no test depends on the demo seed. */
export function someEvents(count: number): EventRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const startsAt = new Date(Date.UTC(2026, 11, 1 + 7 * index, 17));
    return {
      id: `evt_${String(index + 1).padStart(3, '0')}`,
      title: `Event ${index + 1}`,
      summary: 'A test event.',
      language: 'en',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      timeZone: 'Europe/Berlin',
      kind: 'offline',
      location: { name: 'Town hall' },
      capacity: 30,
      tags: ['test'],
      series: null,
      joinUrl: null,
      createdAt: '2026-01-01T00:00:00Z',
    };
  });
}

/** Ada Lovelace, an active member and volunteer since March 2025, with no session yet. */
export function adaLovelace(): MemberRecord {
  return {
    id: 'mem_ada',
    name: 'Ada Lovelace',
    email: 'ada@example.org',
    roles: ['member', 'volunteer'],
    interests: [],
    locale: 'en',
    newsletter: false,
    status: 'active',
    joinedAt: '2025-03-01T10:00:00Z',
    confirmedAt: '2025-03-01T10:05:00Z',
    confirmationToken: null,
    leftAt: null,
    volunteerFrom: '2025-03-01T10:05:00Z',
    volunteerUntil: null,
  };
}

/** One request as the server saw it. */
export interface Seen {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/**
 * The real mock server in this process, with its own small data, reached through
 * a `fetch` that records every request and may be told to misbehave first.
 */
export function mockApi(options: MockServerOptions & { events?: EventRecord[] } = {}) {
  const { events = someEvents(5), ...serverOptions } = options;
  const store = createMemoryStore({ ...emptyData(), events });
  const handle = createHandler({ now: () => TEST_NOW, rateLimit: false, store, ...serverOptions });
  const seen: Seen[] = [];
  const statuses: number[] = [];
  /** Runs before each request reaches the server: throw to fail it, or return a Response to answer instead. */
  let before: ((request: Request, index: number) => Promise<Response | undefined> | Response | undefined) | undefined;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const index = seen.length;
    const record = { method: request.method, url: request.url, headers: request.headers, body: '' };
    seen.push(record);
    record.body = await request.clone().text();
    const instead = await before?.(request, index);
    const response = instead ?? (await handle(request));
    statuses.push(response.status);
    return response;
  };
  return {
    fetch,
    seen,
    statuses,
    store,
    /** Sets what happens before each request; `undefined` lets them all through. */
    before(hook: typeof before) {
      before = hook;
    },
  };
}

/** A `sleep` for the retry policy that returns at once and remembers what it was asked to wait. */
export function instantSleep(): Required<Pick<RetryOptions, 'sleep'>> & { waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      waits.push(ms);
    },
  };
}

/** A request that never gets an answer until it is aborted, as on a dead connection. */
export function hang(request: Request): Promise<never> {
  return new Promise((_resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });
}

/**
 * Answers every write with a 409 instead of the server: a write that changes nothing, is
 * neither retried nor kept, and answers the same whether or not the mock implements it.
 */
export function refuseWrites(request: Request): Response | undefined {
  if (request.method === 'GET') return undefined;
  return Response.json({ error: { code: 'conflict', message: 'Full.' } }, { status: 409 });
}

/** What `fetch` throws when the network is down. */
export function offline(): never {
  throw new TypeError('fetch failed');
}
