import { replayInbox } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { projectEvent } from '../events/event-handlers';
import { truncateTables } from './read-model.repository';

/** Every table built from events; the inbox itself stays, it is what the rebuild replays. */
export const READ_MODEL_TABLES = [
  'case_access',
  'case_activity',
  'organizations',
  'departments',
  'employees',
  'sick_reports',
  'case_timelines',
  'build_ups',
  'programmes',
  'stagnation_alerts',
  'check_in_scores',
  'consents',
  'action_plan_versions',
  'problem_analyses',
  'programme_intakes',
] as const;

/**
 * Empties the read model and replays every received event in one transaction. TRUNCATE
 * locks the tables, so an event arriving meanwhile waits and is applied on top afterwards.
 */
export function rebuildReadModel(dataSource: DataSource): Promise<number> {
  return replayInbox(dataSource, projectEvent, (manager) => truncateTables(manager, READ_MODEL_TABLES));
}
