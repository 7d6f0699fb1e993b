import type { CheckInRecorded, ConsentChanged } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';

/** Dips of the check-ins (demands above resources), shown beside a stagnation alert: scores only. */
export async function projectCheckIn(event: CheckInRecorded, manager: EntityManager): Promise<void> {
  const checkIn = event.payload;
  if (!checkIn.dip) return;
  await manager.query(`INSERT INTO check_in_dips (check_in_id, case_id, date, demands, resources) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [
    checkIn.checkInId,
    checkIn.caseId,
    checkIn.date,
    checkIn.demands,
    checkIn.resources,
  ]);
}

/** Whom the employee lets see her check-ins, per role and scope. */
export async function projectConsent(event: ConsentChanged, manager: EntityManager): Promise<void> {
  const consent = event.payload;
  await manager.query(
    `INSERT INTO check_in_consents (case_id, grantee_role, scope, granted) VALUES ($1, $2, $3, $4)
     ON CONFLICT (case_id, grantee_role, scope) DO UPDATE SET granted = EXCLUDED.granted`,
    [consent.caseId, consent.granteeRole, consent.scope, consent.granted],
  );
}
