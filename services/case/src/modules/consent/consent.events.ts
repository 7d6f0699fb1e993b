import type { ConsentChangedPayload } from '@terugkeer/events';
import type { Case } from '../case/case.entity';
import type { ConsentRow } from './consent.repository';

/** What other services learn of a recorded consent change: which consent, now granted or not, and since when. */
export function consentChangedPayload(found: Pick<Case, 'id' | 'employeeId'>, row: ConsentRow): ConsentChangedPayload {
  return {
    caseId: found.id,
    employeeId: found.employeeId,
    scope: row.scope,
    granteeRole: row.granteeRole,
    granteeUserId: null,
    granted: row.granted,
    changedAt: row.changedAt.toISOString(),
  };
}
