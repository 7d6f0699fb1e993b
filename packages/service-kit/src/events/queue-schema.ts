import pg from 'pg';

/** pg-boss 11 and later cannot migrate the schema pg-boss 10 wrote (schema version 24 and older). */
const OLDEST_MIGRATABLE_VERSION = 25;

/**
 * A database last used with pg-boss 10 keeps that queue as `<schema>_v10`, so pg-boss
 * installs its current schema beside it instead of refusing to start. Jobs still waiting
 * there are not run; subscriptions and schedules are registered again at start-up.
 * Answers the schema the old queue now lives in, or null when there was nothing to set aside.
 */
export async function setAsideQueueOfPgBoss10(url: string, schema: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Every service starts a queue: the first one sets the old schema aside, the others find nothing left to move.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('terugkeer.queue-schema'))`);
    const [table] = (await client.query<{ name: string | null }>(`SELECT to_regclass($1) AS name`, [`${schema}.version`])).rows;
    const [installed] = table.name ? (await client.query<{ version: number }>(`SELECT version::int AS version FROM ${pg.escapeIdentifier(schema)}.version`)).rows : [];
    const setAside = installed && installed.version < OLDEST_MIGRATABLE_VERSION ? `${schema}_v10` : null;
    if (setAside) await client.query(`ALTER SCHEMA ${pg.escapeIdentifier(schema)} RENAME TO ${pg.escapeIdentifier(setAside)}`);
    await client.query('COMMIT');
    return setAside;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
