import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { createHandler, createMemoryStore, demoSeed, DEMO_NOW } from '@ngo-kit/mock-server';
import * as z from 'zod/mini';
import { compileValidators, CompileError, GENERATED } from '../scripts/compile-validators.js';
import { ROUTES } from '../src/contract/routes.js';
import * as schemas from '../src/schemas/index.js';
import * as rules from '../src/schemas/rules.js';
import * as validators from '../src/validators/index.js';
import { number, string, validator, type Validator } from '../src/validators/runtime.js';

type Schema = z.ZodMiniType;

const zodSchemas = (Object.entries(schemas) as [string, unknown][]).filter((entry): entry is [string, Schema] => Boolean((entry[1] as Schema)?._zod));
const compiled = validators as unknown as Record<string, Validator>;

/** What a run gives, in a form two validators can be compared by: acceptance, output, and the issues' code and path. */
function outcome(result: { value: unknown } | { issues: readonly { code: string; path: readonly PropertyKey[] }[] }) {
  return 'issues' in result && result.issues
    ? { ok: false, issues: result.issues.map((issue) => `${issue.code} at ${issue.path.map(String).join('.') || '(root)'}`) }
    : { ok: true, value: (result as { value: unknown }).value };
}

/** zod's answer for `input`: decoded (parse), or for an encoder encoded, as `http.ts` encodes query params. */
function zodOutcome(schema: Schema, input: unknown, direction: 'decode' | 'encode') {
  const result = direction === 'decode' ? z.safeParse(schema, input) : z.safeEncode(schema, input as never);
  return outcome(result.success ? { value: result.data } : { issues: result.error.issues });
}

/** The difference between zod and a compiled validator on `input`, or `undefined` when they agree. */
export function disagreement(schema: Schema, compiledValidator: Validator, input: unknown, direction: 'decode' | 'encode' = 'decode') {
  const expected = zodOutcome(schema, input, direction);
  const actual = outcome(compiledValidator['~standard'].validate(input));
  if (isDeepStrictEqual(actual, expected)) return undefined;
  const show = (value: unknown) => JSON.stringify(value, (_, item: unknown) => (item === undefined ? '(undefined)' : item))?.slice(0, 400);
  return `zod: ${show(expected)}, compiled: ${show(actual)}`;
}

// A valid value for each pattern of the schemas, which a generator cannot invent.
const PATTERN_SAMPLES = new Map<string, string>([
  ['^\\d{4}-(0[1-9]|1[0-2])$', '2026-11'],
  ['^\\d{4}(-Q[1-4])?$', '2026-Q4'],
  ['^\\+?[0-9 ()-]{6,20}$', '+49 30 1234567'],
  ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'charity-run'],
  ['^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$', 'zh-CN'],
  ['^[A-Z]{3}$', 'EUR'],
  ['^st_[A-Za-z0-9_-]+$', 'st_demo_token'],
]);

/** A value that `schema` accepts (as far as its refinements allow), made from its definition. */
function sample(schema: Schema): unknown {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string; checks?: Schema[] };
  const checks = [schema, ...(def.checks ?? [])].map((check) => check._zod.def as unknown as Record<string, unknown>);
  const limit = (name: string) => checks.find((check) => check.check === name);
  switch (def.type) {
    case 'string': {
      const format = checks.find((check) => check.check === 'string_format');
      if (checks.some((check) => check.fn === rules.isTimeZone)) return 'Europe/Berlin';
      if (format?.format === 'email') return 'ada@example.org';
      if (format?.format === 'url') return 'https://example.org/page';
      if (format?.format === 'datetime') return '2026-11-23T09:00:00Z';
      if (format?.format === 'date') return '2026-11-23';
      if (format?.format === 'regex') {
        const source = (format.pattern as RegExp).source;
        const known = PATTERN_SAMPLES.get(source);
        if (known === undefined) throw new Error(`no sample for the pattern ${source}`);
        return known;
      }
      const exact = limit('length_equals')?.length as number | undefined;
      if (exact !== undefined) return 'de'.slice(0, exact).padEnd(exact, 'x');
      const minimum = (limit('min_length')?.minimum as number | undefined) ?? 0;
      const maximum = (limit('max_length')?.maximum as number | undefined) ?? 100;
      return 'sample text'.padEnd(minimum, 'x').slice(0, maximum);
    }
    case 'number': {
      const minimum = limit('greater_than')?.value as number | undefined;
      return minimum === undefined ? 3 : Math.max(minimum, 1);
    }
    case 'boolean':
      return true;
    case 'date':
      return new Date('2026-11-23T09:00:00Z');
    case 'undefined':
      return undefined;
    case 'literal':
      return (def.values as unknown[])[0];
    case 'enum':
      return Object.values(def.entries as object)[0];
    case 'optional':
    case 'nullable':
      return sample(def.innerType as Schema);
    case 'pipe':
      return sample(def.in as Schema);
    case 'array': {
      const minimum = (limit('min_length')?.minimum as number | undefined) ?? 1;
      return Array.from({ length: Math.max(minimum, 1) }, () => sample(def.element as Schema));
    }
    case 'tuple':
      return (def.items as Schema[]).map(sample);
    case 'record':
      return { key_1: sample(def.valueType as Schema) };
    case 'object':
      return Object.fromEntries(Object.entries(def.shape as Record<string, Schema>).map(([key, value]) => [key, sample(value)]));
    case 'union':
      return sample((def.options as Schema[])[0]!);
    default:
      throw new Error(`no sample for ${def.type}`);
  }
}

