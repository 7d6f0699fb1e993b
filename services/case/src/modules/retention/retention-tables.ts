/**
 * Where each module keeps case data that the retention purge removes. A module that
 * stores dossier content adds its tables here (children before parents).
 */
export const DOSSIER_TABLES: readonly string[] = [
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
];

/** Medical data, kept on its own (longer) clock: tables with `case_id` and `updated_at`. */
export const MEDICAL_TABLES: readonly string[] = ['medical_notes'];
