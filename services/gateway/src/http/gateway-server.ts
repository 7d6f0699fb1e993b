import { createGatewayRuntime, Logger as HiveLogger } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { unifiedGraphHandler as rustQueryPlanner } from '@graphql-hive/router-runtime';
import {
  answerLiveness,
  answerReadiness,
  bearerToken,
  createGuardedServer,
  gatewaySecret,
  isJsonRequest,
  readBody,
  REQUEST_ID_HEADER,
  requestIdFrom,
  requestTarget,
  sendJson,
  type Logger,
} from '@terugkeer/service-kit';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { DevLogin, UnknownUserError } from '../auth/dev-login';
import type { GatewayConfig } from '../config';
import { maskGatewayError } from '../errors/mask-gateway-error';
import { RedactingHiveLogWriter } from '../logging/hive-log-writer';
import { operationNamePlugin } from '../logging/operation-name.plugin';
import { loadSupergraph } from '../supergraph';
import { analyticsCsvRoute } from './analytics-csv';
import { calendarProxy } from './calendar-proxy';
import { applyCors, applySecurityHeaders } from './cors';
import { gatewayReadiness } from './readiness';
import { isAnalystRequest } from '../security/analyst-access';
import { ANALYST_COST_BUDGET, analystCostPlugin } from '../security/analyst-cost.plugin';
import { operationLimitPlugins } from '../security/operation-limits';
import { refuseOversizedBody } from '../security/request-size';
import { loadPersistedOperations, persistedOperationsPlugin } from '../security/persisted-operations';
import { RateLimiter } from '../security/rate-limiter';
import { subgraphCallSigning } from '../security/subgraph-call-signing';

const SUBGRAPH_TIMEOUT_MS = 5_000;

export interface GatewayServerDeps {
  config: GatewayConfig;
  log: Logger;
  /** Verifies the caller's token and answers the token the subgraphs receive (or throws). */
  authenticate: (token: string) => Promise<string>;
  publicJwks: unknown;
  devLogin: DevLogin | null;
  /** `POST /oauth/token`, the client-credentials grant of analytics clients. */
  oauthToken: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
}

export interface RunningGateway {
  server: Server;
  stop(): Promise<void>;
}

