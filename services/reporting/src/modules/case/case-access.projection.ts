import type { CaseEvent } from '@terugkeer/events';
import { applyCaseEventToReplica } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';

/** Who takes part in each case and its phase (`case_access`), so this service authorizes and counts without calling the case service. */
export async function projectCaseAccess(event: CaseEvent, manager: EntityManager): Promise<void> {
  await applyCaseEventToReplica(manager, event);
}
