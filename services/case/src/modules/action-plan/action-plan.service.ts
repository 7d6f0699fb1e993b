import {
  decideEdit,
  decideSignature,
  inputReason,
  planFasterThanAdvice,
  required,
  type ActionPlanContent,
  type CaseRelationship,
  type PlanSignatory,
} from '@terugkeer/domain';
import type { ActionPlanVersionChanged } from '@terugkeer/events';
import { badInput, conflict, recordEvent } from '@terugkeer/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit, type AuditAction, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import { todayOfCase } from '../case/case-day';
import { ProblemAnalysisService } from '../problem-analysis/problem-analysis.service';
import { recordMilestoneFulfilment } from '../timeline/milestone-fulfilment';
import { versionChangedPayload } from './action-plan.events';
import { ActionPlanRepository } from './action-plan.repository';
import type { ActionPlan, PlanEvaluation } from './action-plan.types';

export interface Actor {
  userId: string;
  role: CaseRelationship;
}

interface Draft {
  content: ActionPlanContent;
  employeeView: string | null;
}

/** Writes of the plan of action: each one transaction with its audit entry and its event. */
export class ActionPlanService {
  private readonly repository = new ActionPlanRepository();

  constructor(private readonly dataSource: DataSource) {}

  plans(caseIds: readonly string[]) {
    return this.repository.plans(this.dataSource, caseIds);
  }

  /** Replaces the plan's content; the employee's own view stays as it is. */
  save(actor: Actor, found: Case, content: ActionPlanContent, expectedVersion: number, at = new Date()) {
    return this.edit(actor, found, expectedVersion, at, (current) => ({ content, employeeView: current?.employeeView ?? null }));
  }

  /** The employee's own view is part of the plan: on a signed version it starts a new one. */
  setEmployeeView(actor: Actor, found: Case, text: string, expectedVersion: number, at = new Date()) {
    return this.edit(actor, found, expectedVersion, at, (current) => {
      if (!current) throw badInput('caseId', inputReason('NO_ACTION_PLAN'));
      return { content: current.content, employeeView: text };
    });
  }

