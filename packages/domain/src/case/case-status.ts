/** The phase of an absence-and-return trajectory. */
export const CaseStatus = {
  NEW: 'NEW',
  PROBLEM_ANALYSIS: 'PROBLEM_ANALYSIS',
  ACTION_PLAN: 'ACTION_PLAN',
  BUILD_UP: 'BUILD_UP',
  RECOVERED: 'RECOVERED',
  RELAPSE: 'RELAPSE',
  CLOSED: 'CLOSED',
} as const;

export type CaseStatus = (typeof CaseStatus)[keyof typeof CaseStatus];
