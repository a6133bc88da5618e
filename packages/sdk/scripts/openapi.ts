import { readFile, writeFile } from 'node:fs/promises';
import { buildOpenApiDocument, serializeOpenApiDocument } from '../src/contract/openapi.js';

/**
 * Writes packages/sdk/openapi.json from the schemas; with `--check`, exits 1
 * instead when the file on disk is stale.
 */
const target = new URL('../openapi.json', import.meta.url);
const text = serializeOpenApiDocument(buildOpenApiDocument());

if (process.argv.includes('--check')) {
  const onDisk = await readFile(target, 'utf8').catch(() => '');
  if (onDisk !== text) {
    console.error(
      'packages/sdk/openapi.json is stale: run node --conditions=@ngo-kit/source --import tsx packages/sdk/scripts/openapi.ts',
    );
    process.exitCode = 1;
  }
} else {
  await writeFile(target, text);
}
