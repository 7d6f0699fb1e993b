import { changeStartsNewVersion, inputReason, required, type Signal } from '@terugkeer/domain';
import type { RelapsePlanChanged } from '@terugkeer/events';
import { badInput, conflict, recordEvent } from '@terugkeer/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit, auditRead, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import { RelapsePlanRepository } from './relapse-plan.repository';

export interface RelapsePlanActor {
  userId: string;
  role: string;
}

/** Writes of the relapse-prevention plan: each one transaction with its event and audit entry. */
export class RelapsePlanService {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes the plan at the revision the writer read; a change after the employee agreed makes a new version. */
  save(actor: RelapsePlanActor, found: Case, signals: Signal[], statement: string, expectedRevision: number): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const repository = new RelapsePlanRepository(manager);
      const locked = await repository.lock(found.id);
      if ((locked?.revision ?? 0) !== expectedRevision) throw conflict('RelapsePreventionPlan', locked?.revision ?? 0);
      const planId = locked?.id ?? (await repository.create(found.id));
      const latest = (await repository.ofCases([found.id])).get(found.id)?.latest;
      if (changeStartsNewVersion(latest)) await repository.addVersion(planId, (latest?.number ?? 0) + 1, signals, statement, actor.userId);
      else await repository.replaceVersion(planId, required(latest, 'the draft version').number, signals, statement);
      await this.publish(manager, found, planId, await repository.bump(planId), actor, 'UPDATE');
    });
  }

  /** The employee agrees to the latest version, at the revision they read. */
  agree(actor: RelapsePlanActor, found: Case, expectedRevision: number): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const repository = new RelapsePlanRepository(manager);
      const locked = await repository.lock(found.id);
      if (!locked) throw badInput('caseId', inputReason('NO_RELAPSE_PLAN'));
      if (locked.revision !== expectedRevision) throw conflict('RelapsePreventionPlan', locked.revision);
      const { latest } = required((await repository.ofCases([found.id])).get(found.id), 'the locked relapse-prevention plan');
      await repository.agreeAsEmployee(locked.id, latest.number);
      await this.publish(manager, found, locked.id, await repository.bump(locked.id), actor, 'SIGN');
    });
  }

  /** A read by the manager rests on the employee's consent, so it is written down. */
  auditManagerRead(viewerUserId: string, found: Case, planId: string) {
    return auditRead(this.dataSource, {
      actorUserId: viewerUserId,
      actorRole: 'MANAGER',
      ...auditSubjectOf(found),
      dataClass: 'RELAPSE_PLAN',
      recordId: planId,
      detail: { consent: 'RELAPSE_PLAN' },
    });
  }

  private async publish(manager: EntityManager, found: Case, planId: string, revision: number, actor: RelapsePlanActor, action: 'UPDATE' | 'SIGN') {
    const plan = required((await new RelapsePlanRepository(manager).ofCases([found.id])).get(found.id), 'the relapse-prevention plan just written');
    await recordEvent<RelapsePlanChanged>(manager, {
      type: 'relapse-plan.changed',
      aggregateId: found.id,
      organizationId: found.organizationId,
      payload: { caseId: found.id, planId, version: plan.latest.number, agreed: plan.latest.agreed },
    });
    await appendAudit(manager, {
      actorUserId: actor.userId,
      actorRole: actor.role,
      ...auditSubjectOf(found),
      action,
      dataClass: 'RELAPSE_PLAN',
      recordId: planId,
      detail: { version: plan.latest.number, revision },
    });
  }
}
