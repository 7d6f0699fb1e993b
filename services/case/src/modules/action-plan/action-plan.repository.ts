import { isFullySigned, required, type ActionPlanContent, type PlanSignatory as Signatory, type PlanState } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { Queryable } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import { DirectoryRepository } from '../directory/directory.repository';
import { ActionPlanVersionStatus, type ActionPlan, type ActionPlanVersion, type PlanEvaluation, type PlanSignature } from './action-plan.types';

/** The latest version as the versioning rule and an edit need it, read under the plan's row lock. */
export interface LockedPlan extends PlanState {
  planId: string;
  latestVersionId: string;
  latestContent: ActionPlanContent;
  latestEmployeeView: string | null;
}

interface VersionRow {
  id: string;
  caseId: string;
  number: number;
  content: ActionPlanContent;
  employeeView: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const statusOf = (signatures: PlanSignature[]): ActionPlanVersionStatus =>
  signatures.length === 0
    ? ActionPlanVersionStatus.DRAFT
    : isFullySigned(signatures.map((s) => s.role))
      ? ActionPlanVersionStatus.SIGNED
      : ActionPlanVersionStatus.PARTLY_SIGNED;

function toVersion(row: VersionRow, signatures: PlanSignature[]): ActionPlanVersion {
  return {
    number: row.number,
    status: statusOf(signatures),
    activities: row.content.activities,
    goals: row.content.goals,
    contactPerson: row.content.contactPerson,
    evaluationEveryWeeks: row.content.evaluationEveryWeeks,
    hourAgreements: row.content.hourAgreements,
    contactAgreement: row.content.contactAgreement as ActionPlanVersion['contactAgreement'],
    employeeView: row.employeeView,
    signatures,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export class ActionPlanRepository {
  /** Locks the case's plan row for the rest of the transaction, so edits of one plan run one after the other. */
  async lock(manager: EntityManager, caseId: string): Promise<LockedPlan | null> {
    const [plan] = await manager.query(`SELECT id, revision FROM action_plans WHERE case_id = $1 FOR UPDATE`, [caseId]);
    if (!plan) return null;
    const [latest] = await manager.query(
      `SELECT id, number, content, employee_view FROM action_plan_versions WHERE plan_id = $1 ORDER BY number DESC LIMIT 1`,
      [plan.id],
    );
    const signatures: { role: Signatory }[] = await manager.query(`SELECT role FROM action_plan_signatures WHERE version_id = $1`, [latest.id]);
    return {
      planId: plan.id,
      revision: plan.revision,
      latestVersion: latest.number,
      latestVersionId: latest.id,
      latestContent: latest.content,
      latestEmployeeView: latest.employee_view,
      latestSignedBy: signatures.map((s) => s.role),
    };
  }

  /** Null when another editor created the plan first. */
  async createPlan(manager: EntityManager, caseId: string, at: Date): Promise<string | null> {
    const rows = await manager.query(
      `INSERT INTO action_plans (id, case_id, revision, created_at, updated_at) VALUES ($1, $2, 1, $3, $3)
       ON CONFLICT (case_id) DO NOTHING RETURNING id`,
      [randomUUID(), caseId, at],
    );
    return rows[0]?.id ?? null;
  }

  async currentRevision(manager: EntityManager, caseId: string): Promise<number> {
    const [row] = await manager.query(`SELECT revision FROM action_plans WHERE case_id = $1`, [caseId]);
    return row?.revision ?? 0;
  }

  async setRevision(manager: EntityManager, planId: string, revision: number, at: Date): Promise<void> {
    await manager.query(`UPDATE action_plans SET revision = $2, updated_at = $3 WHERE id = $1`, [planId, revision, at]);
  }

  async insertVersion(
    manager: EntityManager,
    version: { planId: string; caseId: string; number: number; content: ActionPlanContent; employeeView: string | null; userId: string; at: Date },
  ): Promise<string> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO action_plan_versions (id, plan_id, case_id, number, content, employee_view, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7, $8)`,
      [id, version.planId, version.caseId, version.number, JSON.stringify(version.content), version.employeeView, version.userId, version.at],
    );
    return id;
  }

  async updateVersion(manager: EntityManager, versionId: string, content: ActionPlanContent, employeeView: string | null, userId: string, at: Date) {
    await manager.query(`UPDATE action_plan_versions SET content = $2, employee_view = $3, updated_by = $4, updated_at = $5 WHERE id = $1`, [
      versionId,
      JSON.stringify(content),
      employeeView,
      userId,
      at,
    ]);
  }

  async insertSignature(manager: EntityManager, signature: { versionId: string; caseId: string; role: Signatory; userId: string; at: Date }) {
    await manager.query(`INSERT INTO action_plan_signatures (version_id, case_id, role, user_id, signed_at) VALUES ($1, $2, $3, $4, $5)`, [
      signature.versionId,
      signature.caseId,
      signature.role,
      signature.userId,
      signature.at,
    ]);
  }

  /**
   * Whole plans of many cases, each a first version with its signatures, in three statements
   * (generated dossiers); the ids are given so that the caller can publish them.
   */
  async insertSignedPlans(
    manager: EntityManager,
    plans: readonly {
      planId: string;
      versionId: string;
      caseId: string;
      content: ActionPlanContent;
      createdBy: string;
      savedAt: Date;
      signatures: { role: Signatory; userId: string; at: Date }[];
    }[],
  ): Promise<void> {
    if (!plans.length) return;
    await manager.query(
      `INSERT INTO action_plans (id, case_id, revision, created_at, updated_at)
       SELECT id, case_id, revision, saved_at, saved_at FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::timestamptz[]) AS p(id, case_id, revision, saved_at)`,
      [plans.map((p) => p.planId), plans.map((p) => p.caseId), plans.map((p) => 1 + p.signatures.length), plans.map((p) => p.savedAt)],
    );
    await manager.query(
      `INSERT INTO action_plan_versions (id, plan_id, case_id, number, content, employee_view, created_by, created_at, updated_by, updated_at)
       SELECT id, plan_id, case_id, 1, content, NULL, created_by, saved_at, created_by, saved_at
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::jsonb[], $5::uuid[], $6::timestamptz[]) AS v(id, plan_id, case_id, content, created_by, saved_at)`,
      [
        plans.map((p) => p.versionId),
        plans.map((p) => p.planId),
        plans.map((p) => p.caseId),
        plans.map((p) => JSON.stringify(p.content)),
        plans.map((p) => p.createdBy),
        plans.map((p) => p.savedAt),
      ],
    );
    const signatures = plans.flatMap((p) => p.signatures.map((s) => ({ ...s, versionId: p.versionId, caseId: p.caseId })));
    if (!signatures.length) return;
    await manager.query(
      `INSERT INTO action_plan_signatures (version_id, case_id, role, user_id, signed_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[])`,
      [
        signatures.map((s) => s.versionId),
        signatures.map((s) => s.caseId),
        signatures.map((s) => s.role),
        signatures.map((s) => s.userId),
        signatures.map((s) => s.at),
      ],
    );
  }

  /** Those of the cases that have a plan. */
  async casesWithPlans(db: Queryable, caseIds: readonly string[]): Promise<Set<string>> {
    const rows: { caseId: string }[] = await db.query(`SELECT case_id AS "caseId" FROM action_plans WHERE case_id = ANY($1::uuid[])`, [caseIds]);
    return new Set(rows.map((row) => row.caseId));
  }

  async hasSignedVersion(manager: EntityManager, planId: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM action_plan_versions v WHERE v.plan_id = $1
         AND (SELECT count(*) FROM action_plan_signatures s WHERE s.version_id = v.id) = 2 LIMIT 1`,
      [planId],
    );
    return Boolean(row);
  }

  async insertEvaluation(
    manager: EntityManager,
    evaluation: { caseId: string; planId: string; heldOn: string; outcome: string; userId: string },
  ): Promise<PlanEvaluation & { number: number }> {
    const [row] = await manager.query(
      `INSERT INTO plan_evaluations (id, case_id, plan_id, number, held_on, outcome, recorded_by)
       VALUES ($1, $2, $3, (SELECT coalesce(max(number), 0) + 1 FROM plan_evaluations WHERE case_id = $2), $4, $5, $6)
       RETURNING id, number, held_on::text AS "heldOn", outcome`,
      [randomUUID(), evaluation.caseId, evaluation.planId, evaluation.heldOn, evaluation.outcome, evaluation.userId],
    );
    return row;
  }

  /** The whole plan of each case that has one, versions oldest first. */
  async plans(db: Queryable, caseIds: readonly string[]): Promise<Map<string, ActionPlan>> {
    const plans: { id: string; caseId: string; revision: number }[] = await db.query(
      `SELECT id, case_id AS "caseId", revision FROM action_plans WHERE case_id = ANY($1)`,
      [caseIds],
    );
    const versions: VersionRow[] = await db.query(
      `SELECT id, case_id AS "caseId", number, content, employee_view AS "employeeView", created_at AS "createdAt", updated_at AS "updatedAt"
         FROM action_plan_versions WHERE case_id = ANY($1) ORDER BY number`,
      [caseIds],
    );
    const signed: (Omit<PlanSignature, 'name'> & { versionId: string })[] = await db.query(
      `SELECT s.version_id AS "versionId", s.role, s.user_id AS "userId", s.signed_at AS "signedAt"
         FROM action_plan_signatures s WHERE s.case_id = ANY($1) ORDER BY s.signed_at`,
      [caseIds],
    );
    const names = await new DirectoryRepository().userNameMap(
      db,
      signed.map((s) => s.userId),
    );
    const signatures = signed.map(({ versionId, role, userId, signedAt }) => ({
      versionId,
      role,
      userId,
      name: required(names.get(userId), `the name of user ${userId}`),
      signedAt,
    }));
    const evaluations: (PlanEvaluation & { caseId: string })[] = await db.query(
      `SELECT id, case_id AS "caseId", number, held_on::text AS "heldOn", outcome FROM plan_evaluations WHERE case_id = ANY($1) ORDER BY number`,
      [caseIds],
    );
    const result = new Map<string, ActionPlan>();
    for (const plan of plans) {
      const all = versions
        .filter((v) => v.caseId === plan.caseId)
        .map((v) =>
          toVersion(
            v,
            signatures.filter((s) => s.versionId === v.id).map(({ versionId: _, ...signature }) => signature),
          ),
        );
      result.set(plan.caseId, {
        id: plan.id,
        caseId: plan.caseId,
        version: plan.revision,
        latest: required(all.at(-1), `a version of action plan ${plan.id}`),
        signed: all.filter((v) => v.status === ActionPlanVersionStatus.SIGNED).at(-1) ?? null,
        versions: all,
        evaluations: evaluations.filter((e) => e.caseId === plan.caseId).map(({ id, number, heldOn, outcome }) => ({ id, number, heldOn, outcome })),
      });
    }
    return result;
  }
}
