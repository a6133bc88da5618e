import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const docs = new URL('../../../docs/', import.meta.url);
const pages = readdirSync(docs, { recursive: true })
  .map(String)
  .filter((page) => page.endsWith('.md') && !page.startsWith('reference/'))
  .sort();

/** The code blocks of one language in the docs, with where they are. */
function blocks(language: 'ts' | 'tsx'): { where: string; code: string }[] {
  return pages.flatMap((page) =>
    [...readFileSync(new URL(page, docs), 'utf8').matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map(
      (match, index) => ({ where: `docs/${page}, ${language} block ${index + 1}`, code: match[1]! }),
    ),
  );
}

/**
 * Type-checks each source as a module beside this file, in strict mode, against the sources of the packages,
 * all in one program (one parse of React's, the SDK's and the widgets' types); the messages of each, in order.
 */
function typeErrors(sources: { code: string; tsx: boolean }[]): string[][] {
  const files = new Map(
    sources.map((source, index) => [
      fileURLToPath(new URL(`./docs-example-${index}.${source.tsx ? 'tsx' : 'ts'}`, import.meta.url)),
      source.code,
    ]),
  );
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    customConditions: ['@ngo-kit/source'],
    jsx: ts.JsxEmit.ReactJSX,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.getSourceFile = (name, language, ...rest) => {
    const code = files.get(name);
    return code === undefined ? getSourceFile(name, language, ...rest) : ts.createSourceFile(name, code, language, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files.keys()].map((name) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(name))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
  );
}

/**
 * A `ts` example of the docs as a module: one that uses `client` without making it gets an SDK client
 * declared; the page's own helpers (`show`, `render`, ...) stay undeclared, and only that error is forgiven.
 */
function asModule(code: string): string {
  const prelude = /\bclient\b/.test(code) && !/\bconst client\b/.test(code)
    ? "import type * as NgoSdk from '@ngo-kit/sdk';\ndeclare const client: ReturnType<typeof NgoSdk.createClient>;\n"
    : '';
  return `${prelude}${code}\nexport {};\n`;
}

describe('the TypeScript examples of the docs', () => {
  it('type-check against the SDK and the widgets as they are: the React example entirely, the others but for their page helpers', () => {
    const tsx = blocks('tsx');
    // a class member shown on its own (docs/widgets/event-registration.md) is not a module
    const typescript = blocks('ts').filter((block) => !/^(readonly|private|static) /.test(block.code));
    assert.equal(tsx.length, 1, 'the React example of docs/embedding.md');
    assert.ok(typescript.length >= 10, `only ${typescript.length} ts examples`);
    // the check can fail: the React example with a string limit and a misspelt handler
    const wrong = tsx[0]!.code
      .replace('limit={5}', 'limit="5"')
      .replace('onNgoRegistered={registered} />\n  ) : (', 'onNgoRegisterd={registered} />\n  ) : (');
    assert.notEqual(wrong, tsx[0]!.code);

    const [react, wrongReact, ...others] = typeErrors([
      { code: tsx[0]!.code, tsx: true },
      { code: wrong, tsx: true },
      ...typescript.map((block) => ({ code: asModule(block.code), tsx: false })),
    ]);
    assert.deepEqual(react, [], tsx[0]!.where);
    assert.equal(wrongReact!.length, 2, wrongReact!.join('\n'));
    assert.ok(wrongReact!.some((error) => error.includes("'onNgoRegisterd'")), wrongReact!.join('\n'));
    assert.ok(wrongReact!.some((error) => error.includes("Type 'string' is not assignable to type 'number")), wrongReact!.join('\n'));
    const problems = typescript.flatMap((block, index) =>
      others[index]!.filter((error) => !error.startsWith('Cannot find name')).map((error) => `${block.where}: ${error}`),
    );
    assert.deepEqual(problems, []);
  });
});
