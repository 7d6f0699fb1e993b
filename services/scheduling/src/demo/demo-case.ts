import { addDays, todayIso } from '@terugkeer/domain';
import { demoId, type ReplicatedCase } from '@terugkeer/service-kit';

/**
 * Sanne's case as the replica will know it once the case service's `case.opened` arrives;
 * the seed runs before the services start, so it names the same demo ids itself.
 */
export function sanneCase(today = todayIso()): ReplicatedCase {
  return {
    caseId: demoId('case:sanne'),
    organizationId: demoId('zorggroep-demo'),
    employeeUserId: demoId('sanne'),
    managerUserId: demoId('mark'),
    doctorUserIds: [demoId('doctor-eva')],
    coachUserIds: [demoId('coach-joost')],
    firstSickDay: addDays(today, -84),
    status: 'BUILD_UP',
    recoveryDate: null,
  };
}
