import { createLogger, startQueue } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

jest.setTimeout(60_000);

const serverUrl = () => {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: run these tests through `npm test`.');
  return process.env.DATABASE_URL;
};

/** The same server, another database: the running services keep using their own queue. */
function databaseUrl(database: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const schemasOf = async (url: string) =>
  (await query<{ nspname: string }>(url, `SELECT nspname FROM pg_namespace WHERE nspname LIKE 'pgboss%' ORDER BY nspname`)).map((row) => row.nspname);

/** A migration's start of the queue, as every service's migrate step does it; stopped again at once. */
async function startAndStopQueue(url: string): Promise<void> {
  const boss = await startQueue(url, createLogger('queue-schema-spec'), { migrate: true });
  await boss.stop({ graceful: false });
}

describe('the queue schema a database kept from pg-boss 10', () => {
  const database = `queue_probe_${randomUUID().slice(0, 8)}`;
  const url = databaseUrl(database);

  beforeAll(async () => {
    await query(serverUrl(), `CREATE DATABASE ${database}`);
  });
  afterAll(async () => {
    await query(serverUrl(), `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('is set aside whole, waiting jobs included, so pg-boss can install its current schema', async () => {
    // What pg-boss 10.4 leaves: its version table at schema version 24, beside its jobs.
    await query(url, `CREATE SCHEMA pgboss`);
    await query(url, `CREATE TABLE pgboss.version (version int PRIMARY KEY)`);
    await query(url, `INSERT INTO pgboss.version VALUES (24)`);
    await query(url, `CREATE TABLE pgboss.job (id uuid PRIMARY KEY, name text)`);
    await query(url, `INSERT INTO pgboss.job VALUES ($1, 'waiting')`, [randomUUID()]);

    await startAndStopQueue(url);
    expect(await schemasOf(url)).toEqual(['pgboss', 'pgboss_v10']);
    expect(await query(url, `SELECT name FROM pgboss_v10.job`)).toEqual([{ name: 'waiting' }]);
    const [{ version }] = await query<{ version: number }>(url, `SELECT version::int AS version FROM pgboss.version`);
    expect(version).toBeGreaterThanOrEqual(25);
  });

  it('leaves a schema pg-boss can migrate alone', async () => {
    const [before] = await query<{ version: number }>(url, `SELECT version::int AS version FROM pgboss.version`);
    await startAndStopQueue(url);
    expect(await schemasOf(url)).toEqual(['pgboss', 'pgboss_v10']);
    expect(await query(url, `SELECT version::int AS version FROM pgboss.version`)).toEqual([before]);
  });
});
