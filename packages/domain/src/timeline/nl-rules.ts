import type { TimelineRules } from './timeline-rules';

/**
 * Wet verbetering Poortwachter. Offsets count from the first sick day (D = day 1):
 * problem analysis in week 6 and action plan in week 8 (Regeling procesgang eerste en
 * tweede ziektejaar, art. 7:658a lid 3 BW), evaluation of the plan every 6 weeks,
 * sickness notification to UWV in week 42 (art. 38 Ziektewet), first-year evaluation
 * in week 52, WIA application around week 93 (art. 64 Wet WIA) and wage payment
 * ending after 104 weeks (art. 7:629 lid 1 BW).
 */
export const NL_RULES: TimelineRules = {
  jurisdiction: 'NL',
  dueSoonDays: 7,
  milestones: [
    { basis: 'SICK_DAY', kind: 'PROBLEM_ANALYSIS', nature: 'DEADLINE', offset: { days: 41 } },
    { basis: 'SICK_DAY', kind: 'ACTION_PLAN', nature: 'DEADLINE', offset: { days: 55 } },
    {
      basis: 'RECURRING',
      kind: 'EVALUATION',
      nature: 'DEADLINE',
      anchor: 'ACTION_PLAN',
      everySickDays: 42,
      before: 'END_OF_WAGE_PAYMENT',
    },
    { basis: 'SICK_DAY', kind: 'UWV_SICKNESS_NOTIFICATION', nature: 'DEADLINE', offset: { days: 294 }, onWorkingDay: true },
    { basis: 'SICK_DAY', kind: 'FIRST_YEAR_EVALUATION', nature: 'DEADLINE', offset: { days: 363 } },
    { basis: 'SICK_DAY', kind: 'WIA_APPLICATION', nature: 'DEADLINE', offset: { days: 650 } },
    // From this date the employer may stop paying wages: a date reached, not an act owed.
    { basis: 'SICK_DAY', kind: 'END_OF_WAGE_PAYMENT', nature: 'EARLIEST_DATE', offset: { days: 727 } },
  ],
};
