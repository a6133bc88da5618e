import * as z from 'zod/mini';
import * as schemas from '../schemas/index.js';
import { ROUTES, type Credential, type ErrorStatus, type Route } from './routes.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** An OpenAPI 3.1 document, as plain JSON. */
export type OpenApiDocument = JsonObject;

const JSON_SCHEMA_OPTIONS = { io: 'input', target: 'draft-2020-12' } as const;

/** Schema kinds worth a name in `components.schemas`; strings and numbers read better inline. */
const NAMED_KINDS = new Set(['object', 'union', 'enum', 'pipe', 'array', 'record']);

const SECURITY_SCHEMES: Record<Credential, { name: string; description: string }> = {
  publishable: {
    name: 'publishableKey',
    description: 'A publishable key (`pk_...`): safe in a page; reads public data and submits forms.',
  },
  member: {
    name: 'memberToken',
    description: 'The token of a signed-in member, from `POST /v1/sessions`: the member\'s own data.',
  },
  staff: {
    name: 'staffToken',
    description:
      'A staff session token (`st_...`) from `POST /v1/staff/sessions`: expires; reads public data and the staff view of the KPIs.',
  },
  secret: {
    name: 'secretKey',
    description: 'A secret key (`sk_...`) for staff operations; never sent from a browser.',
  },
};

/** A route open to a weaker credential is open to the stronger ones too. */
const ACCEPTED_CREDENTIALS: Record<Credential, readonly Credential[]> = {
  publishable: ['publishable', 'member', 'staff', 'secret'],
  member: ['member'],
  staff: ['staff', 'secret'],
  secret: ['secret'],
};

const ERROR_RESPONSES: Record<ErrorStatus, { name: string; description: string }> = {
  400: { name: 'ValidationFailed', description: 'The request does not match the contract; `fieldErrors` says where.' },
  401: { name: 'Unauthorized', description: 'The credential is missing, unknown or expired.' },
  403: { name: 'Forbidden', description: 'The credential may not do this.' },
  404: { name: 'NotFound', description: 'No such resource.' },
  409: { name: 'Conflict', description: 'The state forbids it, e.g. full, already done, or out of stock.' },
  422: { name: 'Unprocessable', description: 'A business rule refuses it, e.g. a deadline passed or too few points.' },
  429: { name: 'RateLimited', description: 'Too many requests; wait the seconds of `Retry-After`.' },
};

const SUCCESS_DESCRIPTIONS = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' } as const;

/**
 * Builds the OpenAPI 3.1 document of the contract from the route table and the
 * schemas, so that the document can never drift from what the SDK checks.
 */
export function buildOpenApiDocument(routes: readonly Route[] = ROUTES): OpenApiDocument {
  const names = schemaNames();
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of names) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, {
    ...JSON_SCHEMA_OPTIONS,
    uri: (id) => `#/components/schemas/${id}`,
  }).schemas;
  const allSchemas: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(generated)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonObject;
    allSchemas[id] = rest;
  }

  const refTo = (schema: z.ZodMiniType, what: string): JsonObject => {
    const id = names.get(schema);
    if (id === undefined) throw new Error(`${what} is not a named export of schemas/index.ts`);
    return { $ref: `#/components/schemas/${id}` };
  };

  const paths: Record<string, JsonObject> = {};
  const tags: string[] = [];
  for (const route of routes) {
    if (!tags.includes(route.tag)) tags.push(route.tag);
    const pathItem = (paths[route.path] ??= {});
    pathItem[route.method.toLowerCase()] = operation(route, refTo);
  }

  const doc: OpenApiDocument = {
    openapi: '3.1.0',
    info: {
      title: 'ngo-kit community-ops API',
      version: '1.0.0',
      description:
        'The REST API behind the ngo-kit widgets and SDK. Generated from the zod schemas of `@ngo-kit/sdk`; do not edit by hand.',
    },
    tags: tags.map((name) => ({ name })),
    paths,
    components: {
      schemas: {},
      responses: errorResponses(),
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'A repeated key returns the first result and never applies the write twice.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
      },
      securitySchemes: Object.fromEntries(
        Object.values(SECURITY_SCHEMES).map(({ name, description }) => [name, { type: 'http', scheme: 'bearer', description }]),
      ),
    },
  };
  (doc['components'] as JsonObject)['schemas'] = reachableSchemas(doc, allSchemas);
  return doc;
}

