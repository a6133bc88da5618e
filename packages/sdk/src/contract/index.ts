export { ROUTES, type Credential, type ErrorStatus, type HttpMethod, type Route } from './routes.js';
export { buildOpenApiDocument, serializeOpenApiDocument, type OpenApiDocument } from './openapi.js';
