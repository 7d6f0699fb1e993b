import type { EmployeeUpserted } from '@terugkeer/events';
import { applyEmployeeEventToReplica } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';

/** Who works for which employer (`employer_people`), so a colleague named on a case can be told from another employer's people. */
export async function projectEmployee(event: EmployeeUpserted, manager: EntityManager): Promise<void> {
  await applyEmployeeEventToReplica(manager, event);
}
