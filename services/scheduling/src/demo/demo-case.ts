import { addDays, PLATFORM_TIME_ZONE, todayIn, type IsoDate } from '@terugkeer/domain';
import { demoId } from '@terugkeer/service-kit';
import type { ReplicatedCase } from '../modules/case/case-access.repository';

/** The demo's dates count from today on the platform's calendar, as the case service's demo does. */
export const demoToday = (now: Date): IsoDate => todayIn(PLATFORM_TIME_ZONE, now);

/**
 * Sanne's case as the replica will know it once the case service's `case.opened` arrives;
 * the seed runs before the services start, so it names the same demo ids itself.
 */
export function sanneCase(today: IsoDate): ReplicatedCase {
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
    jurisdiction: 'NL',
  };
}
