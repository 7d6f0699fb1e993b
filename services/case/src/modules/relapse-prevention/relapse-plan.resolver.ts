import { inputReason, type Signal } from '@terugkeer/domain';
import { badInput } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { actingRole } from '../case/acting-role';
import { requireVisibleCase } from '../case/case-access';
import { RelapsePlanService } from './relapse-plan.service';
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
  private readonly service: RelapsePlanService;

  constructor(dataSource: DataSource) {
    this.service = new RelapsePlanService(dataSource);
  }

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
    await this.service.save({ userId: context.viewer.userId, role }, found, signals, statement, input.expectedRevision);
    return context.loaders.relapsePlan.clear(found.id).load(found.id);
  }

  @Authorized('EMPLOYEE', 'MANAGER')
  @Mutation(() => RelapsePreventionPlan, { description: 'The employee or the manager agrees to the latest version.' })
  async agreeRelapsePreventionPlan(@Arg('input') input: AgreeRelapsePlanInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    const role = actingRole(relationships, ['EMPLOYEE', 'MANAGER'], 'Only the employee and the manager agree to the relapse-prevention plan.');
    await this.service.agree({ userId: context.viewer.userId, role }, found, input.expectedRevision);
    return context.loaders.relapsePlan.clear(found.id).load(found.id);
  }
}
