import { join, resolve } from 'node:path';
import pg from 'pg';
import type { LauncherConfig } from '../config.js';
import { servicesDir } from '../paths.js';
import { startEmbeddedPostgres } from '../postgres/embedded-postgres.js';
import { bootstrapDatabaseRoles, databaseUrlEnv } from '../postgres/service-roles.js';
import { runNodeScript } from '../platform/child-processes.js';
import { configuredPorts, DEVELOPMENT_PORTS } from '../platform/ports.js';

export type Service = 'case' | 'scheduling' | 'reporting';

const DEVELOPMENT_URL = (port: number) => `postgres://terugkeer:terugkeer@127.0.0.1:${port}/terugkeer`;

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    // eslint-disable-next-line no-restricted-syntax -- the probe has its answer; a client that never connected may refuse to end
    await client.end().catch(() => undefined);
  }
}

/**
 * Runs work against the platform's database as the services' own roles. `work` receives
 * the environment that names them (`<SERVICE>_DATABASE_URL`, `<SERVICE>_MIGRATION_DATABASE_URL`)
 * for each of `services`. Where a service's URL is set (production; the commands `npm test`
 * runs) its roles are used as given. Otherwise DATABASE_URL, else the development database
 * of `npm start` (running, or started here from its data directory and stopped afterwards),
 * gets the roles as `npm start` gives them. The services' migrations (the case service's
 * unless told) are applied first, so a fresh clone works.
 */
export async function withDatabase<T>(
  config: LauncherConfig,
  log: (message: string) => void,
  work: (env: Record<string, string>) => Promise<T>,
  services: Service | readonly Service[] = 'case',
): Promise<T> {
  const named = typeof services === 'string' ? [services] : services;
  const given = (service: Service) => config.serviceDatabaseUrls[service];
  let env: Record<string, string> = {};
  let stop: (() => Promise<void>) | null = null;
  if (named.some((service) => !given(service).runtime)) {
    let adminUrl = config.databaseUrl;
    if (!adminUrl) {
      const port = configuredPorts(DEVELOPMENT_PORTS, config).database;
      adminUrl = DEVELOPMENT_URL(port);
      if (!(await accepts(adminUrl))) {
        log('starting the development database …');
        const database = await startEmbeddedPostgres({ dataDir: resolve(config.dataRoot, 'dev'), port, database: 'terugkeer', log });
        adminUrl = database.url;
        stop = () => database.stop();
      }
    }
    env = databaseUrlEnv(await bootstrapDatabaseRoles(adminUrl, resolve(config.dataRoot, 'dev')));
  }
  for (const service of named) {
    const { runtime, migration } = given(service);
    if (runtime) env[`${service.toUpperCase()}_DATABASE_URL`] = runtime;
    const owner = migration ?? runtime;
    if (owner) env[`${service.toUpperCase()}_MIGRATION_DATABASE_URL`] = owner;
  }
  const ofServices = Object.fromEntries(Object.entries(env).filter(([name]) => named.some((service) => name.startsWith(`${service.toUpperCase()}_`))));
  try {
    for (const service of named) {
      await runNodeScript(service, join(servicesDir, service, 'dist', 'migrate.js'), { TERUGKEER_MODE: 'development', ...ofServices });
    }
    return await work(ofServices);
  } finally {
    await stop?.();
  }
}
