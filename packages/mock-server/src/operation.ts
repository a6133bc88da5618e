import type * as z from 'zod/mini';
import type { ROUTES } from '@ngo-kit/sdk/contract';
import type { Caller } from './auth.js';
import type { Store } from './store.js';

type ContractRoute = (typeof ROUTES)[number];

/** The name of an operation of the contract, e.g. `listEvents`. */
export type OperationId = ContractRoute['operationId'];

type RouteOf<Id extends OperationId> = Extract<ContractRoute, { operationId: Id }>;

type Parsed<Route, Part extends 'query' | 'body'> = Route extends { [P in Part]: infer Schema extends z.ZodMiniType }
  ? z.output<Schema>
  : undefined;

/** What an operation is given: the request, already authenticated and validated against the contract. */
export interface OperationContext<Id extends OperationId = OperationId> {
  request: Request;
  url: URL;
  /** The path parameters of the contract's path, e.g. `{ id: 'evt_000001' }`. */
  params: Record<string, string>;
  /** The query, parsed by the route's schema. */
  query: Parsed<RouteOf<Id>, 'query'>;
  /** The JSON body, parsed by the route's schema. */
  body: Parsed<RouteOf<Id>, 'body'>;
  caller: Caller;
  store: Store;
  /** The moment of the request, from the server's clock. */
  now: Date;
  /** The origin links in answers point to, e.g. `http://127.0.0.1:4010`. */
  origin: string;
  /** Makes an unguessable secret, e.g. a cancellation token. */
  secret(prefix: string): string;
}

/** The implementation of one operation of the contract. */
export type Operation<Id extends OperationId = OperationId> = (
  context: OperationContext<Id>,
) => Response | Promise<Response>;

/** One implementation per operation of the contract: a route left out is a type error. */
export type Operations = { [Id in OperationId]: Operation<Id> };
