import { join, resolve } from 'node:path';
import pg from 'pg';
import { dataRoot, servicesDir } from '../paths.js';
import { startEmbeddedPostgres } from '../postgres/embedded-postgres.js';
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
    // eslint-disable-next-line no-restricted-syntax -- the probe has its answer; a client that never connected may refuse to end
    await client.end().catch(() => undefined);
  }
}

/**
 * Runs work against the platform's database: DATABASE_URL when set, else the development
 * database of `npm start` (running, or started here from its data directory and stopped
 * afterwards). The service's migrations (the case service's unless told) are applied first, so a fresh clone works.
 */
export async function withDatabase<T>(
  log: (message: string) => void,
  work: (databaseUrl: string) => Promise<T>,
  service: 'case' | 'reporting' = 'case',
): Promise<T> {
  let databaseUrl = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | null = null;
  if (!databaseUrl) {
    const port = portsFromEnv(shiftedPorts(DEVELOPMENT_PORTS)).database;
    databaseUrl = DEVELOPMENT_URL(port);
    if (!(await accepts(databaseUrl))) {
      log('starting the development database …');
      const database = await startEmbeddedPostgres({ dataDir: resolve(dataRoot, 'dev'), port, database: 'terugkeer', log });
      databaseUrl = database.url;
      stop = () => database.stop();
    }
  }
  try {
    await runNodeScript(service, join(servicesDir, service, 'dist', 'migrate.js'), { DATABASE_URL: databaseUrl });
    return await work(databaseUrl);
  } finally {
    await stop?.();
  }
}
