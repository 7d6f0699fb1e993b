import type { EntityManager } from 'typeorm';
import { publishTimelines } from './timeline-events';

export interface MilestoneFulfilment {
  caseId: string;
  /** A milestone key of the case's timeline: `PROBLEM_ANALYSIS`, `EVALUATION#2` … */
  key: string;
  fulfilledOn: string;
  /** What fulfilled it: `problem-analysis`, `action-plan`, `case-manager` … */
  source: string;
  recordId: string | null;
}

/**
 * Marks a milestone of a case as done by a record, in the caller's transaction, and
 * publishes the changed timeline. The first fulfilment counts: a later version of the
 * same record does not move the date.
 */
export async function recordMilestoneFulfilment(manager: EntityManager, fulfilment: MilestoneFulfilment): Promise<void> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO milestone_fulfilments (case_id, milestone_key, fulfilled_on, source, record_id)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (case_id, milestone_key) DO NOTHING
     RETURNING 1`,
    [fulfilment.caseId, fulfilment.key, fulfilment.fulfilledOn, fulfilment.source, fulfilment.recordId],
  );
  if (inserted.length) await publishTimelines(manager, [fulfilment.caseId]);
}
