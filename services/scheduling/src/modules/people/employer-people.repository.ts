import { isUuid } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';

/** Which of these users work for the organization. */
export async function peopleOfEmployer(manager: EntityManager, organizationId: string, userIds: readonly string[]): Promise<Set<string>> {
  const rows: { user_id: string }[] = await manager.query(
    `SELECT DISTINCT user_id FROM employer_people WHERE organization_id = $1 AND user_id = ANY($2::uuid[])`,
    [organizationId, userIds.filter(isUuid)],
  );
  return new Set(rows.map((row) => row.user_id));
}
