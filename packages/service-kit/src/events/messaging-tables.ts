import type { QueryRunner } from 'typeorm';

/**
 * The outbox (events this service publishes, written in the same transaction as the
 * change) and the inbox (events it consumed, so a redelivery is recognised and the
 * read model can be rebuilt by replaying it), for a schema made at run time. A service's
 * migrations hold their own literal copy of this SQL: a migration never changes, this may.
 */
export async function createMessagingTables(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`
    CREATE TABLE "${schema}".outbox (
      position bigserial PRIMARY KEY,
      id uuid NOT NULL UNIQUE,
      type text NOT NULL,
      aggregate_id text NOT NULL,
      organization_id text NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      payload jsonb NOT NULL,
      dispatched_at timestamptz
    )`);
  await runner.query(`CREATE INDEX outbox_undispatched ON "${schema}".outbox (position) WHERE dispatched_at IS NULL`);
  await runner.query(`
    CREATE TABLE "${schema}".inbox (
      position bigserial PRIMARY KEY,
      id uuid NOT NULL UNIQUE,
      type text NOT NULL,
      aggregate_id text NOT NULL,
      organization_id text NOT NULL,
      occurred_at timestamptz NOT NULL,
      payload jsonb NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now()
    )`);
}