/** Values to put in place of `value`: absent, null, other types, too long or short, out of range, padded, a bad date... */
function replacements(value: unknown): unknown[] {
  const common = [undefined, null, 12_345, 'text', true, {}, [], { nested: 1 }];
  if (typeof value === 'string') {
    return [...common, '', `  ${value}  `, value.repeat(400), 'x'.repeat(6000), '😀'.repeat(3), 'not-a-date', '2026-02-30T25:00:00Z', 'javascript:alert(1)', 'http:no-slashes', 'nope', 'zz', 'a@b', ' https://example.org/a\tb '];
  }
  if (typeof value === 'number') return [...common, -1, 0, 1.5, 0.3, 101, 1e20, Number.NaN, Number.POSITIVE_INFINITY, '42', 2 ** 53];
  if (value instanceof Date) return [...common, new Date('invalid'), '2026-11-23T09:00:00Z'];
  if (Array.isArray(value)) return [...common, 'abc', Array.from({ length: 60 }, () => value[0]), [value[0], value[0]], value.slice(0, 1)];
  if (typeof value === 'object' && value !== null) return [...common, { ...value, extra: 1 }, { ...value, type: 'nope' }, { ...value, toString: 'x' }];
  return common;
}

/** `input` with each node, in turn, replaced by each of its replacements; and with each key of each object removed. */
function* mutations(input: unknown): Generator<unknown> {
  for (const replacement of replacements(input)) yield replacement;
  if (Array.isArray(input)) {
    for (const [index, item] of input.entries()) {
      for (const changed of mutations(item)) yield input.map((other, at) => (at === index ? changed : other));
    }
  } else if (typeof input === 'object' && input !== null && !(input instanceof Date)) {
    for (const [key, item] of Object.entries(input)) {
      const { [key]: _removed, ...rest } = input as Record<string, unknown>;
      yield rest;
      for (const changed of mutations(item)) yield { ...input, [key]: changed };
    }
  }
}

/** The demo seed's answers to every JSON read of the contract, each with its route's response schema. */
async function demoAnswers(): Promise<{ route: string; schema: Schema; payload: unknown }[]> {
  const handle = createHandler({ store: createMemoryStore(demoSeed()), now: () => new Date(DEMO_NOW), rateLimit: false });
  const credentials = { publishable: 'pk_demo_validators', member: 'mt_demo_member', staff: 'sk_demo', secret: 'sk_demo' };
  const get = async (path: string, credential: keyof typeof credentials) => {
    const response = await handle(new Request(`http://mock.test${path}`, { headers: { authorization: `Bearer ${credentials[credential]}` } }));
    return response.ok ? ((await response.json()) as unknown) : undefined;
  };
  const answers: { route: string; schema: Schema; payload: unknown }[] = [];
  for (const route of ROUTES) {
    const response = route.response as { schema?: Schema; contentType?: string };
    const schema = response.schema;
    if (route.method !== 'GET' || !schema || response.contentType) continue;
    let path: string = route.path;
    if (path.includes('{id}')) {
      const list = (await get(path.slice(0, path.indexOf('/{id}')) + '?limit=100', route.credential === 'publishable' ? 'secret' : route.credential)) as
        | { items: { id: string }[] }
        | undefined;
      const id = list?.items[0]?.id;
      if (!id) continue;
      path = path.replace('{id}', id);
    }
    for (const query of ['', '?limit=100']) {
      const payload = await get(path + query, route.credential);
      if (payload !== undefined) answers.push({ route: `${route.method} ${path}${query}`, schema, payload });
    }
  }
  return answers;
}

