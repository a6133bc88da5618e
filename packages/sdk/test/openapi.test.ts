import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { compileErrors, validate } from '@readme/openapi-parser';
import { buildOpenApiDocument, serializeOpenApiDocument } from '../src/contract/openapi.js';
import { ROUTES } from '../src/contract/routes.js';

type Operation = { operationId: string; parameters?: { name?: string; $ref?: string }[]; responses: Record<string, unknown> };

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  it('is up to date on disk', async () => {
    const onDisk = await readFile(new URL('../openapi.json', import.meta.url), 'utf8');
    assert.equal(
      onDisk,
      serializeOpenApiDocument(doc),
      'packages/sdk/openapi.json is stale: run node --conditions=@ngo-kit/source --import tsx packages/sdk/scripts/openapi.ts',
    );
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    // The text as written to disk, parsed afresh: validate() dereferences its argument in place.
    const result = await validate(JSON.parse(serializeOpenApiDocument(doc)));
    assert.ok(result.valid, compileErrors(result));
    assert.equal(result.specification, 'OpenAPI');
  });

  it('has every route of the table, once', () => {
    const paths = doc['paths'] as Record<string, Record<string, Operation>>;
    const operationIds = new Set<string>();
    for (const route of ROUTES) {
      const operation = paths[route.path]?.[route.method.toLowerCase()];
      assert.ok(operation, `${route.method} ${route.path} is missing`);
      assert.equal(operation.operationId, route.operationId);
      assert.ok(operation.responses[String(route.response.status)], `${route.operationId} lacks its success`);
      for (const status of route.errors) assert.ok(operation.responses[String(status)], `${route.operationId} lacks ${status}`);
      operationIds.add(route.operationId);
    }
    assert.equal(operationIds.size, ROUTES.length);
    const operationCount = Object.values(paths).reduce((count, item) => count + Object.keys(item).length, 0);
    assert.equal(operationCount, ROUTES.length);
  });

  it('takes an Idempotency-Key on every write and only there', () => {
    const paths = doc['paths'] as Record<string, Record<string, Operation>>;
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const takesKey = (operation.parameters ?? []).some((p) => p.$ref === '#/components/parameters/IdempotencyKey');
        assert.equal(takesKey, method !== 'get', `${method} ${path}`);
      }
    }
  });

  it('documents Retry-After on 429 and the four bearer credentials', () => {
    const components = doc['components'] as Record<string, Record<string, Record<string, unknown>>>;
    assert.ok((components['responses']?.['RateLimited']?.['headers'] as Record<string, unknown>)['Retry-After']);
    assert.deepEqual(Object.keys(components['securitySchemes'] ?? {}).sort(), ['memberToken', 'publishableKey', 'secretKey', 'staffToken']);
    const getKpis = (doc['paths'] as Record<string, Record<string, { security: Record<string, unknown>[] }>>)['/v1/metrics/kpis']?.['get'];
    assert.deepEqual(getKpis?.security.map((entry) => Object.keys(entry)[0]), ['publishableKey', 'memberToken', 'staffToken', 'secretKey']);
  });
});
