import { join, resolve } from 'node:path';
import pg from 'pg';
import type { LauncherConfig } from '../config.js';
import { servicesDir } from '../paths.js';
import { startEmbeddedPostgres } from '../postgres/embedded-postgres.js';
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
 * Runs work against the platform's database: DATABASE_URL when set, else the development
 * database of `npm start` (running, or started here from its data directory and stopped
 * afterwards). The services' migrations (the case service's unless told) are applied first, so a fresh clone works.
 */
export async function withDatabase<T>(
  config: LauncherConfig,
  log: (message: string) => void,
  work: (databaseUrl: string) => Promise<T>,
  services: Service | readonly Service[] = 'case',
): Promise<T> {
  let databaseUrl = config.databaseUrl;
  let stop: (() => Promise<void>) | null = null;
  if (!databaseUrl) {
    const port = configuredPorts(DEVELOPMENT_PORTS, config).database;
    databaseUrl = DEVELOPMENT_URL(port);
    if (!(await accepts(databaseUrl))) {
      log('starting the development database …');
      const database = await startEmbeddedPostgres({ dataDir: resolve(config.dataRoot, 'dev'), port, database: 'terugkeer', log });
      databaseUrl = database.url;
      stop = () => database.stop();
    }
  }
  try {
    for (const service of typeof services === 'string' ? [services] : services) {
      await runNodeScript(service, join(servicesDir, service, 'dist', 'migrate.js'), { TERUGKEER_MODE: 'development', DATABASE_URL: databaseUrl });
    }
    return await work(databaseUrl);
  } finally {
    await stop?.();
  }
}
