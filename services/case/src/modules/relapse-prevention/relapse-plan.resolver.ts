import { signalsOfDraft, validateRelapsePlanDraft } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { actingRole, rejectViolations } from '../case/acting-role';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { mayReadRelapsePlan } from '../consent/consent-rules';
import { RelapsePlanService } from './relapse-plan.service';
import { AgreeRelapsePlanInput, RelapsePreventionPlan, SaveRelapsePlanInput } from './relapse-plan.types';

@Resolver(() => Case)
export class RelapsePlanResolver {
  private readonly service: RelapsePlanService;

  constructor(dataSource: DataSource) {
    this.service = new RelapsePlanService(dataSource);
  }

  @Authorized()
  @FieldResolver(() => RelapsePreventionPlan, {
    nullable: true,
    description: 'Early signals and what each triggers: the employee, the coach and the doctor read it; the manager only with consent; the case manager never.',
  })
  async relapsePreventionPlan(@Root() found: Case, @Ctx() context: CaseContext) {
    const relationships = await relationshipsWithCase(context, found.id);
    if (!mayReadRelapsePlan(await context.loaders.consents.load(found.id), relationships)) return null;
    const plan = await context.loaders.relapsePlan.load(found.id);
    const byConsentOnly = !relationships.some((relationship) => relationship === 'EMPLOYEE' || relationship === 'COACH' || relationship === 'COMPANY_DOCTOR');
    if (plan && byConsentOnly) await this.service.auditManagerRead(context.viewer.userId, found, plan.id);
    return plan;
  }

  @Authorized('EMPLOYEE', 'COACH')
  @Mutation(() => RelapsePreventionPlan, {
    description: 'The employee or the coach writes the plan at the revision they read; a change after the employee agreed makes a new version.',
  })
  async saveRelapsePreventionPlan(@Arg('input') input: SaveRelapsePlanInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    const role = actingRole(relationships, ['EMPLOYEE', 'COACH'], 'Only the employee and the coach write the relapse-prevention plan.');
    rejectViolations(validateRelapsePlanDraft(input));
    const signals = signalsOfDraft(input, randomUUID);
    await this.service.save({ userId: context.viewer.userId, role }, found, signals, input.normalisationStatement.trim(), input.expectedRevision);
    return context.loaders.relapsePlan.clear(found.id).load(found.id);
  }

  @Authorized('EMPLOYEE')
  @Mutation(() => RelapsePreventionPlan, { description: 'The employee agrees to the latest version; the agreement holds for that version only.' })
  async agreeRelapsePreventionPlan(@Arg('input') input: AgreeRelapsePlanInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    const role = actingRole(relationships, ['EMPLOYEE'], 'Only the employee agrees to their relapse-prevention plan.');
    await this.service.agree({ userId: context.viewer.userId, role }, found, input.expectedRevision);
    return context.loaders.relapsePlan.clear(found.id).load(found.id);
  }
}
