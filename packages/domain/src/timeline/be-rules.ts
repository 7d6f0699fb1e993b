import type { TimelineRules } from './timeline-rules';

/**
 * Re-integration under Codex welzijn op het werk, boek I titel 4 hoofdstuk 6, as in force
 * since 1 October 2022: the employer may start a trajectory after 3 months of incapacity;
 * the prevention advisor-occupational physician decides (A/B/C) within 49 calendar days
 * of the request; the employer offers a plan within 63 days of decision A or 6 months of
 * decision B; the employee answers the plan within 14 days and may appeal decision B
 * within 21 days. Medical force majeure needs 9 months of incapacity (art. 34
 * Arbeidsovereenkomstenwet). The return-to-work contact ("Terug Naar Werk") is due by
 * the end of week 10, day 70.
 */
export const BE_RULES: TimelineRules = {
  jurisdiction: 'BE',
  dueSoonDays: 7,
  milestones: [
    { basis: 'SICK_DAY', kind: 'RETURN_TO_WORK_CONTACT', nature: 'DEADLINE', offset: { days: 69 } },
    { basis: 'SICK_DAY', kind: 'REINTEGRATION_ELIGIBLE', nature: 'EARLIEST_DATE', offset: { months: 3 } },
    { basis: 'SICK_DAY', kind: 'MEDICAL_FORCE_MAJEURE_ELIGIBLE', nature: 'EARLIEST_DATE', offset: { months: 9 } },
    { basis: 'EVENT', kind: 'ASSESSMENT_DECISION', nature: 'DEADLINE', anchor: 'REINTEGRATION_REQUEST', offset: { days: 49 } },
    {
      basis: 'EVENT',
      kind: 'REINTEGRATION_PLAN',
      nature: 'DEADLINE',
      anchor: 'ASSESSMENT_DECISION',
      offset: { days: 63 },
      outcomes: ['A'],
    },
    {
      basis: 'EVENT',
      kind: 'REINTEGRATION_PLAN',
      nature: 'DEADLINE',
      anchor: 'ASSESSMENT_DECISION',
      offset: { months: 6 },
      outcomes: ['B'],
    },
    { basis: 'EVENT', kind: 'PLAN_RESPONSE', nature: 'DEADLINE', anchor: 'REINTEGRATION_PLAN', offset: { days: 14 } },
    {
      basis: 'EVENT',
      kind: 'APPEAL',
      nature: 'RIGHT_EXPIRES',
      anchor: 'ASSESSMENT_DECISION',
      offset: { days: 21 },
      outcomes: ['B'],
    },
  ],
};
