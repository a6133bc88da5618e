import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_MEMBER_TOKEN, DEMO_NOW, DEMO_SECRET_KEYS, createMemoryStore, demoSeed, type StoreData } from '@ngo-kit/mock-server';
import { ROUTES, type Route } from '@ngo-kit/sdk/contract';
import * as fc from 'fast-check';
import { testServer } from './support.js';

/**
 * Property tests over the whole contract: every route gets generated bodies,
 * queries and path parameters, valid-looking and not. Whatever comes in, the
 * server never answers 500, and a request it refuses (4xx) changes nothing.
 */

const seed = demoSeed();
const CREDENTIALS = { publishable: 'pk_demo', member: DEMO_MEMBER_TOKEN, secret: DEMO_SECRET_KEYS[0]! } as const;

/** Real ids of the seed, so that generated requests also reach the code behind the 404s. */
const REAL_IDS = [
  ...seed.events.slice(0, 3).map((event) => event.id),
  ...seed.registrations.slice(0, 2).map((registration) => registration.id),
  ...seed.rewards.slice(0, 2).map((reward) => reward.id),
  ...seed.suggestions.slice(0, 2).map((suggestion) => suggestion.id),
  ...seed.surveys.map((survey) => survey.id),
  ...seed.members.slice(0, 2).map((member) => member.id),
  ...seed.certificates.slice(0, 1).map((certificate) => certificate.id),
  ...seed.announcements.slice(0, 1).map((announcement) => announcement.id),
];

/** Strings that have broken servers before. */
const NASTY = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '\uD800',
  '\u202Ejs.exe',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
  '2026-02-30T25:61:00Z',
);

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), NASTY);
const id = fc.oneof(fc.constantFrom(...REAL_IDS), text);

/** Any JSON, with the keys of the route's own body schema among the keys tried. */
function bodyFor(route: Route): fc.Arbitrary<unknown> {
  const shape = (route.body as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  const keys = Object.keys(shape ?? {});
  const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), text, fc.integer(), fc.boolean(), fc.constant(null));
  const shaped =
    keys.length > 0
      ? fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.constantFrom('__proto__', 'constructor'), fc.string()), value, {
          maxKeys: keys.length + 2,
        })
      : fc.dictionary(fc.string(), value, { maxKeys: 3 });
  return fc.oneof(shaped, fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), fc.constant('{not json'));
}

function queryFor(route: Route): fc.Arbitrary<Record<string, string>> {
  const keys = Object.keys(route.query?.shape ?? {});
  const name = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), fc.string()) : fc.string();
  return fc.dictionary(name, text, { maxKeys: keys.length + 1 });
}

function pathFor(route: Route, ids: string[]): string {
  let index = 0;
  return route.path.replace(/\{\w+\}/g, () => encodeURIComponent(ids[index++] ?? 'x'));
}

/** The store's data without the bookkeeping of idempotency keys, which records answers, refusals included. */
function stateOf(data: StoreData): string {
  const { idempotency: _idempotency, ...rest } = data;
  return JSON.stringify(rest);
}

describe('fuzz: generated requests to every route', () => {
  for (const route of ROUTES) {
    it(`${route.method} ${route.path}: never a 500, and a refusal changes nothing`, async () => {
      const store = createMemoryStore(structuredClone(seed));
      const { call } = testServer({ store, now: () => new Date(DEMO_NOW) });
      const params = (route.path.match(/\{\w+\}/g) ?? []).length;
      await fc.assert(
        fc.asyncProperty(
          fc.array(id, { minLength: params, maxLength: params }),
          queryFor(route),
          route.method === 'GET' ? fc.constant(undefined) : bodyFor(route),
          fc.constantFrom('publishable', 'member', 'secret', route.credential, route.credential),
          async (ids, query, body, credential) => {
            const search = new URLSearchParams(query).toString();
            const path = `${pathFor(route, ids)}${search ? `?${search}` : ''}`;
            const before = stateOf(store.read());
            const answer = await call(route.method, path, {
              as: CREDENTIALS[credential as keyof typeof CREDENTIALS],
              body,
              headers: { 'idempotency-key': `fuzz-${Math.random()}` },
            });
            assert.ok(answer.status < 500, `${answer.status} for ${route.method} ${path} ${JSON.stringify(body)}: ${answer.text}`);
            if (answer.status >= 400) {
              assert.equal(stateOf(store.read()), before, `a ${answer.status} changed the data: ${route.method} ${path}`);
              assert.equal(typeof answer.body?.error?.code, 'string', 'a refusal comes in the error envelope');
            }
          },
        ),
        { numRuns: 25, seed: 20261123, includeErrorInReport: true },
      );
    });
  }
});
