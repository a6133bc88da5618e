import type { Locale } from '@ngo-kit/sdk/schemas';
import {
  createHandler,
  createMemoryStore,
  emptyData,
  type MemberRecord,
  type MockServerOptions,
  type StoreData,
} from '@ngo-kit/mock-server';

/** The clock of tests: a fixed moment, so that deadlines and "upcoming" never drift. */
export const TEST_NOW = new Date('2026-11-23T09:00:00Z');

export const PUBLISHABLE = 'pk_test';
export const SECRET = 'sk_test';

export interface CallOptions {
  /** A key or member token sent as the bearer credential; `null` sends none. Default `pk_test`. */
  as?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  /** Another client address, for rate limits. */
  from?: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary JSON
  body: any;
  text: string;
}

/**
 * A mock server in this process with a fixed clock and no rate limit (unless
 * asked for), and a `call` that returns status, headers and parsed body.
 */
export function testServer(options: MockServerOptions & { data?: StoreData } = {}) {
  const { data, ...serverOptions } = options;
  const store = serverOptions.store ?? createMemoryStore(data ?? emptyData());
  const handle = createHandler({ now: () => TEST_NOW, rateLimit: false, ...serverOptions, store });
  async function call(method: string, path: string, callOptions: CallOptions = {}): Promise<Answer> {
    const headers = new Headers(callOptions.headers);
    const credential = callOptions.as === undefined ? PUBLISHABLE : callOptions.as;
    if (credential !== null) headers.set('authorization', `Bearer ${credential}`);
    let body: string | undefined;
    if (callOptions.body !== undefined) {
      body = typeof callOptions.body === 'string' ? callOptions.body : JSON.stringify(callOptions.body);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    const response = await handle(new Request(`http://mock.test${path}`, { method, headers, body }), {
      clientAddress: callOptions.from ?? '198.51.100.7',
    });
    const text = await response.text();
    const isJson = /json/.test(response.headers.get('content-type') ?? '');
    return { status: response.status, headers: response.headers, body: isJson && text ? JSON.parse(text) : undefined, text };
  }
  return { handle, store, call };
}

/** An active member with a session token `mt_<id>` that outlives the test clock. */
export function addMember(data: StoreData, id: string, changes: Partial<MemberRecord> = {}): string {
  data.members.push({
    id,
    name: `Member ${id}`,
    email: `${id}@example.org`,
    roles: ['member'],
    interests: [],
    locale: 'en',
    newsletter: false,
    status: 'active',
    joinedAt: '2025-01-10T09:00:00Z',
    confirmedAt: '2025-01-10T09:05:00Z',
    confirmationToken: null,
    leftAt: null,
    volunteerFrom: null,
    volunteerUntil: null,
    ...changes,
  });
  const token = `mt_${id}`;
  data.sessions.push({ token, memberId: id, createdAt: '2026-11-01T00:00:00Z', expiresAt: '2027-11-01T00:00:00Z' });
  return token;
}

export interface FixtureVolunteer {
  id: string;
  name: string;
  email?: string;
  locale?: Locale;
}

/** A volunteer since January 2025, with a session: see {@link addMember}. */
export function addVolunteer(data: StoreData, { id, name, email, locale = 'en' }: FixtureVolunteer): string {
  return addMember(data, id, {
    name,
    locale,
    roles: ['member', 'volunteer'],
    volunteerFrom: '2025-01-10T09:05:00Z',
    ...(email === undefined ? {} : { email }),
  });
}
