import type { EventEnvelope } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';

export async function recordCaseActivity(manager: EntityManager, event: EventEnvelope): Promise<void> {
  await manager.query(
    `INSERT INTO case_activity (case_id, events_applied, last_event_at) VALUES ($1, 1, $2)
     ON CONFLICT (case_id) DO UPDATE SET events_applied = case_activity.events_applied + 1,
                                         last_event_at = greatest(case_activity.last_event_at, excluded.last_event_at)`,
    [event.aggregateId, event.occurredAt],
  );
}
