import type { EventEnvelope } from '@terugkeer/events';
import type { DataSource, EntityManager } from 'typeorm';

export type EventHandler = (event: EventEnvelope, manager: EntityManager) => Promise<void>;

/** Records the event's arrival; false when it had arrived before. */
export async function recordInInbox(manager: EntityManager, event: EventEnvelope): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO inbox (id, type, aggregate_id, organization_id, occurred_at, payload)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [event.id, event.type, event.aggregateId, event.organizationId, event.occurredAt, JSON.stringify(event.payload)],
  );
  return inserted.length > 0;
}

/**
 * Records the arrival of a batch of events in one statement, in the order given; answers
 * the ids that had not arrived before.
 */
export async function recordAllInInbox(manager: EntityManager, events: readonly EventEnvelope[]): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const rows = events.map((event) => ({
    id: event.id,
    type: event.type,
    aggregate_id: event.aggregateId,
    organization_id: event.organizationId,
    occurred_at: event.occurredAt,
    payload: event.payload,
  }));
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO inbox (id, type, aggregate_id, organization_id, occurred_at, payload)
     SELECT id, type, aggregate_id, organization_id, occurred_at, payload
       FROM jsonb_to_recordset($1::jsonb) AS e(id uuid, type text, aggregate_id text, organization_id text, occurred_at timestamptz, payload jsonb)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [JSON.stringify(rows)],
  );
  return new Set(inserted.map((row) => row.id));
}

export interface ReplaySteps {
  /** Before the first event, e.g. emptying the tables. */
  prepare?: (manager: EntityManager) => Promise<void>;
  /** After the last event, e.g. deriving what is cheaper to compute once than after each event. */
  finish?: (manager: EntityManager) => Promise<void>;
}

/**
 * Replays every event this service has received, in arrival order, to rebuild a read model.
 * `prepare` runs first in the same transaction (to empty the read model), so readers see
 * either the old read model or the rebuilt one, never a half-built one;
 * `finish` runs last in it.
 */
export async function replayInbox(dataSource: DataSource, handler: EventHandler, steps: ReplaySteps = {}): Promise<number> {
  return dataSource.transaction(async (manager) => {
    if (steps.prepare) await steps.prepare(manager);
    const rows: { id: string; type: string; aggregate_id: string; organization_id: string; occurred_at: Date; payload: unknown }[] =
      await manager.query(`SELECT * FROM inbox ORDER BY position`);
    for (const row of rows) {
      await handler(
        {
          id: row.id,
          type: row.type,
          aggregateId: row.aggregate_id,
          organizationId: row.organization_id,
          occurredAt: row.occurred_at.toISOString(),
          payload: row.payload,
        },
        manager,
      );
    }
    if (steps.finish) await steps.finish(manager);
    return rows.length;
  });
}
