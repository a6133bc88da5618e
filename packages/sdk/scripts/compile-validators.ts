import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type * as z from 'zod/mini';

/**
 * Compiles the zod schemas of src/schemas into plain-JS validators,
 * src/validators/validators.ts, as ajv's standalone code does: the browser then
 * validates without zod's runtime, and faster. The zod schemas stay the one
 * source of truth; a test fails when the generated file is stale.
 *
 * Each schema becomes a tree of calls to the small runtime of
 * src/validators/runtime.ts. Identical subtrees are written once (hash-consing),
 * each top-level construction is marked `@__PURE__` so that a bundle keeps only
 * the validators it uses, and functions (refinements, codecs) are imported by
 * name from src/schemas/rules.ts. A construct the compiler does not know throws,
 * naming the schema and the path: nothing is silently accepted.
 *
 * `pnpm validators` writes the file; `--check` exits 1 instead when it is stale.
 */

type Direction = 'decode' | 'encode';

interface Def {
  type: string;
  [key: string]: unknown;
}

type Schema = z.core.$ZodType;

/** A node of the generated code: an expression whose `@n@` placeholders are other nodes. */
interface Node {
  id: number;
  expr: string;
  uses: number;
}

export const GENERATED = new URL('../src/validators/validators.ts', import.meta.url);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export class CompileError extends Error {
  override readonly name = 'CompileError';
}

