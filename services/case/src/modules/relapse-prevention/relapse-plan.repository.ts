import type { Signal } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { Queryable } from '@terugkeer/service-kit';
import type { RelapsePlanVersion, RelapsePreventionPlan } from './relapse-plan.types';

interface VersionRow extends Omit<RelapsePlanVersion, 'agreed'> {
  planId: string;
  caseId: string;
  revision: number;
}

/** Signals written before the plan said what the employee asks of others have no `asks`. */
const withAsks = (signals: (Omit<Signal, 'asks'> & { asks?: string[] })[]): Signal[] => signals.map((signal) => ({ ...signal, asks: signal.asks ?? [] }));

export class RelapsePlanRepository {
  constructor(private readonly db: Queryable) {}

  async ofCases(caseIds: readonly string[]): Promise<Map<string, RelapsePreventionPlan>> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT p.id AS "planId", p.case_id AS "caseId", p.revision, v.number, v.signals, v.normalisation_statement AS "normalisationStatement",
              v.agreed_by_employee_at AS "agreedByEmployeeAt", v.created_at AS "createdAt"
         FROM relapse_plans p JOIN relapse_plan_versions v ON v.plan_id = p.id
        WHERE p.case_id = ANY($1) ORDER BY v.number DESC`,
      [caseIds],
    );
    const plans = new Map<string, RelapsePreventionPlan>();
    for (const row of rows) {
      const version: RelapsePlanVersion = { ...row, signals: withAsks(row.signals), agreed: row.agreedByEmployeeAt !== null };
      const plan = plans.get(row.caseId) ?? { id: row.planId, revision: row.revision, latest: version, agreed: null, versions: [] };
      plan.versions.push(version);
      if (!plan.agreed && version.agreed) plan.agreed = version;
      plans.set(row.caseId, plan);
    }
    return plans;
  }

  /** The plan of a case, locked for a change in this transaction. */
  async lock(caseId: string): Promise<{ id: string; revision: number } | null> {
    const [row] = await this.db.query(`SELECT id, revision FROM relapse_plans WHERE case_id = $1 FOR UPDATE`, [caseId]);
    return row ?? null;
  }

  async create(caseId: string): Promise<string> {
    const id = randomUUID();
    await this.db.query(`INSERT INTO relapse_plans (id, case_id, revision) VALUES ($1, $2, 0)`, [id, caseId]);
    return id;
  }

  async addVersion(planId: string, number: number, signals: Signal[], normalisationStatement: string, userId: string): Promise<void> {
    await this.db.query(`INSERT INTO relapse_plan_versions (plan_id, number, signals, normalisation_statement, created_by) VALUES ($1, $2, $3, $4, $5)`, [
      planId,
      number,
      JSON.stringify(signals),
      normalisationStatement,
      userId,
    ]);
  }

  async replaceVersion(planId: string, number: number, signals: Signal[], normalisationStatement: string): Promise<void> {
    await this.db.query(`UPDATE relapse_plan_versions SET signals = $3, normalisation_statement = $4 WHERE plan_id = $1 AND number = $2`, [
      planId,
      number,
      JSON.stringify(signals),
      normalisationStatement,
    ]);
  }

  async agreeAsEmployee(planId: string, number: number): Promise<void> {
    await this.db.query(`UPDATE relapse_plan_versions SET agreed_by_employee_at = now() WHERE plan_id = $1 AND number = $2 AND agreed_by_employee_at IS NULL`, [
      planId,
      number,
    ]);
  }

  async bump(planId: string): Promise<number> {
    const [[row]] = await this.db.query(`UPDATE relapse_plans SET revision = revision + 1 WHERE id = $1 RETURNING revision`, [planId]);
    return row.revision;
  }
}