  sign(actor: Actor, found: Case, signatory: PlanSignatory, versionNumber: number, expectedVersion: number, at = new Date()) {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.repository.lock(manager, found.id);
      const decision = decideSignature(locked, signatory, versionNumber, expectedVersion);
      switch (decision.kind) {
        case 'NO_PLAN':
          throw badInput('caseId', inputReason('NO_ACTION_PLAN'));
        case 'CONFLICT':
          throw conflict('ActionPlan', decision.currentRevision);
        case 'NOT_THE_LATEST_VERSION':
          throw badInput('versionNumber', inputReason('NOT_LATEST_VERSION', { latest: decision.latestVersion }));
        case 'ALREADY_SIGNED':
          throw badInput('versionNumber', inputReason('ALREADY_SIGNED', { version: versionNumber }));
        case 'SIGN':
          break;
      }
      const plan = required(locked, 'the action plan to sign');
      await this.repository.insertSignature(manager, { versionId: plan.latestVersionId, caseId: found.id, role: signatory, userId: actor.userId, at });
      await this.repository.setRevision(manager, plan.planId, decision.revision, at);
      if (decision.fullySigned) {
        await recordMilestoneFulfilment(manager, {
          caseId: found.id,
          key: 'ACTION_PLAN',
          fulfilledOn: todayOfCase(found, at),
          source: 'action-plan',
          recordId: plan.latestVersionId,
        });
      }
      return this.finish(manager, actor, found, 'SIGN', { version: versionNumber, signatory }, at);
    });
  }

  /** An evaluation held fulfils the next evaluation milestone, EVALUATION#1, #2 … */
  recordEvaluation(actor: Actor, found: Case, heldOn: string, outcome: string): Promise<PlanEvaluation> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.repository.lock(manager, found.id);
      if (!locked || !(await this.repository.hasSignedVersion(manager, locked.planId))) {
        throw badInput('caseId', inputReason('NO_SIGNED_ACTION_PLAN'));
      }
      const evaluation = await this.repository.insertEvaluation(manager, { caseId: found.id, planId: locked.planId, heldOn, outcome, userId: actor.userId });
      await recordMilestoneFulfilment(manager, {
        caseId: found.id,
        key: `EVALUATION#${evaluation.number}`,
        fulfilledOn: heldOn,
        source: 'action-plan-evaluation',
        recordId: evaluation.id,
      });
      await appendAudit(manager, {
        ...this.auditFacts(actor, found),
        action: 'CREATE',
        recordId: evaluation.id,
        detail: { evaluation: evaluation.number, heldOn },
      });
      return evaluation;
    });
  }

  private edit(actor: Actor, found: Case, expectedVersion: number, at: Date, change: (current: Draft | null) => Draft): Promise<ActionPlan> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.repository.lock(manager, found.id);
      const decision = decideEdit(locked, expectedVersion);
      const draft = change(locked && { content: locked.latestContent, employeeView: locked.latestEmployeeView });
      const version = { caseId: found.id, content: draft.content, employeeView: draft.employeeView, userId: actor.userId, at };
      switch (decision.kind) {
        case 'CONFLICT':
          throw conflict('ActionPlan', decision.currentRevision);
        case 'CREATE_FIRST_VERSION': {
          const planId = await this.repository.createPlan(manager, found.id, at);
          if (!planId) throw conflict('ActionPlan', await this.repository.currentRevision(manager, found.id));
          await this.repository.insertVersion(manager, { ...version, planId, number: 1 });
          break;
        }
        case 'EDIT_IN_PLACE': {
          const plan = required(locked, 'the action plan to edit');
          await this.repository.updateVersion(manager, plan.latestVersionId, draft.content, draft.employeeView, actor.userId, at);
          await this.repository.setRevision(manager, plan.planId, decision.revision, at);
          break;
        }
        case 'NEW_VERSION': {
          const plan = required(locked, 'the action plan to version');
          await this.repository.insertVersion(manager, { ...version, planId: plan.planId, number: decision.version });
          await this.repository.setRevision(manager, plan.planId, decision.revision, at);
          break;
        }
      }
      const action: AuditAction = decision.kind === 'EDIT_IN_PLACE' ? 'UPDATE' : 'CREATE';
      return this.finish(manager, actor, found, action, { version: decision.version, revision: decision.revision }, at);
    });
  }

  /**
   * Audits the change and publishes the whole latest version, inside the write's transaction. Hours
   * faster than the doctor's advised build-up may be saved; the event names them so doctor and coach are told.
   */
  private async finish(manager: EntityManager, actor: Actor, found: Case, action: AuditAction, detail: Record<string, unknown>, at: Date) {
    const plan = required((await this.repository.plans(manager, [found.id])).get(found.id), 'the action plan just written');
    const advice = await new ProblemAnalysisService(this.dataSource).advisedBuildUp(manager, found.id);
    const fasterThanAdvice = planFasterThanAdvice(plan.latest.hourAgreements, advice);
    await appendAudit(manager, {
      ...this.auditFacts(actor, found),
      action,
      recordId: plan.id,
      detail: { ...detail, ...(fasterThanAdvice.length ? { fasterThanAdvice } : {}) },
    });
    await recordEvent<ActionPlanVersionChanged>(manager, {
      type: 'action-plan.version-changed',
      aggregateId: found.id,
      organizationId: found.organizationId,
      payload: { ...versionChangedPayload(plan, plan.latest, actor.userId, at), fasterThanAdvice },
    });
    return plan;
  }

  private auditFacts(actor: Actor, found: Case) {
    return {
      actorUserId: actor.userId,
      actorRole: actor.role,
      ...auditSubjectOf(found),
      dataClass: 'ACTION_PLAN' as const,
    };
  }
}
