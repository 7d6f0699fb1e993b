import type { Queryable } from '@terugkeer/service-kit';

/**
 * One section of the export: rows about the person, found through their user id ($1).
 * The export is the one read that crosses every module's tables (GDPR art. 15 and 20);
 * a module that stores personal data adds its section here.
 * Medical notes and a coach's private notes are not here: the company doctor and the
 * coach hand those over from their own part.
 */
interface ExportSection {
  name: string;
  sql: string;
}

const EMPLOYEE_IDS = `SELECT id FROM employees WHERE user_id = $1`;
const CASE_IDS = `SELECT id FROM cases WHERE employee_id IN (${EMPLOYEE_IDS})`;

export const EXPORT_SECTIONS: ExportSection[] = [
  { name: 'account', sql: `SELECT id, email, name FROM users WHERE id = $1` },
  {
    name: 'employments',
    sql: `SELECT e.id, e.employee_number AS "employeeNumber", e.name, e.email, o.name AS organization, d.name AS department
            FROM employees e JOIN organizations o ON o.id = e.organization_id LEFT JOIN departments d ON d.id = e.department_id
           WHERE e.user_id = $1`,
  },
  {
    name: 'contracts',
    sql: `SELECT employee_id AS "employeeId", start_date AS "from", end_date AS "to", hours_per_week::float AS "hoursPerWeek"
            FROM contracts WHERE employee_id IN (${EMPLOYEE_IDS}) ORDER BY start_date`,
  },
  {
    name: 'cases',
    sql: `SELECT id, status, jurisdiction, first_sick_day AS "firstSickDay", recovery_date AS "recoveryDate"
            FROM cases WHERE id IN (${CASE_IDS}) ORDER BY first_sick_day`,
  },
  {
    name: 'milestonesDone',
    sql: `SELECT case_id AS "caseId", milestone_key AS "milestone", fulfilled_on AS "fulfilledOn"
            FROM milestone_fulfilments WHERE case_id IN (${CASE_IDS})`,
  },
  {
    name: 'ownStatements',
    sql: `SELECT case_id AS "caseId", text, created_at AS "createdAt" FROM employee_statements WHERE case_id IN (${CASE_IDS})`,
  },
  {
    name: 'rectificationRequests',
    sql: `SELECT case_id AS "caseId", data_class AS "dataClass", description, status, response, created_at AS "createdAt"
            FROM rectification_requests WHERE case_id IN (${CASE_IDS})`,
  },
  {
    name: 'problemAnalyses',
    sql: `SELECT case_id AS "caseId", version, occasion, recorded_on AS "recordedOn", possibilities, limitations,
                 expected_duration AS "expectedDuration", advice, employee_needs AS "employeeNeeds"
            FROM problem_analyses WHERE case_id IN (${CASE_IDS}) ORDER BY case_id, version`,
  },
  {
    name: 'actionPlanVersions',
    sql: `SELECT v.case_id AS "caseId", v.number, v.content, v.employee_view AS "employeeView", v.updated_at AS "updatedAt",
                 (SELECT coalesce(json_agg(json_build_object('role', s.role, 'signedAt', s.signed_at) ORDER BY s.signed_at), '[]')
                    FROM action_plan_signatures s WHERE s.version_id = v.id) AS signatures
            FROM action_plan_versions v WHERE v.case_id IN (${CASE_IDS}) ORDER BY v.case_id, v.number`,
  },
  {
    name: 'planEvaluations',
    sql: `SELECT case_id AS "caseId", number, held_on AS "heldOn", outcome FROM plan_evaluations WHERE case_id IN (${CASE_IDS})`,
  },
  {
    name: 'programmeIntakes',
    sql: `SELECT case_id AS "caseId", fits, reason, recorded_on AS "recordedOn" FROM programme_intakes WHERE case_id IN (${CASE_IDS})`,
  },
  {
    name: 'escalations',
    sql: `SELECT case_id AS "caseId", reason, urgency, status, raised_at AS "raisedAt", acknowledged_at AS "acknowledgedAt",
                 acknowledgement_note AS "acknowledgementNote"
            FROM escalations WHERE case_id IN (${CASE_IDS})`,
  },
  {
    name: 'checkIns',
    sql: `SELECT case_id AS "caseId", checked_in_on AS date, energy, mood, sleep, demands, autonomy, recognition,
                 social_support AS "socialSupport", signal_ids AS "signalIds", private_note AS "privateNote", need, dip
            FROM check_ins WHERE case_id IN (${CASE_IDS}) ORDER BY checked_in_on`,
  },
  {
    name: 'consents',
    sql: `SELECT case_id AS "caseId", scope, grantee_role AS "granteeRole", granted, changed_at AS "changedAt"
            FROM consents WHERE case_id IN (${CASE_IDS}) ORDER BY changed_at`,
  },
  {
    name: 'relapsePreventionPlans',
    sql: `SELECT p.case_id AS "caseId", v.number, v.signals, v.normalisation_statement AS "normalisationStatement",
                 v.agreed_by_employee_at AS "agreedByEmployeeAt", v.agreed_by_manager_at AS "agreedByManagerAt"
            FROM relapse_plans p JOIN relapse_plan_versions v ON v.plan_id = p.id WHERE p.case_id IN (${CASE_IDS})`,
  },
  {
    name: 'sessionReportSummaries',
    sql: `SELECT case_id AS "caseId", kind, held_on AS "heldOn", summary, state, released_at AS "releasedAt"
            FROM session_reports WHERE case_id IN (${CASE_IDS}) AND state <> 'DRAFT' ORDER BY held_on`,
  },
  {
    name: 'accessLog',
    sql: `SELECT a.occurred_at AS "occurredAt", u.name AS actor, a.actor_role AS "actorRole", a.action, a.data_class AS "dataClass"
            FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
           WHERE a.subject_employee_id IN (${EMPLOYEE_IDS}) ORDER BY a.seq`,
  },
];

/** Everything the case service holds about a person, as plain JSON; run it in one repeatable-read transaction. */
export async function readPersonalData(db: Queryable, userId: string): Promise<Record<string, unknown[]>> {
  const sections: Record<string, unknown[]> = {};
  for (const section of EXPORT_SECTIONS) sections[section.name] = await db.query(section.sql, [userId]);
  return sections;
}
