import { setAsideQueueOfPgBoss10 } from '@terugkeer/service-kit/dist/events/queue-schema';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

const url = () => {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: run these tests through `npm test`.');
  return process.env.DATABASE_URL;
};

async function query<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url() });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const schemaExists = async (name: string) => (await query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [name])).length === 1;

describe('the queue schema a database kept from pg-boss 10', () => {
  // A schema of its own stands in for `pgboss`, which the running services use.
  const schema = `queue_probe_${randomUUID().slice(0, 8)}`;

  afterAll(async () => {
    await query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await query(`DROP SCHEMA IF EXISTS "${schema}_v10" CASCADE`);
  });

  it('is set aside whole, waiting jobs included, so pg-boss can install its current schema', async () => {
    // What pg-boss 10.4 leaves: its version table at schema version 24, beside its jobs.
    await query(`CREATE SCHEMA "${schema}"`);
    await query(`CREATE TABLE "${schema}".version (version int PRIMARY KEY)`);
    await query(`INSERT INTO "${schema}".version VALUES (24)`);
    await query(`CREATE TABLE "${schema}".job (id uuid PRIMARY KEY, name text)`);
    await query(`INSERT INTO "${schema}".job VALUES ($1, 'waiting')`, [randomUUID()]);

    expect(await setAsideQueueOfPgBoss10(url(), schema)).toBe(`${schema}_v10`);
    expect(await schemaExists(schema)).toBe(false);
    expect(await query(`SELECT name FROM "${schema}_v10".job`)).toEqual([{ name: 'waiting' }]);
  });

  it('leaves a schema pg-boss can migrate, and a missing one, alone', async () => {
    const [{ version }] = await query<{ version: number }>(`SELECT version::int AS version FROM pgboss.version`);
    expect(version).toBeGreaterThanOrEqual(25);
    expect(await setAsideQueueOfPgBoss10(url(), 'pgboss')).toBeNull();
    expect(await schemaExists('pgboss')).toBe(true);
    expect(await setAsideQueueOfPgBoss10(url(), `${schema}_absent`)).toBeNull();
  });
});
