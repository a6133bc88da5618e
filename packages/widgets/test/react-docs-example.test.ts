import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const embedding = readFileSync(new URL('../../../docs/embedding.md', import.meta.url), 'utf8');

/** The ```tsx blocks of docs/embedding.md. */
const examples = [...embedding.matchAll(/^```tsx\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

/**
 * Type-checks each source as a .tsx module beside this file, in strict mode, against the sources of the
 * package, all in one program (one parse of React's and the widgets' types); the errors of each, in order.
 */
function typeErrors(sources: string[]): string[][] {
  const files = new Map(sources.map((source, index) => [fileURLToPath(new URL(`./embedding-example-${index}.tsx`, import.meta.url)), source]));
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
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.getSourceFile = (name, language, ...rest) => {
    const source = files.get(name);
    return source === undefined
      ? getSourceFile(name, language, ...rest)
      : ts.createSourceFile(name, source, language, true, ts.ScriptKind.TSX);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files.keys()].map((name) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(name))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
  );
}

describe('the React example of docs/embedding.md', () => {
  it('type-checks against @ngo-kit/widgets/react as it is, and not with a wrong prop type or a misspelt event', () => {
    assert.equal(examples.length, 1, 'docs/embedding.md has one tsx example');
    const example = examples[0]!;
    // the check can fail: the same example with a string limit and a misspelt handler
    const wrong = example
      .replace('limit={5}', 'limit="5"')
      .replace('onNgoRegistered={registered} />\n  ) : (', 'onNgoRegisterd={registered} />\n  ) : (');
    assert.notEqual(wrong, example);
    const [errors, wrongErrors] = typeErrors([example, wrong]);
    assert.deepEqual(errors, []);
    assert.equal(wrongErrors!.length, 2, wrongErrors!.join('\n'));
    assert.ok(wrongErrors!.some((error) => error.includes("'onNgoRegisterd'")), wrongErrors!.join('\n'));
    assert.ok(wrongErrors!.some((error) => error.includes("Type 'string' is not assignable to type 'number")), wrongErrors!.join('\n'));
  });
});
