import { GraphQLError } from 'graphql';

/** Codes Hive Gateway gives a subgraph call that got no usable answer (refused, reset, timed out, 5xx). */
const OUTAGE_CODES = new Set(['SUBREQUEST_HTTP_ERROR', 'DOWNSTREAM_SERVICE_ERROR', 'GATEWAY_TIMEOUT', 'TIMEOUT_ERROR']);

/**
 * What the gateway adds to a subgraph's error about its own call: addresses, queries,
 * variables. (`http` stays: it carries the status a refusal such as a mutation over GET answers with.)
 */
const INTERNAL_EXTENSIONS = ['request', 'response', 'serviceName', 'originalError', 'stacktrace'];

/**
 * What a caller sees of an error. Errors the subgraphs raised on purpose (FORBIDDEN,
 * BAD_USER_INPUT, …) pass unchanged; a subgraph that cannot answer becomes one typed
 * SUBGRAPH_UNAVAILABLE error on the fields it owns, naming the service but never its
 * address; anything else is an unexpected error without details.
 */
export function maskGatewayError(error: unknown, message: string): Error {
  const outage = unavailableService(error);
  if (outage) {
    const who = outage.service ? `The ${outage.service} service` : 'A service';
    return new GraphQLError(`${who} cannot answer right now; the rest of the answer is complete.`, {
      path: pathOf(error),
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: outage.service },
    });
  }
  if (isOriginalGraphQLError(error)) return withoutInternals(error);
  const http = error instanceof GraphQLError ? error.extensions.http : undefined;
  return new GraphQLError(message, { path: pathOf(error), extensions: { code: 'INTERNAL_SERVER_ERROR', ...(http ? { http } : {}) } });
}

function withoutInternals(error: GraphQLError): GraphQLError {
  if (!INTERNAL_EXTENSIONS.some((key) => key in error.extensions)) return error;
  const extensions = Object.fromEntries(Object.entries(error.extensions).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key)));
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions });
}

function unavailableService(error: unknown): { service: string | null } | null {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = causeOf(current), depth++) {
    const extensions = current instanceof GraphQLError ? current.extensions : undefined;
    if (extensions && OUTAGE_CODES.has(String(extensions.code))) {
      return { service: typeof extensions.serviceName === 'string' ? extensions.serviceName : null };
    }
    if (current instanceof AggregateError) {
      const inner = current.errors.map(unavailableService).find(Boolean);
      if (inner) return inner;
    }
  }
  return null;
}

function causeOf(error: Error): unknown {
  return error instanceof GraphQLError ? error.originalError : error.cause;
}

function isOriginalGraphQLError(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError)) return false;
  return error.originalError === undefined || error.originalError === null || isOriginalGraphQLError(error.originalError);
}

function pathOf(error: unknown): readonly (string | number)[] | undefined {
  return error instanceof GraphQLError ? error.path : undefined;
}
