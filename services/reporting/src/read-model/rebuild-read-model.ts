import { replayInbox } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { projectSourceEvent } from '../events/event-handlers';
import { refreshAbsenceDays } from '../modules/absence/absence-days.projection';
import { truncateTables } from './read-model.repository';

/** Every table built from events; the inbox itself stays, it is what the rebuild replays. */
export const READ_MODEL_TABLES = [
  'case_access',
  'case_activity',
  'organizations',
  'departments',
  'employees',
  'sick_reports',
  'absence_segments',
  'absence_report_placements',
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
 * The absence days are counted once for everyone at the end, not again after each event.
 */
export function rebuildReadModel(dataSource: DataSource): Promise<number> {
  return replayInbox(dataSource, projectSourceEvent, {
    prepare: (manager) => truncateTables(manager, READ_MODEL_TABLES),
    finish: (manager) => refreshAbsenceDays(manager, null),
  });
}
