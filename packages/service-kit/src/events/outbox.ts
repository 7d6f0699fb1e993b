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