/** The generated source for `schemas` (name to zod schema), whose functions are found among `rules` (name to function). */
export function compileValidators(schemas: Record<string, unknown>, rules: Record<string, unknown>): string {
  const ruleNames = new Map<unknown, string>();
  for (const [name, value] of Object.entries(rules)) if (typeof value === 'function') ruleNames.set(value, name);
  const usedRules = new Set<string>();
  const usedRuntime = new Set<string>(['validator', 'type Validator']);
  const nodes = new Map<string, Node>();
  const byId: Node[] = [];
  const memo = new Map<Schema, Map<Direction, string>>();

  /** One more use of the node that `ref` is a placeholder of (a runtime constant is no node). */
  function use(ref: string): void {
    const match = /^@(\d+)@$/.exec(ref);
    const used = match ? byId[Number(match[1])] : undefined;
    if (used) used.uses += 1;
  }

  /** The placeholder of the node of `expr`, made once per distinct expression. */
  function node(expr: string): string {
    const known = nodes.get(expr);
    if (known) return `@${known.id}@`;
    const made: Node = { id: byId.length, expr, uses: 0 };
    for (const [placeholder] of expr.matchAll(/@\d+@/g)) use(placeholder);
    nodes.set(expr, made);
    byId.push(made);
    return `@${made.id}@`;
  }

  /** A call of a runtime function. */
  function call(name: string, ...args: string[]): string {
    usedRuntime.add(name);
    return node(`${name}(${args.join(', ')})`);
  }

  /** A runtime constant. */
  function constant(name: string): string {
    usedRuntime.add(name);
    return name;
  }

  function rule(fn: unknown, where: string, what: string): string {
    const name = ruleNames.get(fn);
    if (!name) throw new CompileError(`${where}: the ${what} is not a function exported by src/schemas/rules.ts`);
    usedRules.add(name);
    return name;
  }

  function literal(value: unknown, where: string): string {
    if (value === undefined) return 'undefined';
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return JSON.stringify(value);
    throw new CompileError(`${where}: a literal of type ${typeof value} is not supported`);
  }

  function regex(pattern: unknown, where: string): string {
    if (!(pattern instanceof RegExp)) throw new CompileError(`${where}: a string format without a pattern is not supported`);
    return `/${pattern.source}/${pattern.flags}`;
  }

  function checkOf(schema: Schema, where: string): string {
    const def = schema._zod.def as unknown as Def & { check: string };
    if (def.abort) throw new CompileError(`${where}: checks with \`abort\` are not supported`);
    switch (def.check) {
      case 'min_length':
        return call('minLength', literal(def.minimum, where));
      case 'max_length':
        return call('maxLength', literal(def.maximum, where));
      case 'length_equals':
        return call('length', literal(def.length, where));
      case 'greater_than':
      case 'less_than': {
        const args = [literal(def.value, where), ...(def.inclusive ? [] : ['false'])];
        return call(def.check === 'greater_than' ? 'min' : 'max', ...args);
      }
      case 'multiple_of':
        return call('multipleOf', literal(def.value, where));
      case 'number_format':
        if (def.format !== 'safeint') throw new CompileError(`${where}: number format ${String(def.format)} is not supported`);
        return constant('int');
      case 'string_format':
        if (def.format === 'url') {
          const { protocol, hostname, normalize } = def as { protocol?: RegExp; hostname?: RegExp; normalize?: boolean };
          if (hostname || normalize) throw new CompileError(`${where}: url with hostname or normalize is not supported`);
          return call('url', ...(protocol ? [regex(protocol, where)] : []));
        }
        return call('pattern', regex(def.pattern, where), ...(def.format === 'regex' ? [] : [literal(def.format, where)]));
      case 'overwrite': {
        const source = String(def.tx).replace(/\s+/g, '');
        if (/^\(?(\w+)\)?=>\1\.trim\(\)$/.test(source)) return constant('trim');
        throw new CompileError(`${where}: an overwrite other than trim is not supported (${source})`);
      }
      case 'custom': {
        if (def.when) throw new CompileError(`${where}: a refinement with \`when\` is not supported`);
        const error = def.error as ((issue?: unknown) => unknown) | undefined;
        const message = error?.() ?? 'Invalid input';
        if (typeof message !== 'string') throw new CompileError(`${where}: a refinement's message must be a string`);
        const path = (def.path as PropertyKey[] | undefined) ?? [];
        const args = [rule(def.fn, where, 'refinement'), literal(message, where)];
        if (path.length) args.push(`[${path.map((step) => literal(step, where)).join(', ')}]`);
        return call('refine', ...args);
      }
      default:
        throw new CompileError(`${where}: unknown check ${def.check}`);
    }
  }

  /** The parser of the type itself, before its own checks. */
  function base(schema: Schema, direction: Direction, where: string): string {
    const def = schema._zod.def as unknown as Def;
    const sub = (child: unknown, step: string) => compile(child as Schema, direction, `${where}${step}`);
    switch (def.type) {
      case 'string':
        if (def.coerce) throw new CompileError(`${where}: z.coerce.string is not supported`);
        return constant('string');
      case 'number':
        return constant(def.coerce ? 'coerceNumber' : 'number');
      case 'boolean':
      case 'date':
        if (def.coerce) throw new CompileError(`${where}: z.coerce.${def.type} is not supported`);
        return constant(def.type);
      case 'undefined':
        return constant('undef');
      case 'literal':
        return call('oneOf', ...(def.values as unknown[]).map((value) => literal(value, where)));
      case 'enum':
        return call('oneOf', ...Object.values(def.entries as object).map((value) => literal(value, where)));
      case 'optional':
      case 'nullable':
        return call(def.type, sub(def.innerType, ''));
      case 'array': {
        // zod refuses an array longer than its leading length checks allow before parsing its items.
        const caps: string[] = [];
        for (const one of (def.checks as Schema[] | undefined) ?? []) {
          const check = one._zod.def as unknown as Def;
          if (!['min_length', 'max_length', 'length_equals'].includes(check.check as string)) break;
          if (check.check !== 'min_length') caps.push(checkOf(one, where));
        }
        return call('array', sub(def.element, '[]'), ...(direction === 'decode' ? caps : []));
      }
      case 'tuple':
        if (def.rest) throw new CompileError(`${where}: a tuple with a rest is not supported`);
        return call('tuple', ...(def.items as Schema[]).map((item, index) => sub(item, `[${index}]`)));
      case 'record': {
        const keyType = def.keyType as Schema;
        if (keyType._zod.values) throw new CompileError(`${where}: a record with enumerated keys is not supported`);
        return call('record', sub(keyType, '{key}'), sub(def.valueType, '{value}'));
      }
      case 'object': {
        const catchall = def.catchall as Schema | undefined;
        if (catchall && catchall._zod.def.type !== 'never') throw new CompileError(`${where}: an object with a catchall is not supported`);
        const shape = def.shape as Record<string, Schema>;
        const fields = Object.entries(shape).map(
          ([key, value]) => `${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${sub(value, `.${key}`)}`,
        );
        return call('object', `{ ${fields.join(', ')} }`, ...(catchall ? ['1'] : []));
      }
      case 'union': {
        const discriminator = def.discriminator;
        if (typeof discriminator !== 'string') throw new CompileError(`${where}: a union without a discriminator is not supported`);
        const options = (def.options as Schema[]).map((option, index) => {
          const values = (option._zod.def as unknown as Def).shape as Record<string, Schema> | undefined;
          const tag = values?.[discriminator]?._zod.def as unknown as Def | undefined;
          const tags = tag?.type === 'literal' ? (tag.values as unknown[]) : [];
          if (tags.length !== 1 || typeof tags[0] !== 'string') {
            throw new CompileError(`${where}: option ${index} of the union needs one string literal as its ${discriminator}`);
          }
          return `${JSON.stringify(tags[0])}: ${sub(option, `<${String(tags[0])}>`)}`;
        });
        return call('union', JSON.stringify(discriminator), `{ ${options.join(', ')} }`);
      }
      case 'pipe': {
        if (typeof def.transform !== 'function' || typeof def.reverseTransform !== 'function') {
          throw new CompileError(`${where}: a pipe that is not a codec is not supported`);
        }
        const decode = rule(def.transform, where, 'codec decode');
        const encode = rule(def.reverseTransform, where, 'codec encode');
        return direction === 'decode'
          ? call('pipe', sub(def.in, '<in>'), decode, sub(def.out, '<out>'))
          : call('pipe', sub(def.out, '<out>'), encode, sub(def.in, '<in>'));
      }
      default:
        throw new CompileError(`${where}: unknown construct ${def.type}`);
    }
  }

  function compile(schema: Schema, direction: Direction, where: string): string {
    if (!schema?._zod) throw new CompileError(`${where}: not a zod schema`);
    const known = memo.get(schema)?.get(direction);
    if (known) return known;
    const def = schema._zod.def as unknown as Def & { checks?: Schema[] };
    // A string format (z.email(), z.iso.datetime()...) is its own first check.
    const own = def.check === 'string_format' || def.check === 'number_format' ? [schema] : [];
    const checks = [...own, ...(def.checks ?? [])];
    const parse = base(schema, direction, where);
    const ref = checks.length
      ? call(direction === 'decode' ? 'checked' : 'encodeChecked', parse, ...checks.map((one) => checkOf(one, where)))
      : parse;
    const known2 = memo.get(schema) ?? new Map<Direction, string>();
    known2.set(direction, ref);
    memo.set(schema, known2);
    return ref;
  }

  const exports: string[] = [];
  const seen = new Map<unknown, string>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (!(schema as Schema | undefined)?._zod) continue;
    const known = seen.get(schema);
    const typed = (input: string, output: string) =>
      `Validator<z.${input}<typeof S.${name}>, z.${output}<typeof S.${name}>>`;
    if (known) {
      exports.push(`export const ${name}: ${typed('input', 'output')} = ${known};`);
      continue;
    }
    seen.set(schema, name);
    const ref = compile(schema as Schema, 'decode', name);
    use(ref);
    exports.push(`export const ${name}: ${typed('input', 'output')} = /* @__PURE__ */ validator(${ref});`);
    if (name.endsWith('ParamsSchema')) {
      const encoder = compile(schema as Schema, 'encode', `${name} (encode)`);
      use(encoder);
      const encoderName = name.replace(/Schema$/, 'Encoder');
      exports.push(
        `/** Encodes ${name}'s values to their wire form, checking them as zod's \`encode\` does. */`,
        `export const ${encoderName}: ${typed('output', 'input')} = /* @__PURE__ */ validator(${encoder});`,
      );
    }
  }

  // Nodes used once are written inline; the others once each, as a constant.
  const names = new Map<number, string>();
  const shared: string[] = [];
  const expand = (expr: string): string =>
    expr.replace(/@(\d+)@/g, (_, id: string) => names.get(Number(id)) ?? expand(byId[Number(id)]?.expr ?? ''));
  for (const made of byId) {
    if (made.uses < 2) continue;
    const name = `$${names.size}`;
    shared.push(`const ${name} = /* @__PURE__ */ ${expand(made.expr)};`);
    names.set(made.id, name);
  }
  const runtime = [...usedRuntime].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
  return [
    '// Generated by packages/sdk/scripts/compile-validators.ts from src/schemas: do not edit.',
    '// Regenerate with `pnpm validators`; test/validators.test.ts fails when this file is stale.',
    "/* eslint-disable no-useless-escape -- zod's own patterns, copied as they are */",
    "import type * as z from 'zod/mini';",
    "import type * as S from '../schemas/index.js';",
    `import { ${[...usedRules].sort().join(', ')} } from '../schemas/rules.js';`,
    `import { ${runtime.join(', ')} } from './runtime.js';`,
    '',
    ...shared,
    '',
    ...exports.map(expand),
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const schemas = await import('../src/schemas/index.js');
  const rules = await import('../src/schemas/rules.js');
  const text = compileValidators(schemas, rules);
  if (process.argv.includes('--check')) {
    const onDisk = await readFile(GENERATED, 'utf8').catch(() => '');
    if (onDisk !== text) {
      console.error('packages/sdk/src/validators/validators.ts is stale: run pnpm validators');
      process.exitCode = 1;
    }
  } else {
    await writeFile(GENERATED, text);
  }
}
