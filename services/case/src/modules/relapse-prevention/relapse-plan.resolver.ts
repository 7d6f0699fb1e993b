import { inputReason, required, type Signal } from '@terugkeer/domain';
import type { RelapsePlanChanged } from '@terugkeer/events';
import { badInput, conflict, recordEvent } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaseContext } from '../../context';
import { appendAudit } from '../audit';
import { Case } from '../case/case.entity';
import { actingRole } from '../case/acting-role';
import { requireVisibleCase } from '../case/case-access';
import { RelapsePlanRepository } from './relapse-plan.repository';
import { AgreeRelapsePlanInput, RelapsePreventionPlan, SaveRelapsePlanInput } from './relapse-plan.types';

const MAX_TEXT = 2000;
const MAX_SIGNALS = 20;

function requireText(field: string, value: string): string {
  const text = value.trim();
  if (!text) throw badInput(field, inputReason('EMPTY'));
  if (text.length > MAX_TEXT) throw badInput(field, inputReason('TOO_LONG', { max: MAX_TEXT }));
  return text;
}

function validSignals(input: SaveRelapsePlanInput): Signal[] {
  if (!input.signals.length) throw badInput('signals', inputReason('TOO_FEW', { min: 1 }));
  if (input.signals.length > MAX_SIGNALS) throw badInput('signals', inputReason('TOO_MANY', { max: MAX_SIGNALS }));
  return input.signals.map((signal, i) => {
    const actions = signal.actions.map((action, j) => requireText(`signals[${i}].actions[${j}]`, action));
    if (!actions.length) throw badInput(`signals[${i}].actions`, inputReason('EMPTY'));
    return { id: signal.id?.trim() || randomUUID(), description: requireText(`signals[${i}].description`, signal.description), actions };
  });
}

@Resolver(() => Case)
export class RelapsePlanResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized()
  @FieldResolver(() => RelapsePreventionPlan, { nullable: true, description: 'Early signals and what each triggers; everyone on the case reads it.' })
  relapsePreventionPlan(@Root() found: Case, @Ctx() { loaders }: CaseContext) {
    return loaders.relapsePlan.load(found.id);
  }

  @Authorized('CASE_MANAGER', 'COACH')
  @Mutation(() => RelapsePreventionPlan, { description: 'Writes the plan; a change after anyone agreed makes a new version.' })
  async saveRelapsePreventionPlan(@Arg('input') input: SaveRelapsePlanInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    const role = actingRole(relationships, ['CASE_MANAGER', 'COACH'], 'Only the case manager and the coach write the relapse-prevention plan.');
    const signals = validSignals(input);
    const statement = requireText('normalisationStatement', input.normalisationStatement);
    await this.dataSource.transaction(async (manager) => {
      const repository = new RelapsePlanRepository(manager);
      const locked = await repository.lock(found.id);
      if ((locked?.revision ?? 0) !== input.expectedRevision) throw conflict('RelapsePreventionPlan', locked?.revision ?? 0);
      const planId = locked?.id ?? (await repository.create(found.id));
      const latest = (await repository.ofCases([found.id])).get(found.id)?.latest;
      const touched = latest && (latest.agreedByEmployeeAt || latest.agreedByManagerAt);
      if (!latest || touched) await repository.addVersion(planId, (latest?.number ?? 0) + 1, signals, statement, context.viewer.userId);
      else await repository.replaceVersion(planId, latest.number, signals, statement);
      await this.publish(manager, found, planId, await repository.bump(planId), context, role, 'UPDATE');
    });
    return context.loaders.relapsePlan.clear(found.id).load(found.id);
  }

  @Authorized('EMPLOYEE', 'MANAGER')
  @Mutation(() => RelapsePreventionPlan, { description: 'The employee or the manager agrees to the latest version.' })
  async agreeRelapsePreventionPlan(@Arg('input') input: AgreeRelapsePlanInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    const role = actingRole(relationships, ['EMPLOYEE', 'MANAGER'], 'Only the employee and the manager agree to the relapse-prevention plan.');
    await this.dataSource.transaction(async (manager) => {
      const repository = new RelapsePlanRepository(manager);
      const locked = await repository.lock(found.id);
      if (!locked) throw badInput('caseId', inputReason('NO_RELAPSE_PLAN'));
      if (locked.revision !== input.expectedRevision) throw conflict('RelapsePreventionPlan', locked.revision);
      const { latest } = required((await repository.ofCases([found.id])).get(found.id), 'the locked relapse-prevention plan');
      await repository.agree(locked.id, latest.number, role);
      await this.publish(manager, found, locked.id, await repository.bump(locked.id), context, role, 'SIGN');
    });
    return context.loaders.relapsePlan.clear(found.id).load(found.id);
  }

  private async publish(manager: EntityManager, found: Case, planId: string, revision: number, context: CaseContext, role: string, action: 'UPDATE' | 'SIGN') {
    const plan = required((await new RelapsePlanRepository(manager).ofCases([found.id])).get(found.id), 'the relapse-prevention plan just written');
    await recordEvent<RelapsePlanChanged>(manager, {
      type: 'relapse-plan.changed',
      aggregateId: found.id,
      organizationId: found.organizationId,
      payload: { caseId: found.id, planId, version: plan.latest.number, agreed: plan.latest.agreed },
    });
    await appendAudit(manager, {
      actorUserId: context.viewer.userId,
      actorRole: role,
      organizationId: found.organizationId,
      subjectEmployeeId: found.employeeId,
      caseId: found.id,
      action,
      dataClass: 'RELAPSE_PLAN',
      recordId: planId,
      detail: { version: plan.latest.number, revision },
    });
  }
}
