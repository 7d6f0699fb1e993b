import type { CheckInScores, DipResult } from '@terugkeer/domain';
import type { CheckInRecordedPayload } from '@terugkeer/events';
import type { Case } from '../case/case.entity';
import type { StoredCheckIn } from './check-in.repository';

/** What other services learn of a check-in: the scores and whether it was a dip, never the private note. */
export function checkInRecordedPayload(
  found: Pick<Case, 'id' | 'employeeId'>,
  stored: StoredCheckIn,
  scores: CheckInScores,
  dip: DipResult,
): CheckInRecordedPayload {
  return {
    caseId: found.id,
    checkInId: stored.id,
    employeeId: found.employeeId,
    date: stored.date,
    energy: scores.energy,
    mood: scores.mood,
    sleep: scores.sleep,
    demands: scores.demands,
    resources: stored.resources,
    dip: dip.isDip,
  };
}
