import type { CaseSpan } from '../absence/absence-case';
import type { IsoDate } from '../calendar/iso-date';
import { BE_RULES } from './be-rules';
import { sickDayDueDate } from './due-dates';
import type { TimelineRules } from './timeline-rules';

export type ForceMajeureReason = 'ALLOWED' | 'RECOVERED' | 'TOO_EARLY' | 'TRAJECTORY_RUNNING';

export interface ForceMajeureCheck {
  allowed: boolean;
  reason: ForceMajeureReason;
  /** First day the procedure may start, given the incapacity so far. */
  earliestDate: IsoDate;
}

export interface ForceMajeureInput {
  sickCase: CaseSpan;
  today: IsoDate;
  /** A re-integration trajectory is under way (requested and not ended). */
  trajectoryRunning: boolean;
  rules?: TimelineRules;
}

/** Art. 34 Arbeidsovereenkomstenwet: only after 9 months of incapacity and with no trajectory running. */
export function canStartMedicalForceMajeure({ sickCase, today, trajectoryRunning, rules = BE_RULES }: ForceMajeureInput): ForceMajeureCheck {
  const rule = rules.milestones.find((r) => r.kind === 'MEDICAL_FORCE_MAJEURE_ELIGIBLE');
  if (rule?.basis !== 'SICK_DAY') throw new Error('The rules define no sick-day MEDICAL_FORCE_MAJEURE_ELIGIBLE milestone');
  const earliestDate = sickDayDueDate(sickCase, rule.offset, 'BE');
  const check = (reason: ForceMajeureReason): ForceMajeureCheck => ({ allowed: reason === 'ALLOWED', reason, earliestDate });

  if (sickCase.recoveryDate && sickCase.recoveryDate <= today) return check('RECOVERED');
  if (today < earliestDate) return check('TOO_EARLY');
  if (trajectoryRunning) return check('TRAJECTORY_RUNNING');
  return check('ALLOWED');
}
