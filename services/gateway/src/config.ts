import {
  ConfigurationError,
  dataDirVariable,
  developmentOnly,
  gatewayPortVariable,
  json,
  gatewaySigningSecretVariable,
  metricsPortVariable,
  number,
  oneOf,
  origins,
  path,
  port,
  readEnv,
  requiredInProduction,
  sharedVariables,
  telemetryVariables,
  text,
  tokenVariables,
  url,
  variable,
  type Environment,
  type LogLevel,
  type Mode,
} from '@terugkeer/env';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { AnalyticsIssuer } from './auth/analytics-issuers';
import type { OidcSettings } from './auth/oidc-token-exchange';
import type { PersistedOperationsMode } from './security/persisted-operations';

export interface GatewayConfig {
  mode: Mode;
  logLevel: LogLevel;
  host: string;
  port: number;
  /** Where the Prometheus metrics are served, apart from the public traffic. */
  metricsPort: number;
  dataDir: string;
  supergraphPath: string;
  /** Issuer and audience of the gateway's own tokens, which the subgraphs verify. */
  issuer: string;
  audience: string;
  /** In production, people's tokens come from this OpenID provider only. */
  oidc: OidcSettings | null;
  /** Organizations' own identity providers whose client-credentials tokens analysts may use (production). */
  analyticsIssuers: AnalyticsIssuer[];
  caseServiceUrl: string;
  subgraphUrls: Record<string, string>;
  corsOrigins: string[];
  persistedOperations: PersistedOperationsMode;
  persistedOperationsManifest: string;
  /** Absent only in development, where the data directory's secret file is used. */
  gatewaySigningSecret: string | undefined;
  rateLimits: RateLimits;
  /** An analyst's query cost a minute; unset: the default budget. */
  analystCostPerMinute: number | undefined;
  /** Which query planner plans the subgraph calls: Hive's Rust planner or the JavaScript one. */
  queryPlanner: QueryPlanner;
}

export type QueryPlanner = 'rust' | 'javascript';

/** Requests per minute: GraphQL per user, the token and calendar routes per client address. */
export interface RateLimits {
  graphqlPerUser: number;
  tokenPerAddress: number;
  calendarPerAddress: number;
}

/** Production's limits; development (and its test suite, thousands of calls from one address) allows far more. */
const PRODUCTION_RATE_LIMITS: RateLimits = { graphqlPerUser: 600, tokenPerAddress: 30, calendarPerAddress: 120 };
const DEVELOPMENT_RATE_LIMIT = 100_000;

/** `services/gateway/{src,dist}` → the checkout. */
const CHECKOUT = resolve(__dirname, '../../..');

export const gatewayVariables = {
  ...sharedVariables,
  ...tokenVariables,
  dataDir: dataDirVariable(resolve(CHECKOUT, '.data')),
  port: gatewayPortVariable,
  supergraphPath: variable('SUPERGRAPH_PATH', path().default(resolve(__dirname, '../supergraph.graphql'))),
  oidcJwksUrl: variable('OIDC_JWKS_URL', url().optional()),
  oidcIssuer: variable('OIDC_ISSUER', url().optional()),
  oidcAudience: variable('OIDC_AUDIENCE', text().default('terugkeer')),
  analyticsIssuers: variable(
    'ANALYTICS_TOKEN_ISSUERS',
    json(
      z.array(
        z.strictObject({
          organizationId: z.uuid(),
          issuer: z.url({ protocol: /^https?$/ }),
          jwksUrl: z.url({ protocol: /^https?$/ }),
          audience: z.string().min(1).default('terugkeer'),
        }),
      ),
      'a list of {"organizationId", "issuer", "jwksUrl", "audience"}',
    ).default([]),
  ),
  caseServiceUrl: variable('CASE_SERVICE_URL', url().optional()),
  caseUrl: variable('CASE_URL', url().optional()),
  schedulingUrl: variable('SCHEDULING_URL', url().optional()),
  reportingUrl: variable('REPORTING_URL', url().optional()),
  casePort: variable('CASE_PORT', port().default(4101)),
  schedulingPort: variable('SCHEDULING_PORT', port().default(4102)),
  reportingPort: variable('REPORTING_PORT', port().default(4103)),
  corsOrigins: variable('CORS_ORIGINS', origins().optional()),
  // The frontends' ports only make the development CORS origins.
  shellPort: variable('SHELL_PORT', port().default(3000)),
  employeePort: variable('EMPLOYEE_PORT', port().default(3001)),
  managerPort: variable('MANAGER_PORT', port().default(3002)),
  companyDoctorPort: variable('COMPANY_DOCTOR_PORT', port().default(3003)),
  coachPort: variable('COACH_PORT', port().default(3004)),
  embedExamplePort: variable('EMBED_EXAMPLE_PORT', port().default(3010)),
  persistedOperations: variable('PERSISTED_OPERATIONS', oneOf(['enforce', 'audit', 'off']).optional()),
  persistedOperationsManifest: variable(
    'PERSISTED_OPERATIONS_MANIFEST',
    path().default(resolve(CHECKOUT, 'packages', 'graphql-client', 'src', 'gql', 'persisted-documents.json')),
  ),
  gatewaySigningSecret: gatewaySigningSecretVariable,
  graphqlRateLimit: variable('RATE_LIMIT_GRAPHQL_PER_MINUTE', number({ integer: true, min: 1 }).optional()),
  tokenRateLimit: variable('RATE_LIMIT_TOKEN_PER_MINUTE', number({ integer: true, min: 1 }).optional()),
  calendarRateLimit: variable('RATE_LIMIT_CALENDAR_PER_MINUTE', number({ integer: true, min: 1 }).optional()),
  analystCostPerMinute: variable('ANALYST_COST_PER_MINUTE', number({ integer: true, min: 1 }).optional()),
  ...telemetryVariables,
  metricsPort: metricsPortVariable('GATEWAY', 4111),
  queryPlanner: variable('GATEWAY_QUERY_PLANNER', oneOf(['rust', 'javascript']).default('javascript')),
};

