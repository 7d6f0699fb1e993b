import type { TimelineRules } from './timeline-rules';

const POORTWACHTER_REGELING = 'Regeling procesgang eerste en tweede ziektejaar; art. 7:658a lid 3 BW';
const ALL_EXTENSIONS = ['LATE_WIA_APPLICATION', 'VOLUNTARY', 'WAGE_SANCTION'] as const;

/**
 * Wet verbetering Poortwachter, the whole 104 weeks. Offsets count from the first sick day
 * (D = sick day 1, so D+41 is the last day of week 6). Each row names its source.
 */
export const NL_RULES: TimelineRules = {
  jurisdiction: 'NL',
  dueSoonDays: 7,
  milestones: [
    { basis: 'SICK_DAY', kind: 'PROBLEM_ANALYSIS', nature: 'DEADLINE', offset: { days: 41 }, source: `${POORTWACHTER_REGELING}: week 6` },
    { basis: 'SICK_DAY', kind: 'ACTION_PLAN', nature: 'DEADLINE', offset: { days: 55 }, source: `${POORTWACHTER_REGELING}: week 8` },
    {
      basis: 'RECURRING',
      kind: 'EVALUATION',
      nature: 'DEADLINE',
      anchor: 'ACTION_PLAN',
      everySickDays: 42,
      before: 'END_OF_WAGE_PAYMENT',
      source: 'Art. 7:658a lid 3 BW (regular evaluation); UWV Werkwijzer Poortwachter: at least every 6 weeks after the last one',
    },
    {
      basis: 'SICK_DAY',
      kind: 'UWV_SICKNESS_NOTIFICATION',
      nature: 'DEADLINE',
      offset: { days: 294 },
      // UWV: a safety-net case is reported within 6 weeks (pregnancy, no-risk policy) or within 4 working days (organ donation).
      offsetBySafetyNet: { PREGNANCY: { days: 42 }, NO_RISK_POLICY: { days: 42 }, ORGAN_DONATION: { workingDays: 4 } },
      // Near the maternity leave UWV wants it by the 4th day: PREGNANCY_NOTIFICATION_RULES.
      fourthDayNearMaternityLeave: true,
      onWorkingDay: true,
      source: 'Art. 38 lid 1 Ziektewet: week 42; Ziektewet vangnet (art. 29, 29a, 29b): UWV ziekmelding terms',
    },
    { basis: 'SICK_DAY', kind: 'FIRST_YEAR_EVALUATION', nature: 'DEADLINE', offset: { days: 363 }, source: `${POORTWACHTER_REGELING}: week 52` },
    {
      basis: 'RELATIVE',
      kind: 'SECOND_TRACK_DECISION',
      nature: 'DEADLINE',
      anchor: 'FIRST_YEAR_EVALUATION',
      offset: { days: 42 },
      afterFulfilment: true,
      source: 'Art. 7:658a lid 1 BW (second track); UWV Werkwijzer Poortwachter: decided within 6 weeks of the first-year evaluation',
    },
    {
      basis: 'SICK_DAY',
      kind: 'WIA_APPLICATION',
      nature: 'DEADLINE',
      offset: { days: 650 },
      extendedBy: ['VOLUNTARY'],
      source: 'Art. 64 lid 3 Wet WIA: 11 weeks before the end of the waiting time, week 93',
    },
    // Relative to the WIA application, so an agreed extension moves them along.
    {
      basis: 'RELATIVE',
      kind: 'UWV_WIA_LETTER',
      nature: 'EXPECTED',
      anchor: 'WIA_APPLICATION',
      offset: { days: -41 },
      source: 'UWV: application letter in week 88',
    },
    {
      basis: 'RELATIVE',
      kind: 'REINTEGRATION_REPORT',
      nature: 'DEADLINE',
      anchor: 'WIA_APPLICATION',
      offset: { days: -14 },
      source: 'Art. 64 Wet WIA and Regeling procesgang: re-integratieverslag with the WIA application; UWV: with the employee by week 91',
    },
    {
      basis: 'RELATIVE',
      kind: 'FINAL_EVALUATION',
      nature: 'DEADLINE',
      anchor: 'WIA_APPLICATION',
      offset: { days: -14 },
      source: `${POORTWACHTER_REGELING}; UWV: eindevaluatie two weeks before the WIA application, week 91`,
    },
    // From this date the employer may stop paying wages: a date reached (the day after 104 weeks), not an act owed.
    {
      basis: 'SICK_DAY',
      kind: 'END_OF_WAGE_PAYMENT',
      nature: 'EARLIEST_DATE',
      offset: { days: 728 },
      extendedBy: [...ALL_EXTENSIONS],
      source: 'Art. 7:629 lid 1 BW: 104 weeks; lid 11: extended by a late WIA application, an agreed extension or a wage sanction',
    },
    {
      basis: 'RELATIVE',
      kind: 'DISMISSAL_BAN_ENDS',
      nature: 'EARLIEST_DATE',
      anchor: 'END_OF_WAGE_PAYMENT',
      offset: { days: 0 },
      source: 'Art. 7:670 lid 1 BW: no notice during the first two years of illness, extended with the wage-payment extension',
    },
  ],
};
