import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/**
 * Publishes a case service event the way the case service does: a row in its outbox,
 * which the real relay moves to the queue for every subscriber.
 */
export async function publishCaseEvent(event: { type: string; aggregateId: string; organizationId: string; payload: unknown; id?: string }): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run these tests through `npm test`.');
  const id = event.id ?? randomUUID();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "case".outbox (id, type, aggregate_id, organization_id, payload) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      event.type,
      event.aggregateId,
      event.organizationId,
      JSON.stringify(event.payload),
    ]);
    await client.query(`SELECT pg_notify('terugkeer_outbox', 'case')`);
  } finally {
    await client.end();
  }
  return id;
}

/** Sends an already published event again, as an at-least-once queue may. */
export async function redeliverCaseEvent(id: string): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE "case".outbox SET dispatched_at = NULL WHERE id = $1`, [id]);
    await client.query(`SELECT pg_notify('terugkeer_outbox', 'case')`);
  } finally {
    await client.end();
  }
}

/** Retries `check` until it stops throwing, for effects that arrive through the queue. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