export async function startGatewayServer({ config, log, authenticate, publicJwks, devLogin, oauthToken }: GatewayServerDeps): Promise<RunningGateway> {
  const development = config.mode === 'development';
  const secret = gatewaySecret(config);
  const persisted = persistedOperationsPlugin(
    config.persistedOperations,
    config.persistedOperations === 'off' ? new Set() : loadPersistedOperations(config.persistedOperationsManifest),
    log,
    ({ request }) => isAnalystRequest(request),
  );
  const analystCost = analystCostPlugin({ ...ANALYST_COST_BUDGET, perMinute: config.analystCostPerMinute ?? ANALYST_COST_BUDGET.perMinute });
  const runtime = createGatewayRuntime({
    supergraph: loadSupergraph(config.supergraphPath, config.subgraphUrls),
    // Given, not looked up by name at run time: every subgraph is reached over HTTP.
    transports: { http: httpTransport },
    // Every subgraph call carries its client request's id, so no two calls are ever the same and
    // de-duplicating them would only copy every subgraph's answer (structuredClone) for nothing.
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    // Hive's Rust planner plans the dashboard's three-subgraph queries several times faster (`npm run terugkeer -- bench-gateway`).
    ...(config.queryPlanner === 'rust' ? { unifiedGraphHandler: rustQueryPlanner } : {}),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: development,
    cors: false,
    maskedErrors: { maskError: maskGatewayError },
    // A subgraph that hangs costs its fields, not the whole answer.
    upstreamTimeout: SUBGRAPH_TIMEOUT_MS,
    // Hive's own info lines repeat ours; its debug lines help when we debug.
    logging: new HiveLogger({ level: log.isLevelEnabled('debug') ? 'debug' : 'warn', writers: [new RedactingHiveLogWriter(log)] }),
    plugins: () => [operationNamePlugin(), ...operationLimitPlugins(config.mode), persisted, analystCost, subgraphCallSigning(secret)],
    // Analysts' BI tools read the schema; everyone else has the published file, if anything.
    disableIntrospection: development ? undefined : { disableIf: ({ context }) => !isAnalystRequest(context.request) },
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
        return {
          authorization: request.headers.get('authorization'),
          [REQUEST_ID_HEADER]: requestId,
        };
      },
    },
  });

  const readinessChecks = gatewayReadiness({
    getSchema: () => runtime.getSchema(),
    publicJwks: publicJwks as { keys?: unknown[] },
    gatewaySecret: secret,
    oidc: config.oidc,
  });
  const proxyCalendar = calendarProxy(config.subgraphUrls.scheduling, { log });
  const analyticsCsv = analyticsCsvRoute(`http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}/graphql`);
  const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });
  const limits = {
    graphql: new RateLimiter(config.rateLimits.graphqlPerUser),
    token: new RateLimiter(config.rateLimits.tokenPerAddress),
    calendar: new RateLimiter(config.rateLimits.calendarPerAddress),
  };
  /** Counts the request against its limit; answers 429 with Retry-After (and true) when it is over. */
  const refusedAsTooMany = (limiter: RateLimiter, key: string, response: ServerResponse, asGraphQL: boolean): boolean => {
    const decision = limiter.take(key);
    if (decision.allowed) return false;
    response.setHeader('retry-after', String(decision.retryAfterSeconds));
    const message = `Too many requests; try again in ${decision.retryAfterSeconds} s.`;
    sendJson(response, 429, asGraphQL ? graphqlError(message, 'RATE_LIMITED') : { error: message });
    return true;
  };
  const address = (request: IncomingMessage) => request.socket.remoteAddress ?? 'unknown';

  const server = createGuardedServer(async (request, response) => {
    const url = requestTarget(request);
    if (!url) return sendJson(response, 400, { error: 'The request target must be a path.' });
    applySecurityHeaders(response, { mode: config.mode, graphiql: development && url.pathname === '/graphql' && request.method === 'GET' });
    if (applyCors(request, response, config.corsOrigins)) return;
    if (url.pathname === '/healthz') {
      const subgraphs = await subgraphHealth(config.subgraphUrls);
      const healthy = Object.values(subgraphs).every((status) => status === 'ok');
      return sendJson(response, healthy ? 200 : 503, { status: healthy ? 'ok' : 'degraded', subgraphs });
    }
    if (url.pathname === '/livez') return answerLiveness(response, 'gateway');
    if (url.pathname === '/readyz') return answerReadiness(response, 'gateway', readinessChecks);
    if (url.pathname === '/.well-known/jwks.json') return sendJson(response, 200, publicJwks);
    if (url.pathname === '/oauth/token') {
      if (refusedAsTooMany(limits.token, address(request), response, false)) return;
      return oauthToken(request, response);
    }
    if (url.pathname.startsWith('/auth/')) {
      if (refusedAsTooMany(limits.token, address(request), response, false)) return;
      if (!url.pathname.startsWith('/auth/dev/')) return sendJson(response, 404, { error: 'not found' });
      if (!devLogin) return sendJson(response, 404, { error: 'Development login is off.' });
      if (url.pathname === '/auth/dev/token' && request.method === 'POST') {
        const email = parseEmail(await readBody(request, 10_000));
        if (!email) return sendJson(response, 400, { error: 'Send JSON {"email": "..."}.' });
        try {
          return sendJson(response, 200, { token: await devLogin.tokenFor(email) });
        } catch (error) {
          if (error instanceof UnknownUserError) return sendJson(response, 404, { error: error.message });
          throw error;
        }
      }
      if (url.pathname === '/auth/dev/users' && request.method === 'GET') {
        const identities = await devLogin.identities();
        return sendJson(
          response,
          200,
          identities.map(({ email, name, memberships }) => ({ email, name, roles: [...new Set(memberships.map((m) => m.role))] })),
        );
      }
      return sendJson(response, 404, { error: 'not found' });
    }
    if (url.pathname === '/analytics/series.csv') return analyticsCsv(request, response, url);
    if (url.pathname.startsWith('/calendar/')) {
      if (refusedAsTooMany(limits.calendar, address(request), response, false)) return;
      return proxyCalendar(request, response, url.pathname);
    }
    if (url.pathname === '/graphql') {
      const refusal = refuseOversizedBody(request);
      if (refusal) return sendJson(response, refusal.status, graphqlError(refusal.message, 'REQUEST_TOO_LARGE'));
      if (request.method === 'POST' && !isJsonRequest(request))
        return sendJson(response, 415, graphqlError('Send GraphQL as application/json.', 'UNSUPPORTED_MEDIA_TYPE'));
      const token = bearerToken(request);
      // eslint-disable-next-line no-restricted-syntax -- a token that does not verify is no token: the answer is 401
      const forwarded = token ? await authenticate(token).catch(() => null) : null;
      const browsingGraphiql = development && request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
      // Per person once we know who it is; guesses at a token count against the address, as logins do.
      const caller = forwarded ? subjectOf(forwarded) : null;
      if (caller ? refusedAsTooMany(limits.graphql, caller, response, true) : refusedAsTooMany(limits.token, address(request), response, true)) return;
      if (!forwarded && !browsingGraphiql) return sendJson(response, 401, graphqlError('A valid token is required.', 'UNAUTHENTICATED'));
      // The subgraphs get the token they verify (in production: the exchanged one).
      if (forwarded) request.headers.authorization = `Bearer ${forwarded}`;
      return runtime(request, response);
    }
    sendJson(response, 404, { error: 'not found' });
  }, log);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
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
      const ok = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) }).then(
        (r) => r.ok,
        () => false,
      );
      return [name, ok ? 'ok' : 'down'] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The subject of a token the gateway has just verified (or issued itself); no second verification needed. */
function subjectOf(token: string): string | null {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub?: unknown };
    return typeof claims.sub === 'string' ? claims.sub : null;
  } catch {
    return null;
  }
}
