import { ApolloServer, HeaderMap, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { checkGatewaySignature, gatewaySecret, GATEWAY_SIGNATURE_HEADER } from '../auth/gateway-signature';
import type { TokenVerifier } from '../auth/token-verifier';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../context';
import { answerLiveness, answerReadiness, type ReadinessChecks } from './health-endpoints';
import { refuseControlCharacters } from './control-characters';
import { createGuardedServer } from './guarded-server';
import type { Logger } from '../logging/logger';
import { nameOperation, OPERATION_NAME_HEADER, REQUEST_ID_HEADER } from '../logging/request-scope';
import { stripValues } from '../logging/safe-text';
import type { ServiceConfig } from '../service-config';
import { graphqlErrors } from '../metrics/registry';
import { maskUnexpectedErrors } from './mask-errors';
import { bearerToken, readBody, sendJson } from './read-body';
import { isJsonRequest, requestTarget } from './request-target';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;

export interface SubgraphServerOptions<Context extends RequestContext> {
  name: string;
  log: Logger;
  config: Pick<ServiceConfig, 'mode' | 'host' | 'port' | 'introspection' | 'requireGatewaySignature' | 'gatewaySigningSecret' | 'dataDir'>;
  schema: GraphQLSchema;
  verifyToken: TokenVerifier;
  createContext: (viewer: Viewer, requestId: string) => Context;
  /** Answers `/healthz`; should touch the database. What it returns is shown beside the status. */
  checkHealth: () => Promise<void | Record<string, unknown>>;
  /** Answer `/readyz`: this subgraph's own dependencies (`/livez` needs none). */
  readinessChecks: ReadinessChecks;
  /** Extra HTTP routes by path prefix, e.g. calendar feeds. */
  routes?: Record<string, RouteHandler>;
  maxBodyBytes?: number;
}

export interface RunningSubgraph {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** Serves a subgraph over plain node:http: `/graphql` behind token verification, `/healthz`, `/livez`, `/readyz`, and extra routes. */
export async function startSubgraphServer<Context extends RequestContext>(options: SubgraphServerOptions<Context>): Promise<RunningSubgraph> {
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    introspection: options.config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedErrors(options.log),
    csrfPrevention: true,
    // No cache hints are set and responses are private: cache control would only wrap every field resolver.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      refuseControlCharacters<Context>(),
      operationNameInRequestLog,
      countGraphQLErrors,
    ],
    logger: apolloServerLogger(options.log),
  });
  await apollo.start();
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const { config } = options;
  let secret: Buffer | null = null;

  const handleGraphQL = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const token = bearerToken(request);
    let viewer: Viewer;
    try {
      if (!token) throw new Error('missing');
      viewer = await options.verifyToken(token);
    } catch {
      sendJson(response, 401, {
        errors: [{ message: 'A valid token is required.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      return;
    }
    const text = request.method === 'POST' ? await readBody(request, maxBodyBytes) : '';
    secret ??= gatewaySecret(config);
    // The signature binds this exact request (body, or query string for a GET) to the token it carries.
    const signature = checkGatewaySignature(secret, request.headers[GATEWAY_SIGNATURE_HEADER]?.toString(), {
      body: request.method === 'POST' ? text : url.search,
      authorization: request.headers.authorization ?? '',
    });
    if (signature === 'INVALID' || (signature === 'UNSIGNED' && config.requireGatewaySignature)) {
      sendJson(response, 401, {
        errors: [
          {
            message: signature === 'INVALID' ? 'The gateway signature is not valid.' : 'Calls must come through the gateway.',
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
      return;
    }
    if (request.method === 'POST' && !isJsonRequest(request)) {
      sendJson(response, 415, { errors: [{ message: 'Send GraphQL as application/json.', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      sendJson(response, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({
        // withRequestLog has put the request's one id (the gateway's, or a fresh one) in the header.
        ...options.createContext(viewer, String(request.headers[REQUEST_ID_HEADER])),
        viaGateway: signature === 'SIGNED',
      }),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };

  const server = createGuardedServer(async (request, response) => {
    const url = requestTarget(request);
    if (!url) return sendJson(response, 400, { errors: [{ message: 'The request target must be a path.', extensions: { code: 'BAD_REQUEST' } }] });
    if (url.pathname === '/healthz') {
      const details = await options.checkHealth();
      return sendJson(response, 200, { status: 'ok', service: options.name, ...details });
    }
    if (url.pathname === '/livez') return answerLiveness(response, options.name);
    if (url.pathname === '/readyz') return answerReadiness(response, options.name, options.readinessChecks);
    if (url.pathname === '/graphql') return handleGraphQL(request, response, url);
    const route = Object.entries(options.routes ?? {}).find(([prefix]) => url.pathname.startsWith(prefix));
    if (route) return route[1](request, response, url);
    sendJson(response, 404, { error: 'not found' });
  }, options.log);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  return {
    server,
    url: `http://localhost:${config.port}/graphql`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

/** Gives the request's log line the name of the operation it ran: the client's, as the gateway names it, else the subgraph's own. */
const operationNameInRequestLog: ApolloServerPlugin = {
  requestDidStart: async ({ request }) => {
    nameOperation(request.http?.headers.get(OPERATION_NAME_HEADER));
    return { didResolveOperation: async ({ operationName }) => nameOperation(operationName) };
  },
};

/** Counts the errors of each answer by operation and code, for the error-rate metrics and alerts. */
const countGraphQLErrors: ApolloServerPlugin = {
  requestDidStart: async () => ({
    didEncounterErrors: async ({ operationName, errors }) => {
      for (const { extensions } of errors) {
        const code = typeof extensions?.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
        graphqlErrors.inc({ operation: operationName ?? '', code });
      }
    },
  }),
};

/** Apollo Server's own messages (start-up warnings, a failure outside any resolver) through our logger. */
function apolloServerLogger(log: Logger): NonNullable<ApolloServerOptions<BaseContext>['logger']> {
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (message?: unknown) =>
    message instanceof Error
      ? log[level]({ err: message }, 'Apollo Server')
      : log[level](stripValues(typeof message === 'string' ? message : message === undefined || message === null ? '' : JSON.stringify(message)));
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
