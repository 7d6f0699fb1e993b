import { AsyncLocalStorage } from 'node:async_hooks';
import { trace } from '@opentelemetry/api';
import { randomUUID } from 'node:crypto';

/** The header that carries a request's id from the gateway to the subgraphs (and back to the caller). */
export const REQUEST_ID_HEADER = 'x-request-id';
/** The client's operation, which the gateway names on each call to a subgraph: its own query plan may leave the subgraph's operation unnamed. */
export const OPERATION_NAME_HEADER = 'x-operation-name';

/** What every log line written while handling one HTTP request carries. */
export interface RequestScope {
  requestId: string;
  /** The GraphQL operation's name, once known. */
  operation?: string;
}

const scopes = new AsyncLocalStorage<RequestScope>();
// The id goes into log lines and into the gateway's signature (`<time>.<id>.<mac>`): no dots, nothing long.
const WELL_FORMED_ID = /^[A-Za-z0-9-]{8,64}$/;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** The caller's id when it is well formed, else a fresh one. */
export function requestIdFrom(header: string | string[] | null | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && WELL_FORMED_ID.test(value) ? value : randomUUID();
}

export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}

export function currentRequestScope(): RequestScope | undefined {
  return scopes.getStore();
}

/** Records the operation of the request being handled (on its trace too); the first valid name wins (an explicit operationName before the document's). */
export function nameOperation(name: unknown): void {
  const scope = scopes.getStore();
  if (scope && !scope.operation && typeof name === 'string' && GRAPHQL_NAME.test(name)) {
    scope.operation = name;
    trace.getActiveSpan()?.setAttribute('graphql.operation.name', name);
  }
}
