/** A table without its own `case_id`: how its rows of one case ($1) are found. */
export interface ChildTable {
  table: string;
  rowsOfCase: string;
}

/**
 * Where each module keeps case data that the retention purge removes. A module that
 * stores dossier content adds its tables here (children before parents).
 */
export const DOSSIER_TABLES: readonly (string | ChildTable)[] = [
  { table: 'session_report_history', rowsOfCase: 'report_id IN (SELECT id FROM session_reports WHERE case_id = $1)' },
  'session_reports',
  'check_ins',
  'consents',
  { table: 'relapse_plan_versions', rowsOfCase: 'plan_id IN (SELECT id FROM relapse_plans WHERE case_id = $1)' },
  'relapse_plans',
  'employee_statements',
  'rectification_requests',
  'milestone_fulfilments',
  'plan_evaluations',
  'action_plan_signatures',
  'action_plan_versions',
  'action_plans',
  'problem_analyses',
  'programme_intakes',
  'escalations',
  'expert_opinions',
];

/** Medical data, kept on its own (longer) clock: tables with `case_id` and `updated_at`. */
export const MEDICAL_TABLES: readonly string[] = ['medical_notes'];
