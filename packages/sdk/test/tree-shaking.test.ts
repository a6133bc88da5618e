import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup, type Plugin } from 'rollup';
import ts from 'typescript';

const src = new URL('../src/', import.meta.url);

/** Reads the SDK's TypeScript sources as tsc would emit them: comments, and so `@__PURE__` marks, kept. */
const typescriptSources: Plugin = {
  name: 'typescript-sources',
  resolveId(source, importer) {
    if (source.startsWith('\0probe')) return source;
    if (!source.startsWith('.') || !importer?.startsWith(fileURLToPath(src))) return null;
    return fileURLToPath(new URL(source.replace(/\.js$/, '.ts'), `file://${importer}`));
  },
  async load(id) {
    if (id.startsWith('\0probe')) return probes.get(id) ?? null;
    if (!id.endsWith('.ts')) return null;
    const code = await readFile(id, 'utf8');
    const compilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true };
    return ts.transpileModule(code, { compilerOptions, fileName: id }).outputText;
  },
};

const probes = new Map<string, string>();

/**
 * The statements that a bundler keeps of the SDK's modules only for their side effects when
 * `code` (an entry module importing from the SDK's sources) is bundled: statements with no
 * binding, such as the `z.string().check(...)` of a schema nobody uses.
 */
async function bundled(code: string) {
  const id = `\0probe${probes.size}`;
  probes.set(id, code);
  const bundle = await rollup({ input: id, plugins: [typescriptSources, nodeResolve()], onwarn: () => undefined });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0];
}

async function keptForSideEffects(code: string): Promise<string[]> {
  const srcPath = fileURLToPath(src);
  return Object.entries((await bundled(code)).modules)
    .filter(([module]) => module.startsWith(srcPath))
    .flatMap(([module, { code: rendered }]) =>
      ts
        .createSourceFile(module, rendered ?? '', ts.ScriptTarget.Latest, true)
        .statements.filter((statement) => ts.isExpressionStatement(statement))
        .map((statement) => `${module.slice(srcPath.length)}: ${statement.getText().slice(0, 60)}`),
    );
}

const schemaFiles = (await readdir(new URL('schemas/', src))).filter((name) => name !== 'index.ts' && name !== 'rules.ts');

describe('tree-shaking of the schemas', () => {
  it('drops the schemas a program does not use, in every schema file', async () => {
    // One schema of each file is used, so that each file is in the bundle. A `.check(...)` is a
    // method call, which a bundler keeps, with all it calls, unless it is marked `/* @__PURE__ */`.
    const used = await Promise.all(
      schemaFiles.map(async (name) => {
        const text = await readFile(new URL(`schemas/${name}`, src), 'utf8');
        return /^export const (\w+Schema) =/m.exec(text)?.[1];
      }),
    );
    assert.equal(used.filter(Boolean).length, schemaFiles.length);
    const index = fileURLToPath(new URL('schemas/index.ts', src));
    assert.deepEqual(await keptForSideEffects(`export { ${used.join(', ')} } from '${index}';`), []);
  });
});

/** The modules of zod that put code in the bundle of `code`. */
async function zodIn(code: string): Promise<string[]> {
  const { modules } = await bundled(code);
  return Object.entries(modules)
    .filter(([module, { renderedLength }]) => /[/\\]zod[/\\]/.test(module) && renderedLength > 0)
    .map(([module]) => module.replace(/^.*[/\\]zod[/\\]/, 'zod/'));
}

describe('tree-shaking of the validators', () => {
  it('keeps no zod in the main entry: it validates with the compiled validators', async () => {
    const index = fileURLToPath(new URL('index.ts', src));
    assert.deepEqual(await zodIn(`export * from '${index}';`), []);
    // The probe sees zod where it is: the schemas' own entry is full of it.
    const schemas = fileURLToPath(new URL('schemas/index.ts', src));
    assert.ok((await zodIn(`export { EventSchema } from '${schemas}';`)).length > 5);
  });

  it('drops the validators a program does not use', async () => {
    const validators = fileURLToPath(new URL('validators/index.ts', src));
    const one = (await bundled(`export { IdSchema } from '${validators}';`)).code;
    assert.equal(/EventSchema|union\(|isTimeZone|pattern\(/.test(one), false, one);
    assert.deepEqual(await keptForSideEffects(`export { EventPageSchema, SuggestionInputSchema } from '${validators}';`), []);
    const page = (await bundled(`export { EventPageSchema } from '${validators}';`)).code;
    assert.match(page, /isTimeZone/);
    assert.doesNotMatch(page, /anonymousWithoutName|SurveySchema|url\(/);
  });
});
