import type { EntityManager } from 'typeorm';
import { publishTimelines } from './timeline-events';
import { TimelineRepository } from './timeline.repository';

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
  if (await new TimelineRepository().insertFulfilment(manager, fulfilment)) await publishTimelines(manager, [fulfilment.caseId]);
}
