import {
  ConfigurationError,
  dataDirVariable,
  MODES,
  number,
  oneOf,
  origins,
  path,
  port,
  readEnv,
  requiredInProduction,
  sharedVariables,
  text,
  url,
  urlPath,
  variable,
  type Environment,
  type LogLevel,
  type Mode,
} from '@terugkeer/env';
import { resolve } from 'node:path';
import type { PlatformPorts } from './platform/ports.js';

/** The OpenID provider the shell logs in at, as `/config.js` hands it over (the shell applies the defaults). */
export interface ShellOidcSettings {
  issuer: string;
  clientId: string;
  scopes?: string;
  redirectPath?: string;
}

/** The OIDC_* settings of the shell as given, any of them possibly unset. */
export type ShellLoginSettings = Partial<ShellOidcSettings>;

/** The launcher's settings (`npm start`, `npm test`, the tools, `serve-shell`), read once from its environment. */
export interface LauncherConfig {
  /** TERUGKEER_MODE, production when unset; only `serve-shell` runs in the mode it is given. */
  mode: Mode;
  /** Whether TERUGKEER_MODE was set: the development commands refuse an explicit production. */
  modeGiven: boolean;
  logLevel: LogLevel;
  host: string;
  /** Databases, keys and tools of every platform live below this (`.data`). */
  dataRoot: string;
  portOffset: number;
  /** The ports set one by one; the rest follow the command's defaults and the offset. */
  ports: Partial<PlatformPorts>;
  databaseUrl: string | undefined;
  /** Each service's roles, when given (production, the tools `npm test` runs); else the launcher makes them. */
  serviceDatabaseUrls: Record<SubgraphName, ServiceRoleUrls>;
  testDatabaseUrl: string | undefined;
  benchDatabaseUrl: string | undefined;
  chromiumPath: string | undefined;
  /** Intranets that may frame our screens; unset: the example page in development, none in production. */
  embedOrigins: string[] | undefined;
  /** Where else the shell is served; the remotes share their modules with the shell's origins only. */
  shellOrigins: string[] | undefined;
  shellLogin: ShellLoginSettings;
}

export interface ServiceRoleUrls {
  runtime: string | undefined;
  migration: string | undefined;
}

const POSTGRES = ['postgres:', 'postgresql:'];
const SUBGRAPH_NAMES = ['case', 'scheduling', 'reporting'] as const;
type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const serviceDatabaseVariables = {
  caseDatabaseUrl: variable('CASE_DATABASE_URL', url(POSTGRES).optional(), { secret: true }),
  caseMigrationDatabaseUrl: variable('CASE_MIGRATION_DATABASE_URL', url(POSTGRES).optional(), { secret: true }),
  schedulingDatabaseUrl: variable('SCHEDULING_DATABASE_URL', url(POSTGRES).optional(), { secret: true }),
  schedulingMigrationDatabaseUrl: variable('SCHEDULING_MIGRATION_DATABASE_URL', url(POSTGRES).optional(), { secret: true }),
  reportingDatabaseUrl: variable('REPORTING_DATABASE_URL', url(POSTGRES).optional(), { secret: true }),
  reportingMigrationDatabaseUrl: variable('REPORTING_MIGRATION_DATABASE_URL', url(POSTGRES).optional(), { secret: true }),
};

const portVariables = {
  database: variable('TERUGKEER_DB_PORT', port().optional()),
  gateway: variable('GATEWAY_PORT', port().optional()),
  case: variable('CASE_PORT', port().optional()),
  scheduling: variable('SCHEDULING_PORT', port().optional()),
  reporting: variable('REPORTING_PORT', port().optional()),
  gatewayMetrics: variable('GATEWAY_METRICS_PORT', port().optional()),
  caseMetrics: variable('CASE_METRICS_PORT', port().optional()),
  schedulingMetrics: variable('SCHEDULING_METRICS_PORT', port().optional()),
  reportingMetrics: variable('REPORTING_METRICS_PORT', port().optional()),
  shell: variable('SHELL_PORT', port().optional()),
  employee: variable('EMPLOYEE_PORT', port().optional()),
  manager: variable('MANAGER_PORT', port().optional()),
  companyDoctor: variable('COMPANY_DOCTOR_PORT', port().optional()),
  coach: variable('COACH_PORT', port().optional()),
  embedExample: variable('EMBED_EXAMPLE_PORT', port().optional()),
};

