import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { checkGatewaySignature, gatewaySecret, GATEWAY_SIGNATURE_HEADER } from '../auth/gateway-signature';
import type { TokenVerifier } from '../auth/token-verifier';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../context';
import { answerLiveness, answerReadiness, type ReadinessChecks } from './health-endpoints';
import { maskUnexpectedErrors } from './mask-errors';
import { bearerToken, PayloadTooLargeError, readBody, sendJson } from './read-body';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;

export interface SubgraphServerOptions<Context extends RequestContext> {
  name: string;
  port: number;
  schema: GraphQLSchema;
  verifyToken: TokenVerifier;
  createContext: (viewer: Viewer, requestId: string) => Context;
  /** Answers `/healthz`; should touch the database. */
  checkHealth: () => Promise<void>;
  /** Answer `/readyz`: this subgraph's own dependencies (`/livez` needs none). */
  readinessChecks: ReadinessChecks;
  /** Extra HTTP routes by path prefix, e.g. calendar feeds. */
  routes?: Record<string, RouteHandler>;
  maxBodyBytes?: number;
  introspection?: boolean;
}

export interface RunningSubgraph {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** Serves a subgraph over plain node:http: `/graphql` behind token verification, `/healthz`, `/livez`, `/readyz`, and extra routes. */
export async function startSubgraphServer<Context extends RequestContext>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningSubgraph> {
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    introspection: options.introspection ?? process.env.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedErrors(options.name),
    csrfPrevention: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const requireSignature = requiresGatewaySignature();
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
    secret ??= gatewaySecret();
    const signature = checkGatewaySignature(secret, request.headers[GATEWAY_SIGNATURE_HEADER]?.toString());
    if (signature === 'INVALID' || (signature === 'UNSIGNED' && requireSignature)) {
      sendJson(response, 401, {
        errors: [{ message: signature === 'INVALID' ? 'The gateway signature is not valid.' : 'Calls must come through the gateway.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = request.method === 'POST' ? await readBody(request, maxBodyBytes) : '';
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: body ? JSON.parse(body) : undefined },
      context: async () => ({
        ...options.createContext(viewer, request.headers['x-request-id']?.toString() ?? randomUUID()),
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

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/healthz') {
        await options.checkHealth();
        sendJson(response, 200, { status: 'ok', service: options.name });
        return;
      }
      if (url.pathname === '/livez') return answerLiveness(response, options.name);
      if (url.pathname === '/readyz') return await answerReadiness(response, options.name, options.readinessChecks);
      if (url.pathname === '/graphql') {
        await handleGraphQL(request, response, url);
        return;
      }
      const route = Object.entries(options.routes ?? {}).find(([prefix]) => url.pathname.startsWith(prefix));
      if (route) {
        await route[1](request, response, url);
        return;
      }
      sendJson(response, 404, { error: 'not found' });
    } catch (error) {
      if (response.headersSent) return response.destroy();
      if (error instanceof PayloadTooLargeError) return sendJson(response, 413, { errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      if (error instanceof SyntaxError) return sendJson(response, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      console.error(`[${options.name}]`, error);
      sendJson(response, 500, { errors: [{ message: 'Internal error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, process.env.HOST ?? '127.0.0.1', resolve);
  });
  return {
    server,
    url: `http://localhost:${options.port}/graphql`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

/** Production refuses calls that bypass the gateway unless told otherwise; development accepts them. */
function requiresGatewaySignature(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.REQUIRE_GATEWAY_SIGNATURE) return env.REQUIRE_GATEWAY_SIGNATURE === 'true';
  return env.NODE_ENV === 'production';
}
