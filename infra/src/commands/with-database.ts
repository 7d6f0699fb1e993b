import { join, resolve } from 'node:path';
import pg from 'pg';
import { dataRoot, servicesDir } from '../paths.js';
import { startEmbeddedPostgres } from '../postgres/embedded-postgres.js';
import { bootstrapDatabaseRoles, databaseUrlEnv, type SubgraphName } from '../postgres/service-roles.js';
import { runNodeScript } from '../platform/child-processes.js';
import { DEVELOPMENT_PORTS, portsFromEnv, shiftedPorts } from '../platform/ports.js';

const DEVELOPMENT_URL = (port: number) => `postgres://terugkeer:terugkeer@127.0.0.1:${port}/terugkeer`;

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Runs work against the platform's database as the service's own roles. `work` receives
 * the environment that names them (`<SERVICE>_DATABASE_URL`, `<SERVICE>_MIGRATION_DATABASE_URL`).
 * Where the service's URL is set (production; the commands `npm test` runs) those roles are
 * used as given. Otherwise DATABASE_URL, else the development database of `npm start`
 * (running, or started here from its data directory and stopped afterwards), gets the
 * roles as `npm start` gives them. The service's migrations (the case service's unless told)
 * are applied first, so a fresh clone works.
 */
export async function withDatabase<T>(
  log: (message: string) => void,
  work: (env: Record<string, string>) => Promise<T>,
  service: SubgraphName = 'case',
): Promise<T> {
  const runtimeName = `${service.toUpperCase()}_DATABASE_URL`;
  const migrationName = `${service.toUpperCase()}_MIGRATION_DATABASE_URL`;
  const own = (all: Record<string, string | undefined>) =>
    Object.fromEntries([runtimeName, migrationName].flatMap((name) => (all[name] ? [[name, all[name]]] : [])));
  let env = own(process.env);
  let stop: (() => Promise<void>) | null = null;
  if (!env[runtimeName]) {
    let adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) {
      const port = portsFromEnv(shiftedPorts(DEVELOPMENT_PORTS)).database;
      adminUrl = DEVELOPMENT_URL(port);
      if (!(await accepts(adminUrl))) {
        log('starting the development database …');
        const database = await startEmbeddedPostgres({ dataDir: resolve(dataRoot, 'dev'), port, database: 'terugkeer', log });
        adminUrl = database.url;
        stop = () => database.stop();
      }
    }
    env = own(databaseUrlEnv(await bootstrapDatabaseRoles(adminUrl, resolve(dataRoot, 'dev'))));
  }
  try {
    await runNodeScript(service, join(servicesDir, service, 'dist', 'migrate.js'), env);
    return await work(env);
  } finally {
    await stop?.();
  }
}