describe('compiled validators', () => {
  it('are up to date with the zod schemas (pnpm validators regenerates them)', async () => {
    const onDisk = await readFile(GENERATED, 'utf8');
    assert.equal(onDisk, compileValidators(schemas, rules), 'src/validators/validators.ts is stale: run pnpm validators');
  });

  it('exist for every exported schema, and an encoder for every query schema', () => {
    const names = zodSchemas.map(([name]) => name);
    assert.deepEqual(names.filter((name) => typeof compiled[name]?.['~standard']?.validate !== 'function'), []);
    const queries = names.filter((name) => name.endsWith('ParamsSchema'));
    assert.ok(queries.length >= 14, `only ${queries.length} query schemas`);
    assert.deepEqual(queries.filter((name) => !compiled[name.replace(/Schema$/, 'Encoder')]), []);
  });

  describe('agree with zod', () => {
    let answers: Awaited<ReturnType<typeof demoAnswers>>;
    before(async () => {
      answers = await demoAnswers();
    });

    it("on every answer of the demo seed's reads", () => {
      const byName = new Map(zodSchemas.map(([name, schema]) => [schema, name]));
      assert.ok(answers.length >= 30, `only ${answers.length} answers`);
      const events = answers.find((answer) => answer.route === 'GET /v1/events?limit=100')?.payload as { items: unknown[] };
      assert.ok(events.items.length >= 5, `only ${events.items.length} events`);
      for (const { route, schema, payload } of answers) {
        const name = byName.get(schema);
        assert.ok(name, `${route}: its schema is not exported`);
        assert.equal(disagreement(schema, compiled[name]!, payload), undefined, `${route} (${name})`);
        assert.equal(outcome(compiled[name]!['~standard'].validate(payload)).ok, true, `${route} is valid`);
      }
    });

    it('on mutations of the answers: each field removed, null, of another type, too long, extra keys...', () => {
      const byName = new Map(zodSchemas.map(([name, schema]) => [schema, name]));
      let count = 0;
      // The answers with `?limit=100` are the same shapes again.
      for (const { route, schema, payload } of answers.filter((answer) => !answer.route.endsWith('?limit=100'))) {
        const name = byName.get(schema)!;
        // The first item of a page is enough: the others have the same shape.
        const trimmed = (payload as { items?: unknown[] }).items ? { ...(payload as object), items: (payload as { items: unknown[] }).items.slice(0, 1) } : payload;
        for (const input of mutations(trimmed)) {
          count += 1;
          const found = disagreement(schema, compiled[name]!, input);
          if (found) assert.fail(`${route} (${name}) on ${JSON.stringify(input)?.slice(0, 300)}: ${found}`);
        }
      }
      assert.ok(count > 3000, `only ${count} inputs`);
    });

    it('on a sample of every exported schema and its mutations, both ways for the query schemas', () => {
      let count = 0;
      for (const [name, schema] of zodSchemas) {
        const input = sample(schema);
        const inputs = [input, ...mutations(input)];
        for (const one of inputs) {
          count += 1;
          const found = disagreement(schema, compiled[name]!, one);
          if (found) assert.fail(`${name} on ${JSON.stringify(one)?.slice(0, 300)}: ${found}`);
        }
        if (!name.endsWith('ParamsSchema')) continue;
        const decoded = z.safeParse(schema, input);
        assert.ok(decoded.success, `${name}: its sample is valid`);
        for (const one of [decoded.data, ...mutations(decoded.data)]) {
          count += 1;
          const found = disagreement(schema, compiled[name.replace(/Schema$/, 'Encoder')]!, one, 'encode');
          if (found) assert.fail(`${name} (encode) on ${JSON.stringify(one)?.slice(0, 300)}: ${found}`);
        }
      }
      assert.ok(count > 10_000, `only ${count} inputs`);
    });
  });

  describe('the harness', () => {
    it('finds a validator that disagrees with zod', () => {
      const wrong = validator<Validator<unknown, string>>(string);
      assert.equal(disagreement(z.string(), wrong, 'a'), undefined);
      assert.match(disagreement(z.number(), wrong, 'a') ?? '', /^zod: \{"ok":false,"issues":\["invalid_type at \(root\)"\]\}, compiled: \{"ok":true,"value":"a"\}$/);
      assert.match(disagreement(z.string().check(z.minLength(2)), wrong, 'a') ?? '', /too_small/);
      const loose = validator<Validator<unknown, number>>(number);
      assert.match(disagreement(z.int(), loose, 1.5) ?? '', /invalid_type at \(root\)/);
    });
  });

  describe('the compiler', () => {
    const compile = (schema: Schema) => compileValidators({ BrokenSchema: schema }, rules);

    it('refuses a construct it does not know, naming the schema and the path', () => {
      assert.throws(() => compile(z.object({ a: z.array(z.bigint()) })), new CompileError('BrokenSchema.a[]: unknown construct bigint'));
      assert.throws(
        () => compile(z.object({ a: z.union([z.string(), z.number()]) })),
        new CompileError('BrokenSchema.a: a union without a discriminator is not supported'),
      );
    });

    it('refuses a refinement or codec whose function is not one of rules.ts', () => {
      assert.throws(
        () => compile(z.object({ b: z.string().check(z.refine((text) => text !== 'x')) })),
        new CompileError('BrokenSchema.b: the refinement is not a function exported by src/schemas/rules.ts'),
      );
      assert.throws(
        () => compile(z.codec(z.string(), z.date(), { decode: (text) => new Date(text), encode: rules.encodeTimestamp })),
        new CompileError('BrokenSchema: the codec decode is not a function exported by src/schemas/rules.ts'),
      );
    });

    it('writes a regex as a literal and a rule as an import by name', () => {
      const text = compile(z.object({ zone: z.string().check(z.refine(rules.isTimeZone), z.regex(/^a\/b$/i)) }));
      assert.match(text, /import \{ isTimeZone \} from '..\/schemas\/rules.js';/);
      assert.match(text, /pattern\(\/\^a\\\/b\$\/i\)/);
      assert.match(text, /refine\(isTimeZone, "Invalid input"\)/);
    });
  });
});
