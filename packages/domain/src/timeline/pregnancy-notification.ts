import { addDays, type IsoDate } from '../calendar/iso-date';

/** The pregnancy and maternity leave (zwangerschaps- en bevallingsverlof, art. 3:1 Wazo) as agreed with the employee. */
export interface MaternityLeave {
  /** The expected date of delivery (uitgerekende datum). */
  expectedDeliveryDate: IsoDate;
  /** First day of the leave, chosen from 6 to 4 weeks before the expected date. */
  leaveFrom: IsoDate;
  /** Last day of the leave, at least 16 weeks after its start. */
  leaveUntil: IsoDate;
}

export type PregnancyNotificationRule = 'SICK_IN_FLEXIBILITY_PERIOD' | 'SICK_BEFORE_FLEXIBILITY_PERIOD' | 'SICK_AFTER_LEAVE';

const UWV_FOURTH_DAY = 'UWV, ziekmelding van een zwangere werknemer (Ziektewet art. 29a, 38; since 1 January 2012): uiterlijk op de 4e ziektedag';

/**
 * Near the leave UWV must hear of the illness by its 4th day, not within the 6 weeks of a
 * pregnancy-related safety-net case. Each row: when it applies, from which day the 4 days count.
 */
export const PREGNANCY_NOTIFICATION_RULES: readonly { rule: PregnancyNotificationRule; when: string; source: string }[] = [
  {
    rule: 'SICK_IN_FLEXIBILITY_PERIOD',
    when: 'ill, whatever the cause, from 6 weeks before the expected date until the leave starts (the flexibility period): the 4th sick day',
    source: `${UWV_FOURTH_DAY}; art. 3:1 lid 2 Wazo (flexibility period)`,
  },
  {
    rule: 'SICK_BEFORE_FLEXIBILITY_PERIOD',
    when: 'ill due to the pregnancy before the flexibility period and still ill when it starts: its 4th day',
    source: UWV_FOURTH_DAY,
  },
  { rule: 'SICK_AFTER_LEAVE', when: 'ill due to the pregnancy or childbirth after the leave: the 4th sick day', source: UWV_FOURTH_DAY },
];

/** Six weeks before the expected date of delivery: the first day the leave could start. */
export const flexibilityPeriodStart = (leave: MaternityLeave): IsoDate => addDays(leave.expectedDeliveryDate, -42);

/**
 * The 4th-day deadline of the UWV sick notification of a report near the leave, with the rule
 * that sets it; null where it does not apply (the report's usual term holds).
 */
export function pregnancyNotificationDue(
  report: { firstSickDay: IsoDate; recoveryDate: IsoDate | null; pregnancyRelated: boolean },
  leave: MaternityLeave,
): { dueDate: IsoDate; rule: PregnancyNotificationRule } | null {
  const flexStart = flexibilityPeriodStart(leave);
  const fourthDay = (from: IsoDate) => addDays(from, 3);
  if (report.firstSickDay > leave.leaveUntil) return report.pregnancyRelated ? { dueDate: fourthDay(report.firstSickDay), rule: 'SICK_AFTER_LEAVE' } : null;
  if (report.firstSickDay >= flexStart && report.firstSickDay < leave.leaveFrom)
    return { dueDate: fourthDay(report.firstSickDay), rule: 'SICK_IN_FLEXIBILITY_PERIOD' };
  const stillSickAtFlexStart = report.recoveryDate === null || report.recoveryDate > flexStart;
  if (report.firstSickDay < flexStart && report.pregnancyRelated && stillSickAtFlexStart)
    return { dueDate: fourthDay(flexStart), rule: 'SICK_BEFORE_FLEXIBILITY_PERIOD' };
  return null;
}
