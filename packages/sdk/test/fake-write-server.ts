/**
 * A stand-in for the mock server's write operations, which are not built on this
 * branch yet (they answer 500 "Not implemented yet."). It applies each registration
 * once per `Idempotency-Key`, replays the first answer to a repeat, as the contract
 * says, and can be told to fail in the ways a network and a server fail.
 * Once issue 3 is merged, the tests that use it should run against `createHandler`.
 */
export type Fault = 'offline' | 'lost-answer' | 'server-error' | 'unavailable';

export interface FakeWriteServerOptions {
  /** Share of requests, from 0 to 1, that meet a fault. Default 0. */
  failRate?: number;
  /** Source of randomness for faults and latency. Default `Math.random`. */
  random?: () => number;
  /** Up to this many milliseconds of latency, drawn per request. Default 0. */
  maxLatencyMs?: number;
  /** Chooses the answer status of an applied write, e.g. 409 to refuse one for good. Default 201. */
  statusFor?: (body: Record<string, unknown>) => number;
}

export function fakeWriteServer(options: FakeWriteServerOptions = {}) {
  const { failRate = 0, random = Math.random, maxLatencyMs = 0, statusFor = () => 201 } = options;
  const answers = new Map<string, { status: number; text: string }>();
  /** Every write the server applied, in order. */
  const applied: { key: string; body: Record<string, unknown>; authorization: string | null }[] = [];
  /** Every request that left the client, reached or not. */
  const sent: { method: string; key: string | null }[] = [];
  const faults: Record<Fault, number> = { offline: 0, 'lost-answer': 0, 'server-error': 0, unavailable: 0 };
  const state = { online: true, replays: 0 };

  function pickFault(): Fault | undefined {
    if (random() >= failRate) return undefined;
    const kinds: Fault[] = ['offline', 'lost-answer', 'server-error', 'unavailable'];
    return kinds[Math.floor(random() * kinds.length)];
  }

  async function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const key = request.headers.get('idempotency-key');
    sent.push({ method: request.method, key });
    if (!state.online) throw new TypeError('fetch failed');
    if (maxLatencyMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * maxLatencyMs)));
    const fault = pickFault();
    if (fault) faults[fault] += 1;
    if (fault === 'offline') throw new TypeError('fetch failed');
    if (fault === 'server-error') return Response.json({ error: { code: 'internal_error', message: 'Boom.' } }, { status: 500 });
    if (fault === 'unavailable') {
      return Response.json({ error: { code: 'service_unavailable', message: 'Busy.' } }, { status: 503, headers: { 'retry-after': '1' } });
    }
    if (!key) return Response.json({ error: { code: 'validation_failed', message: 'Send an Idempotency-Key.' } }, { status: 400 });
    let answer = answers.get(key);
    if (answer) {
      state.replays += 1;
    } else {
      const body = JSON.parse(await request.text()) as Record<string, unknown>;
      applied.push({ key, body, authorization: request.headers.get('authorization') });
      const status = statusFor(body);
      answer = { status, text: JSON.stringify(status < 400 ? registration(request, applied.length) : refusal(status)) };
      answers.set(key, answer);
    }
    // The write is applied, but the connection drops before the answer arrives.
    if (fault === 'lost-answer') throw new TypeError('fetch failed');
    return new Response(answer.text, { status: answer.status, headers: { 'content-type': 'application/json' } });
  }

  return { fetch, applied, sent, faults, state };
}

function registration(request: Request, number: number) {
  const eventId = new URL(request.url).pathname.split('/')[3] ?? 'evt_unknown';
  return {
    id: `reg_${String(number).padStart(6, '0')}`,
    eventId,
    status: 'confirmed',
    waitlistPosition: null,
    cancellationToken: `ct_${'x'.repeat(20)}`,
    cancellationUrl: 'http://mock.test/cancel',
    joinUrl: null,
    createdAt: '2026-11-23T09:00:00.000Z',
  };
}

function refusal(status: number) {
  return { error: { code: status === 409 ? 'conflict' : 'unprocessable', message: 'Refused.' } };
}

/** A small seeded generator (mulberry32), so that a run with faults can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
