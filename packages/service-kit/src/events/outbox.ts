import type { EventEnvelope } from '@terugkeer/events';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox-listener';

export type NewEvent<E extends EventEnvelope> = Omit<E, 'id' | 'occurredAt'>;

/**
 * Records a domain event inside the caller's transaction: the event exists exactly
 * when the change it describes was committed. The relay delivers it afterwards.
 */
export async function recordEvent<E extends EventEnvelope>(manager: EntityManager, event: NewEvent<E>): Promise<string> {
  const id = randomUUID();
  await manager.query(
    // clock_timestamp, not the transaction's now(): events of one transaction keep their order in time,
    // so a consumer can tell which full-state event is the newer one whatever order they arrive in.
    `INSERT INTO outbox (id, type, aggregate_id, organization_id, payload, occurred_at) VALUES ($1, $2, $3, $4, $5, clock_timestamp())`,
    [id, event.type, event.aggregateId, event.organizationId, JSON.stringify(event.payload)],
  );
  await manager.query(`SELECT pg_notify($1, current_schema())`, [OUTBOX_CHANNEL]);
  return id;
}

/** Rows per INSERT of `recordEvents`: few round trips, statements of a few megabytes at most. */
const EVENTS_PER_STATEMENT = 2000;

/**
 * Records many events of one transaction in a few multi-row statements, in the order given
 * (their positions, and their clock_timestamp times, follow it), with one notification.
 */
export async function recordEvents<E extends EventEnvelope>(manager: EntityManager, events: readonly NewEvent<E>[]): Promise<string[]> {
  const ids = events.map(() => randomUUID());
  for (let start = 0; start < events.length; start += EVENTS_PER_STATEMENT) {
    const chunk = events.slice(start, start + EVENTS_PER_STATEMENT);
    // One JSON document rather than arrays: a payload in a jsonb[] literal is escaped character by
    // character on the way out and unescaped again on the way in, which dominated large imports.
    await manager.query(
      `INSERT INTO outbox (id, type, aggregate_id, organization_id, payload, occurred_at)
       SELECT id, type, aggregate_id, organization_id, payload, clock_timestamp()
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (id uuid, type text, aggregate_id text, organization_id text, payload jsonb)) WITH ORDINALITY
              AS e(id, type, aggregate_id, organization_id, payload, n)
        ORDER BY n`,
      [
        JSON.stringify(
          chunk.map((event, i) => ({
            id: ids[start + i],
            type: event.type,
            aggregate_id: event.aggregateId,
            organization_id: event.organizationId,
            payload: event.payload,
          })),
        ),
      ],
    );
  }
  if (events.length) await manager.query(`SELECT pg_notify($1, current_schema())`, [OUTBOX_CHANNEL]);
  return ids;
}
