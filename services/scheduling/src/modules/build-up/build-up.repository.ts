import type { PlannedWeek } from '@terugkeer/domain';
import type { Queryable } from '@terugkeer/service-kit';

export interface PlanVersion {
  version: number;
  source: 'ACTION_PLAN' | 'MANUAL';
  weeks: PlannedWeek[];
}

export interface StagnationAlertRow {
  id: string;
  kind: string;
  weekStart: string;
  detail: { planned: number; actual: number | null };
  detectedAt: Date;
}

export interface CheckInDipRow {
  date: string;
  demands: string;
  resources: string;
}

/** The build-up tables: plan versions, worked hours, stagnation alerts, and the check-in dips and consents kept beside them. */
export class BuildUpRepository {
  /** Serializes changes of one case's schedule for the rest of the transaction. */
  async lock(db: Queryable, caseId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`build-up:${caseId}`]);
  }

  async currentPlan(db: Queryable, caseId: string): Promise<PlanVersion | null> {
    const rows: PlanVersion[] = await db.query(`SELECT version, source, weeks FROM build_up_versions WHERE case_id = $1 ORDER BY version DESC LIMIT 1`, [
      caseId,
    ]);
    return rows[0] ?? null;
  }

  /** Every version, oldest first, with the Monday of the week it was adopted (in UTC, like the weeks). */
  async planVersions(db: Queryable, caseId: string): Promise<(PlanVersion & { adoptedWeek: string })[]> {
    return db.query(
      `SELECT version, source, weeks, date_trunc('week', created_at AT TIME ZONE 'UTC')::date::text AS "adoptedWeek"
         FROM build_up_versions WHERE case_id = $1 ORDER BY version`,
      [caseId],
    );
  }

  /** Every version of each case's plan, oldest first: one statement for a whole list. */
  async planVersionsOfCases(db: Queryable, caseIds: readonly string[]): Promise<Map<string, (PlanVersion & { adoptedWeek: string })[]>> {
    const rows: (PlanVersion & { adoptedWeek: string; caseId: string })[] = await db.query(
      `SELECT case_id AS "caseId", version, source, weeks, date_trunc('week', created_at AT TIME ZONE 'UTC')::date::text AS "adoptedWeek"
         FROM build_up_versions WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, version`,
      [caseIds],
    );
    const byCase = new Map<string, (PlanVersion & { adoptedWeek: string })[]>();
    for (const { caseId, ...version } of rows) byCase.set(caseId, [...(byCase.get(caseId) ?? []), version]);
    return byCase;
  }

  async hasActionPlanVersion(db: Queryable, caseId: string, actionPlanVersion: number): Promise<boolean> {
    const known: unknown[] = await db.query(`SELECT 1 FROM build_up_versions WHERE case_id = $1 AND source = 'ACTION_PLAN' AND action_plan_version = $2`, [
      caseId,
      actionPlanVersion,
    ]);
    return known.length > 0;
  }

  async insertPlan(
    db: Queryable,
    plan: { caseId: string; version: number; source: PlanVersion['source']; actionPlanVersion: number | null; weeks: PlannedWeek[]; createdBy: string | null },
  ): Promise<void> {
    await db.query(`INSERT INTO build_up_versions (case_id, version, source, action_plan_version, weeks, created_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
      plan.caseId,
      plan.version,
      plan.source,
      plan.actionPlanVersion,
      JSON.stringify(plan.weeks),
      plan.createdBy,
    ]);
  }

  /** Hours worked per week start. */
  /** The current plan of each of these cases that has one. */
  async currentPlans(db: Queryable, caseIds: readonly string[]): Promise<Map<string, PlanVersion>> {
    const rows: (PlanVersion & { caseId: string })[] = await db.query(
      `SELECT DISTINCT ON (case_id) case_id AS "caseId", version, source, weeks FROM build_up_versions WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, version DESC`,
      [caseIds],
    );
    return new Map(rows.map(({ caseId, ...plan }) => [caseId, plan]));
  }

  /** Hours worked per week of each of these cases. */
  async actualHoursOfCases(db: Queryable, caseIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
    const rows: { case_id: string; week_start: string; hours: string }[] = await db.query(
      `SELECT case_id, week_start, hours FROM build_up_actuals WHERE case_id = ANY($1::uuid[])`,
      [caseIds],
    );
    const byCase = new Map<string, Map<string, number>>();
    for (const row of rows) {
      const weeks = byCase.get(row.case_id) ?? new Map<string, number>();
      weeks.set(row.week_start, Number(row.hours));
      byCase.set(row.case_id, weeks);
    }
    return byCase;
  }

  async actualHours(db: Queryable, caseId: string): Promise<Map<string, number>> {
    const rows: { week_start: string; hours: string }[] = await db.query(`SELECT week_start, hours FROM build_up_actuals WHERE case_id = $1`, [caseId]);
    return new Map(rows.map((r) => [r.week_start, Number(r.hours)]));
  }

  async saveActual(db: Queryable, actual: { caseId: string; weekStart: string; hours: number; enteredBy: string }): Promise<void> {
    await db.query(
      `INSERT INTO build_up_actuals (case_id, week_start, hours, entered_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id, week_start) DO UPDATE SET hours = EXCLUDED.hours, entered_by = EXCLUDED.entered_by, entered_at = now()`,
      [actual.caseId, actual.weekStart, actual.hours, actual.enteredBy],
    );
  }

  /** Whether the alert is new: one per case, kind and week. */
  async insertAlert(db: Queryable, alert: { id: string; caseId: string; kind: string; weekStart: string; detail: unknown }): Promise<boolean> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO stagnation_alerts (id, case_id, kind, week_start, detail) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id, kind, week_start) DO NOTHING RETURNING id`,
      [alert.id, alert.caseId, alert.kind, alert.weekStart, JSON.stringify(alert.detail)],
    );
    return inserted.length > 0;
  }

  async alerts(db: Queryable, caseId: string): Promise<StagnationAlertRow[]> {
    const rows: { id: string; kind: string; week_start: string; detail: StagnationAlertRow['detail']; detected_at: Date }[] = await db.query(
      `SELECT * FROM stagnation_alerts WHERE case_id = $1 ORDER BY week_start, kind`,
      [caseId],
    );
    return rows.map((row) => ({ id: row.id, kind: row.kind, weekStart: row.week_start, detail: row.detail, detectedAt: row.detected_at }));
  }

  async checkInDips(db: Queryable, caseId: string): Promise<CheckInDipRow[]> {
    return db.query(`SELECT date, demands, resources FROM check_in_dips WHERE case_id = $1 ORDER BY date`, [caseId]);
  }

  /** Whether the employee lets one of these roles see her check-ins. */
  async checkInsConsentedTo(db: Queryable, caseId: string, roles: string[]): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM check_in_consents WHERE case_id = $1 AND grantee_role = ANY($2) AND granted
          AND scope IN ('CHECK_IN_TREND', 'CHECK_IN_DETAIL') LIMIT 1`,
      [caseId, roles],
    );
    return rows.length > 0;
  }
}
