import {
  boolean,
  ConfigurationError,
  dataDirVariable,
  developmentOnly,
  gatewayPortVariable,
  gatewaySigningSecretVariable,
  metricsPortVariable,
  port,
  readEnv,
  requiredInProduction,
  sharedVariables,
  telemetryVariables,
  tokenVariables,
  url,
  variable,
  type ConfigurationProblem,
  type Environment,
  type LogLevel,
  type Mode,
  type SpecValues,
} from '@terugkeer/env';
import { resolve } from 'node:path';

/** A subgraph's settings, read from the environment and checked once at start. */
export interface ServiceConfig {
  mode: Mode;
  logLevel: LogLevel;
  /** The interface the HTTP server listens on. */
  host: string;
  port: number;
  /** Where the Prometheus metrics are served, apart from the GraphQL traffic. */
  metricsPort: number;
  dataDir: string;
  databaseUrl: string;
  /**
   * The role the migrations connect as: the owner of the service's schema, while the
   * service runs as a role that may only read and write rows. Without
   * `<SERVICE>_MIGRATION_DATABASE_URL` the service's own URL serves both, for a setup with one role.
   */
  migrationDatabaseUrl: string;
  /**
   * A direct connection for the outbox listener's LISTEN, which a pooler in transaction mode
   * (PgBouncer) cannot carry. Without `<SERVICE>_DATABASE_LISTEN_URL` the service's own URL.
   */
  listenDatabaseUrl: string;
  /** Where the gateway publishes the keys of the tokens this subgraph verifies. */
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** Whether calls that bypass the gateway (unsigned) are refused: always in production. */
  requireGatewaySignature: boolean;
  /** Absent only in development, where the data directory's secret file is used. */
  gatewaySigningSecret: string | undefined;
  /** Schema introspection, a development feature. */
  introspection: boolean;
}

export const DEFAULT_PORTS = { case: 4101, scheduling: 4102, reporting: 4103 } as const;
/** Where each process serves its Prometheus metrics: a port of its own, which no ingress exposes. */
export const DEFAULT_METRICS_PORTS = { gateway: 4111, case: 4112, scheduling: 4113, reporting: 4114 } as const;
export type SubgraphName = keyof typeof DEFAULT_PORTS;
export const TOKEN_AUDIENCE = 'terugkeer';

const POSTGRES = ['postgres:', 'postgresql:'];
/** The checkout's `.data`, from `packages/service-kit/{src,dist}`. */
const CHECKOUT_DATA_DIR = resolve(__dirname, '../../../.data');

/** The variables every subgraph reads; `<SERVICE>_PORT`, `<SERVICE>_METRICS_PORT` and its database URLs are its own. */
export function subgraphVariables(service: SubgraphName) {
  const prefix = service.toUpperCase();
  return {
    ...sharedVariables,
    ...tokenVariables,
    dataDir: dataDirVariable(CHECKOUT_DATA_DIR),
    port: variable(`${prefix}_PORT`, port().default(DEFAULT_PORTS[service])),
    serviceDatabaseUrl: variable(`${prefix}_DATABASE_URL`, url(POSTGRES).optional(), { secret: true }),
    migrationDatabaseUrl: variable(`${prefix}_MIGRATION_DATABASE_URL`, url(POSTGRES).optional(), { secret: true }),
    listenDatabaseUrl: variable(`${prefix}_DATABASE_LISTEN_URL`, url(POSTGRES).optional(), { secret: true }),
    sharedDatabaseUrl: variable('DATABASE_URL', url(POSTGRES).optional(), { secret: true }),
    gatewayPort: gatewayPortVariable,
    gatewayInternalUrl: variable('GATEWAY_INTERNAL_URL', url().optional()),
    jwksUrl: variable('AUTH_JWKS_URL', url().optional()),
    gatewaySigningSecret: gatewaySigningSecretVariable,
    requireGatewaySignature: variable('REQUIRE_GATEWAY_SIGNATURE', boolean().optional()),
    ...telemetryVariables,
    metricsPort: metricsPortVariable(prefix, DEFAULT_METRICS_PORTS[service]),
  };
}

export type SubgraphValues = SpecValues<ReturnType<typeof subgraphVariables>>;

/**
 * A subgraph's settings from its values, checked as a whole: a database everywhere, what
 * production needs, no development feature in production. A service with settings of its
 * own passes their problems too, so that one error names everything wrong.
 */
export function serviceConfigFrom(service: SubgraphName, values: SubgraphValues, problemsOfItsOwn: ConfigurationProblem[] = []): ServiceConfig {
  const databaseUrl = values.serviceDatabaseUrl ?? values.sharedDatabaseUrl;
  const problems: ConfigurationProblem[] = [
    ...(databaseUrl
      ? []
      : [
          {
            variable: 'DATABASE_URL',
            reason: `is required: the PostgreSQL database of the ${service} service (or ${service.toUpperCase()}_DATABASE_URL for a database of its own)`,
          },
        ]),
    ...requiredInProduction(values.mode, {
      GATEWAY_SIGNING_SECRET: { given: values.gatewaySigningSecret, purpose: 'the secret the gateway signs its calls to the subgraphs with' },
    }),
    ...developmentOnly(values.mode, 'REQUIRE_GATEWAY_SIGNATURE', values.requireGatewaySignature, [false], 'accepting calls that bypass the gateway'),
    ...problemsOfItsOwn,
  ];
  if (!databaseUrl || problems.length) throw new ConfigurationError(problems);
  const development = values.mode === 'development';
  const gatewayUrl = values.gatewayInternalUrl ?? `http://127.0.0.1:${values.gatewayPort}`;
  return {
    mode: values.mode,
    logLevel: values.logLevel,
    host: values.host,
    port: values.port,
    metricsPort: values.metricsPort,
    dataDir: values.dataDir,
    databaseUrl,
    migrationDatabaseUrl: values.migrationDatabaseUrl ?? databaseUrl,
    listenDatabaseUrl: values.listenDatabaseUrl ?? databaseUrl,
    jwksUrl: values.jwksUrl ?? `${gatewayUrl.replace(/\/$/, '')}/.well-known/jwks.json`,
    issuer: values.issuer,
    audience: values.audience,
    requireGatewaySignature: !development || values.requireGatewaySignature === true,
    gatewaySigningSecret: values.gatewaySigningSecret,
    introspection: development,
  };
}

/** A subgraph's settings; a bad or missing variable throws a ConfigurationError naming it. */
export function readServiceConfig(service: SubgraphName, env: Environment = process.env): ServiceConfig {
  return serviceConfigFrom(service, readEnv(subgraphVariables(service), env));
}