/**
 * The gateway's settings; a bad or missing variable throws a ConfigurationError naming it.
 * Production needs the OpenID provider, the allowed origins and the shared secret, and
 * refuses what only development may do (its own login, accepting unknown operations).
 */
export function readGatewayConfig(env: Environment = process.env): GatewayConfig {
  const values = readEnv(gatewayVariables, env);
  const problems = [
    ...requiredInProduction(values.mode, {
      OIDC_JWKS_URL: { given: values.oidcJwksUrl, purpose: 'the keys of the identity provider whose tokens people log in with' },
      OIDC_ISSUER: { given: values.oidcIssuer, purpose: 'the issuer of the identity provider’s tokens' },
      CORS_ORIGINS: { given: values.corsOrigins, purpose: 'the origins of the shell, the remotes and the intranets that call the gateway' },
      GATEWAY_SIGNING_SECRET: { given: values.gatewaySigningSecret, purpose: 'the secret the gateway signs its calls to the subgraphs with' },
    }),
    ...developmentOnly(
      values.mode,
      'PERSISTED_OPERATIONS',
      values.persistedOperations,
      ['audit', 'off'],
      'accepting operations the screens were not built with',
    ),
  ];
  if (problems.length) throw new ConfigurationError(problems);

  const development = values.mode === 'development';
  const subgraph = (port: number) => `http://127.0.0.1:${port}`;
  return {
    mode: values.mode,
    logLevel: values.logLevel,
    host: values.host,
    port: values.port,
    metricsPort: values.metricsPort,
    dataDir: values.dataDir,
    supergraphPath: values.supergraphPath,
    issuer: values.issuer,
    audience: values.audience,
    oidc: values.oidcJwksUrl && values.oidcIssuer ? { jwksUrl: values.oidcJwksUrl, issuer: values.oidcIssuer, audience: values.oidcAudience } : null,
    analyticsIssuers: values.analyticsIssuers,
    caseServiceUrl: values.caseServiceUrl ?? subgraph(values.casePort),
    subgraphUrls: {
      case: values.caseUrl ?? `${subgraph(values.casePort)}/graphql`,
      scheduling: values.schedulingUrl ?? `${subgraph(values.schedulingPort)}/graphql`,
      reporting: values.reportingUrl ?? `${subgraph(values.reportingPort)}/graphql`,
    },
    corsOrigins: values.corsOrigins ?? developmentOrigins(values),
    persistedOperations: values.persistedOperations ?? (development ? 'audit' : 'enforce'),
    persistedOperationsManifest: values.persistedOperationsManifest,
    gatewaySigningSecret: values.gatewaySigningSecret,
    rateLimits: {
      graphqlPerUser: values.graphqlRateLimit ?? (development ? DEVELOPMENT_RATE_LIMIT : PRODUCTION_RATE_LIMITS.graphqlPerUser),
      tokenPerAddress: values.tokenRateLimit ?? (development ? DEVELOPMENT_RATE_LIMIT : PRODUCTION_RATE_LIMITS.tokenPerAddress),
      calendarPerAddress: values.calendarRateLimit ?? (development ? DEVELOPMENT_RATE_LIMIT : PRODUCTION_RATE_LIMITS.calendarPerAddress),
    },
    analystCostPerMinute: values.analystCostPerMinute,
    queryPlanner: values.queryPlanner,
  };
}

/** In development the shell, the remotes and the example intranet page, by both local names. */
function developmentOrigins(
  ports: Record<'shellPort' | 'employeePort' | 'managerPort' | 'companyDoctorPort' | 'coachPort' | 'embedExamplePort', number>,
): string[] {
  const { shellPort, employeePort, managerPort, companyDoctorPort, coachPort, embedExamplePort } = ports;
  return [shellPort, employeePort, managerPort, companyDoctorPort, coachPort, embedExamplePort].flatMap((port) => [
    `http://localhost:${port}`,
    `http://127.0.0.1:${port}`,
  ]);
}
