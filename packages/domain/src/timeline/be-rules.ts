import type { TimelineRules } from './timeline-rules';

const CODEX = 'Codex welzijn op het werk, boek I titel 4';

/**
 * Re-integration under the Codex welzijn op het werk, boek I titel 4 hoofdstuk VI, as in force
 * since 1 October 2022 (KB 11 September 2022), and medical force majeure under art. 34
 * Arbeidsovereenkomstenwet. Sick days count from the start of the uninterrupted incapacity
 * (`incapacitySpan`). The advising physician's return-to-work questionnaire is the health
 * insurer's act, not a duty of the employer or prevention service, so it is not a milestone.
 */
export const BE_RULES: TimelineRules = {
  jurisdiction: 'BE',
  dueSoonDays: 7,
  milestones: [
    {
      basis: 'SICK_DAY',
      kind: 'PREVENTION_SERVICE_NOTICE',
      nature: 'DEADLINE',
      offset: { days: 28 },
      source: `${CODEX}, art. I.4-4 §3: the employer informs the prevention advisor-occupational physician of every incapacity of 4 weeks or more`,
    },
    {
      basis: 'SICK_DAY',
      kind: 'REINTEGRATION_ELIGIBLE',
      nature: 'EARLIEST_DATE',
      offset: { months: 3 },
      earlierOnUnfitnessCertificate: true,
      fulfilledByRequest: { lawfulAnyTimeBy: 'EMPLOYEE' },
      source: `${CODEX}, art. I.4-73: the employer may ask after 3 months of uninterrupted incapacity, or earlier with the treating physician's certificate of definitive unfitness; the employee at any time`,
    },
    {
      basis: 'SICK_DAY',
      kind: 'MEDICAL_FORCE_MAJEURE_ELIGIBLE',
      nature: 'EARLIEST_DATE',
      offset: { months: 9 },
      source: 'Art. 34 Arbeidsovereenkomstenwet: at least 9 months of uninterrupted incapacity',
    },
    {
      basis: 'EVENT',
      kind: 'ASSESSMENT_DECISION',
      nature: 'DEADLINE',
      anchor: 'REINTEGRATION_REQUEST',
      offset: { days: 49 },
      source: `${CODEX}, art. I.4-73: decision within 49 calendar days of the request`,
    },
    {
      basis: 'EVENT',
      kind: 'NEW_TRAJECTORY_ELIGIBLE',
      nature: 'EARLIEST_DATE',
      anchor: 'REINTEGRATION_REQUEST',
      offset: { months: 12 },
      source: `${CODEX}, art. I.4-73: the employer may ask for a new trajectory 12 months after the start of the previous one at the earliest`,
    },
    {
      basis: 'EVENT',
      kind: 'REINTEGRATION_PLAN',
      nature: 'DEADLINE',
      anchor: 'ASSESSMENT_DECISION',
      offset: { days: 63 },
      outcomes: ['A'],
      source: `${CODEX}, art. I.4-74: plan within 63 days of decision A`,
    },
    {
      basis: 'EVENT',
      kind: 'REINTEGRATION_PLAN',
      nature: 'DEADLINE',
      anchor: 'ASSESSMENT_DECISION',
      offset: { months: 6 },
      outcomes: ['B'],
      source: `${CODEX}, art. I.4-74: plan within 6 months of decision B`,
    },
    {
      basis: 'EVENT',
      kind: 'PLAN_RESPONSE',
      nature: 'DEADLINE',
      anchor: 'REINTEGRATION_PLAN',
      offset: { days: 14 },
      source: `${CODEX}, art. I.4-74: the employee answers the plan within 14 calendar days`,
    },
    {
      basis: 'EVENT',
      kind: 'APPEAL',
      nature: 'RIGHT_EXPIRES',
      anchor: 'ASSESSMENT_DECISION',
      offset: { days: 21 },
      outcomes: ['B'],
      source: `${CODEX}, art. I.4-80: appeal against decision B within 21 calendar days`,
    },
  ],
};