/** The launcher's variables; `checkout` is the repository, whose `.data` is the default data directory. */
export function launcherVariables(checkout: string) {
  return {
    ...sharedVariables,
    mode: variable('TERUGKEER_MODE', oneOf(MODES).optional()),
    dataRoot: dataDirVariable(resolve(checkout, '.data')),
    portOffset: variable('TERUGKEER_PORT_OFFSET', number({ integer: true, min: 0 }).default(0)),
    ...portVariables,
    databaseUrl: variable('DATABASE_URL', url(POSTGRES).optional(), { secret: true }),
    ...serviceDatabaseVariables,
    testDatabaseUrl: variable('TEST_DATABASE_URL', url(POSTGRES).optional(), { secret: true }),
    benchDatabaseUrl: variable('BENCH_DATABASE_URL', url(POSTGRES).optional(), { secret: true }),
    chromiumPath: variable('CHROMIUM_PATH', path().optional()),
    embedOrigins: variable('EMBED_ORIGINS', origins().optional()),
    shellOrigins: variable('SHELL_ORIGINS', origins().optional()),
    oidcIssuer: variable('OIDC_ISSUER', url().optional()),
    oidcClientId: variable('OIDC_CLIENT_ID', text().optional()),
    oidcScopes: variable('OIDC_SCOPES', text().optional()),
    oidcRedirectPath: variable('OIDC_REDIRECT_PATH', urlPath().optional()),
  };
}

/** Reads the launcher's environment; a bad variable throws a ConfigurationError naming it. */
export function readLauncherConfig(checkout: string, env: Environment = process.env): LauncherConfig {
  const values = readEnv(launcherVariables(checkout), env);
  const ports = Object.fromEntries(
    Object.keys(portVariables).flatMap((name) => {
      const given = values[name as keyof typeof portVariables];
      return given === undefined ? [] : [[name, given]];
    }),
  ) as Partial<PlatformPorts>;
  return {
    mode: values.mode ?? 'production',
    modeGiven: values.mode !== undefined,
    logLevel: values.logLevel,
    host: values.host,
    dataRoot: values.dataRoot,
    portOffset: values.portOffset,
    ports,
    databaseUrl: values.databaseUrl,
    serviceDatabaseUrls: Object.fromEntries(
      SUBGRAPH_NAMES.map((service) => [service, { runtime: values[`${service}DatabaseUrl`], migration: values[`${service}MigrationDatabaseUrl`] }]),
    ) as Record<SubgraphName, ServiceRoleUrls>,
    testDatabaseUrl: values.testDatabaseUrl,
    benchDatabaseUrl: values.benchDatabaseUrl,
    chromiumPath: values.chromiumPath,
    embedOrigins: values.embedOrigins,
    shellOrigins: values.shellOrigins,
    shellLogin: { issuer: values.oidcIssuer, clientId: values.oidcClientId, scopes: values.oidcScopes, redirectPath: values.oidcRedirectPath },
  };
}

/** OIDC_ISSUER and OIDC_CLIENT_ID turn the shell's login into the provider's; scopes and callback path are optional. */
export function shellOidcSettings({ issuer, clientId, scopes, redirectPath }: ShellLoginSettings): ShellOidcSettings | undefined {
  if (!issuer || !clientId) return undefined;
  return { issuer, clientId, ...(scopes ? { scopes } : {}), ...(redirectPath ? { redirectPath } : {}) };
}

/**
 * `npm start`, `npm test`, the benchmark and the tools run the development platform (demo
 * data, the development login) and start every process in development mode. They refuse
 * an explicit TERUGKEER_MODE=production rather than quietly run something else.
 */
export function requireDevelopmentLauncher(config: LauncherConfig, command: string): void {
  if (config.modeGiven && config.mode === 'production') {
    throw new ConfigurationError([
      {
        variable: 'TERUGKEER_MODE',
        reason: `cannot be production for ${command}: it runs the development platform; in production each service runs on its own (README, Configuration)`,
        given: 'production',
      },
    ]);
  }
}

/** `serve-shell` runs in the mode it is given; in production the shell needs the provider people log in at. */
export function requireShellLogin(config: LauncherConfig): void {
  const problems = requiredInProduction(config.mode, {
    OIDC_ISSUER: { given: config.shellLogin.issuer, purpose: 'the OpenID provider people log in at' },
    OIDC_CLIENT_ID: { given: config.shellLogin.clientId, purpose: 'the shell’s client id at that provider' },
  });
  if (problems.length) throw new ConfigurationError(problems);
}

/**
 * What a child process starts with: the launcher's own environment (PATH with the private
 * tools, the user's settings) and the given variables over it. Database URLs are not
 * inherited: each process is handed its own role's explicitly, never the superuser's or
 * another service's.
 */
export function childEnvironment(variables: Record<string, string>): Record<string, string | undefined> {
  const inherited = Object.entries(process.env).filter(([name]) => !name.endsWith('DATABASE_URL'));
  return { ...Object.fromEntries(inherited), ...variables };
}
