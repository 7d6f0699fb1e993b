import { applyCaseEventToReplica, type EventHandler } from '@terugkeer/service-kit';

/** Builds the reporting read model from events; safe to replay from the start. */
export const projectCaseEvent: EventHandler = async (event, manager) => {
  if (!(await applyCaseEventToReplica(manager, event))) return;
  await manager.query(
    `INSERT INTO case_activity (case_id, events_applied, last_event_at) VALUES ($1, 1, $2)
     ON CONFLICT (case_id) DO UPDATE SET events_applied = case_activity.events_applied + 1,
                                         last_event_at = greatest(case_activity.last_event_at, excluded.last_event_at)`,
    [event.aggregateId, event.occurredAt],
  );
};
