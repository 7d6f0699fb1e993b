import { createGatewayRuntime } from '@graphql-hive/gateway';
import { answerLiveness, answerReadiness, bearerToken, gatewaySecret, GATEWAY_SIGNATURE_HEADER, readBody, sendJson, signGatewayCall } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { DevLogin, UnknownUserError } from '../auth/dev-login';
import type { GatewayConfig } from '../config';
import { maskGatewayError } from '../errors/mask-gateway-error';
import { loadSupergraph } from '../supergraph';
import { proxyCalendar } from './calendar-proxy';
import { applyCors, applySecurityHeaders } from './cors';
import { gatewayReadiness } from './readiness';
import { operationLimitPlugins } from '../security/operation-limits';
import { refuseOversizedBody } from '../security/request-size';
import { loadPersistedOperations, persistedOperationsPlugin } from '../security/persisted-operations';

const SUBGRAPH_TIMEOUT_MS = 5_000;

export interface GatewayServerDeps {
  config: GatewayConfig;
  /** Verifies the caller's token and answers the token the subgraphs receive (or throws). */
  authenticate: (token: string) => Promise<string>;
  publicJwks: unknown;
  devLogin: DevLogin | null;
}

export interface RunningGateway {
  server: Server;
  stop(): Promise<void>;
}

export async function startGatewayServer({ config, authenticate, publicJwks, devLogin }: GatewayServerDeps): Promise<RunningGateway> {
  const secret = gatewaySecret({ ...process.env, TERUGKEER_DATA_DIR: config.dataDir });
  const persisted = persistedOperationsPlugin(
    config.persistedOperations,
    config.persistedOperations === 'off' ? new Set() : loadPersistedOperations(config.persistedOperationsManifest),
  );
  const runtime = createGatewayRuntime({
    supergraph: loadSupergraph(config.supergraphPath, config.subgraphUrls),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: !config.production,
    cors: false,
    maskedErrors: { maskError: maskGatewayError },
    // A subgraph that hangs costs its fields, not the whole answer.
    upstreamTimeout: SUBGRAPH_TIMEOUT_MS,
    logging: 'warn',
    plugins: () => [...operationLimitPlugins(config.production), persisted],
    disableIntrospection: config.production ? { disableIf: () => true } : undefined,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const requestId = request.headers.get('x-request-id') ?? randomUUID();
        return {
          authorization: request.headers.get('authorization'),
          'x-request-id': requestId,
          [GATEWAY_SIGNATURE_HEADER]: signGatewayCall(secret, requestId),
        };
      },
    },
  });

  const readinessChecks = gatewayReadiness({ getSchema: () => runtime.getSchema(), publicJwks: publicJwks as { keys?: unknown[] }, gatewaySecret: secret, oidc: config.oidc });

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    applySecurityHeaders(response, { production: config.production, graphiql: !config.production && url.pathname === '/graphql' && request.method === 'GET' });
    if (applyCors(request, response, config.corsOrigins)) return;
    try {
      if (url.pathname === '/healthz') {
        const subgraphs = await subgraphHealth(config.subgraphUrls);
        const healthy = Object.values(subgraphs).every((status) => status === 'ok');
        sendJson(response, healthy ? 200 : 503, { status: healthy ? 'ok' : 'degraded', subgraphs });
        return;
      }
      if (url.pathname === '/livez') return answerLiveness(response, 'gateway');
      if (url.pathname === '/readyz') return await answerReadiness(response, 'gateway', readinessChecks);
      if (url.pathname === '/.well-known/jwks.json') {
        sendJson(response, 200, publicJwks);
        return;
      }
      if (url.pathname.startsWith('/auth/dev/')) {
        if (!devLogin) return sendJson(response, 404, { error: 'Development login is off.' });
        if (url.pathname === '/auth/dev/token' && request.method === 'POST') {
          const email = parseEmail(await readBody(request, 10_000));
          if (!email) return sendJson(response, 400, { error: 'Send JSON {"email": "..."}.' });
          return sendJson(response, 200, { token: await devLogin.tokenFor(email) });
        }
        if (url.pathname === '/auth/dev/users' && request.method === 'GET') {
          const identities = await devLogin.identities();
          return sendJson(response, 200, identities.map(({ email, name, memberships }) => ({ email, name, roles: [...new Set(memberships.map((m) => m.role))] })));
        }
        return sendJson(response, 404, { error: 'not found' });
      }
      if (url.pathname.startsWith('/calendar/')) return proxyCalendar(request, response, config.subgraphUrls.scheduling);
      if (url.pathname === '/graphql') {
        const refusal = refuseOversizedBody(request);
        if (refusal) {
          request.resume();
          return sendJson(response, refusal.status, { errors: [{ message: refusal.message, extensions: { code: 'REQUEST_TOO_LARGE' } }] });
        }
        const token = bearerToken(request);
        const forwarded = token ? await authenticate(token).catch(() => null) : null;
        const browsingGraphiql = !config.production && request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
        if (!forwarded && !browsingGraphiql) {
          return sendJson(response, 401, { errors: [{ message: 'A valid token is required.', extensions: { code: 'UNAUTHENTICATED' } }] });
        }
        // The subgraphs get the token they verify (in production: the exchanged one).
        if (forwarded) request.headers.authorization = `Bearer ${forwarded}`;
        return runtime(request, response);
      }
      sendJson(response, 404, { error: 'not found' });
    } catch (error) {
      if (error instanceof UnknownUserError) return sendJson(response, 404, { error: error.message });
      console.error('[gateway]', error);
      if (!response.headersSent) sendJson(response, 500, { error: 'Internal error.' });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, process.env.HOST ?? '127.0.0.1', resolve);
  });
  return {
    server,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}

function parseEmail(body: string): string | null {
  try {
    const { email } = JSON.parse(body) as { email?: unknown };
    return typeof email === 'string' && /^[^@\s]+@[^@\s]+$/.test(email) ? email : null;
  } catch {
    return null;
  }
}

async function subgraphHealth(subgraphUrls: Record<string, string>): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, graphqlUrl]) => {
      const healthUrl = graphqlUrl.replace(/\/graphql$/, '/healthz');
      const ok = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
      return [name, ok ? 'ok' : 'down'] as const;
    }),
  );
  return Object.fromEntries(entries);
}