/** The document as written to `openapi.json`: two-space indents and a final newline. */
export function serializeOpenApiDocument(doc: OpenApiDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Each exported `XxxSchema` worth naming, by its name without the suffix. */
function schemaNames(): Map<z.ZodMiniType, string> {
  const names = new Map<z.ZodMiniType, string>();
  for (const [exportName, value] of Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))) {
    if (!exportName.endsWith('Schema') || !isSchema(value)) continue;
    if (!NAMED_KINDS.has(value._zod.def.type) || names.has(value)) continue;
    names.set(value, exportName.slice(0, -'Schema'.length));
  }
  return names;
}

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

function operation(route: Route, refTo: (schema: z.ZodMiniType, what: string) => JsonObject): JsonObject {
  const parameters: Json[] = [];
  for (const [, name] of route.path.matchAll(/\{(\w+)\}/g)) {
    parameters.push({ name: name ?? '', in: 'path', required: true, schema: { type: 'string' } });
  }
  if (route.query) parameters.push(...queryParameters(route.query));
  if (route.method !== 'GET') parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });

  const { status, schema, contentType } = route.response;
  const success: JsonObject = { description: SUCCESS_DESCRIPTIONS[status] };
  if (schema) {
    success['content'] = { 'application/json': { schema: refTo(schema, `The response of ${route.operationId}`) } };
  } else if (contentType) {
    success['content'] = { [contentType]: { schema: { type: 'string' } } };
  }
  const responses: JsonObject = { [String(status)]: success };
  for (const error of [...route.errors].sort((a, b) => a - b)) {
    responses[String(error)] = { $ref: `#/components/responses/${ERROR_RESPONSES[error].name}` };
  }

  const op: JsonObject = {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security: ACCEPTED_CREDENTIALS[route.credential].map((credential) => ({ [SECURITY_SCHEMES[credential].name]: [] })),
  };
  if (parameters.length > 0) op['parameters'] = parameters;
  if (route.body) {
    op['requestBody'] = {
      required: true,
      content: { 'application/json': { schema: refTo(route.body, `The body of ${route.operationId}`) } },
    };
  }
  op['responses'] = responses;
  return op;
}

/** One query parameter per property of the query schema's wire form. */
function queryParameters(query: z.ZodMiniObject): Json[] {
  const { properties = {}, required = [] } = z.toJSONSchema(query, JSON_SCHEMA_OPTIONS);
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema: schema as Json,
  }));
}

function errorResponses(): JsonObject {
  const responses: JsonObject = {};
  for (const [status, { name, description }] of Object.entries(ERROR_RESPONSES)) {
    const response: JsonObject = {
      description,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
    };
    if (status === '429') {
      response['headers'] = {
        'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } },
      };
    }
    responses[name] = response;
  }
  return responses;
}

/** The named schemas the document refers to, directly or through each other, sorted by name. */
function reachableSchemas(doc: OpenApiDocument, all: Record<string, JsonObject>): JsonObject {
  const reached = new Set<string>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (typeof node === 'object' && node !== null) {
      const ref = node['$ref'];
      const prefix = '#/components/schemas/';
      if (typeof ref === 'string' && ref.startsWith(prefix)) {
        const id = ref.slice(prefix.length);
        if (!reached.has(id)) {
          reached.add(id);
          visit(all[id] ?? null);
        }
      }
      Object.values(node).forEach(visit);
    }
  };
  visit(doc);
  return Object.fromEntries([...reached].sort().map((id) => [id, all[id] ?? {}]));
}
