// The SDK's parse time: one page of events, as the API sends it, through the
// SDK's own response validator (dates become Date objects on the way), the one
// compiled from the zod schema, and through the zod schema itself, side by side.
// Medians of repeated runs after warm-up.
import { performance } from 'node:perf_hooks';
import { createHandler, DEMO_NOW } from '@ngo-kit/mock-server';
import { EventPageSchema } from '@ngo-kit/sdk/schemas';
import { EventPageSchema as EventPageValidator, validate } from '@ngo-kit/sdk/validators';
import * as z from 'zod/mini';
import { median } from './stats.mjs';

/**
 * `count` events as the API sends them: the seed's own, repeated with new ids.
 *
 * @param {number} count
 * @returns {Promise<object[]>}
 */
export async function wireEvents(count) {
  const handle = createHandler({ now: () => new Date(DEMO_NOW), rateLimit: false });
  const request = new globalThis.Request('http://bench.test/v1/events?from=2020-01-01T00:00:00Z&limit=100', {
    headers: { authorization: 'Bearer pk_demo' },
  });
  const { items } = await (await handle(request)).json();
  return Array.from({ length: count }, (_, index) => ({ ...items[index % items.length], id: `evt_bench_${index}` }));
}

export async function sdkParse({ runs = 15 } = {}) {
  const rows = [];
  const ways = {
    'compiled validator (the SDK)': (data) => validate(EventPageValidator, data).value,
    'zod schema': (data) => z.safeParse(EventPageSchema, data).data,
  };
  for (const count of [1_000, 10_000]) {
    const json = JSON.stringify({ items: await wireEvents(count), nextCursor: null });
    for (const [via, parse] of Object.entries(ways)) {
      const parseOnce = () => {
        const started = performance.now();
        const result = parse(JSON.parse(json));
        const elapsed = performance.now() - started;
        if (result?.items.length !== count || !(result.items[0].startsAt instanceof Date)) throw new Error('the bench data does not parse');
        return elapsed;
      };
      for (let warm = 0; warm < 3; warm += 1) parseOnce();
      const times = Array.from({ length: runs }, parseOnce);
      rows.push({ via, events: count, bytes: json.length, medianMs: median(times), perEventUs: (median(times) * 1000) / count });
    }
  }
  return rows;
}
