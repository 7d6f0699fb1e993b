import { inputReason, validateActionPlanContent, type ActionPlanContent } from '@terugkeer/domain';
import { badInput, IsoDateScalar } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { requireVisibleCase } from '../case/case-access';
import { requirePastOrToday } from '../case/case-day';
import { actingRole, rejectViolations } from '../case/acting-role';
import { ActionPlanService } from './action-plan.service';
import { ActionPlan, PlanEvaluation, SaveActionPlanInput, SetEmployeeViewInput, SignActionPlanInput } from './action-plan.types';

const MAX_OUTCOME_LENGTH = 5000;

function contentOf(input: SaveActionPlanInput): ActionPlanContent {
  return {
    activities: input.activities.map(({ description, deadline }) => ({ description: description.trim(), deadline })),
    goals: input.goals.map(({ description, deadline }) => ({ description: description.trim(), deadline })),
    contactPerson: input.contactPerson?.trim() ?? null,
    evaluationEveryWeeks: input.evaluationEveryWeeks,
    hourAgreements: input.hourAgreements.map((agreement) => ({
      weekStart: agreement.weekStart,
      hoursPerWeek: agreement.hoursPerWeek,
      homeHours: agreement.homeHours,
      locationHours: agreement.locationHours,
      tasksToStartWith: agreement.tasksToStartWith.map((task) => task.trim()),
      tasksTooMuch: agreement.tasksTooMuch.map((task) => task.trim()),
      therapeutic: agreement.therapeutic,
    })),
    contactAgreement: input.contactAgreement
      ? {
          frequency: input.contactAgreement.frequency,
          weekday: input.contactAgreement.weekday ?? null,
          time: input.contactAgreement.time ?? null,
          mode: input.contactAgreement.mode,
          purpose: input.contactAgreement.purpose,
          meetingPlace: input.contactAgreement.meetingPlace ?? null,
        }
      : null,
  };
}

@Resolver(() => Case)
export class ActionPlanResolver {
  private readonly service: ActionPlanService;

  constructor(dataSource: DataSource) {
    this.service = new ActionPlanService(dataSource);
  }

  @Authorized()
  @FieldResolver(() => ActionPlan, { nullable: true, description: 'The plan of action (plan van aanpak), for everyone on the case.' })
  actionPlan(@Root() found: Case, @Ctx() { loaders }: CaseContext) {
    return loaders.actionPlan.load(found.id);
  }

  @Authorized('CASE_MANAGER', 'MANAGER', 'COACH')
  @Mutation(() => ActionPlan, { description: 'Saves the plan: a draft is edited in place, a signed version gets a new draft version.' })
  async saveActionPlan(@Arg('input') input: SaveActionPlanInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    const role = actingRole(relationships, ['CASE_MANAGER', 'MANAGER', 'COACH'], 'Only the case manager, the manager and the coach edit the plan of action.');
    const content = contentOf(input);
    rejectViolations(validateActionPlanContent(content));
    return this.service.save({ userId: context.viewer.userId, role }, found, content, input.expectedVersion);
  }

  @Authorized('EMPLOYEE', 'MANAGER')
  @Mutation(() => ActionPlan, { description: 'Signs the latest version as the employee or as their manager.' })
  async signActionPlan(@Arg('input') input: SignActionPlanInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    const role = actingRole(relationships, ['EMPLOYEE', 'MANAGER'], 'Only the employee and their manager sign the plan of action.');
    return this.service.sign({ userId: context.viewer.userId, role }, found, role, input.versionNumber, input.expectedVersion);
  }

  @Authorized('EMPLOYEE')
  @Mutation(() => ActionPlan, { description: "Sets the employee's own view on the plan; only the employee writes it." })
  async setActionPlanEmployeeView(@Arg('input') input: SetEmployeeViewInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    const role = actingRole(relationships, ['EMPLOYEE'], 'Only the employee writes their own view on the plan.');
    const text = input.text.trim();
    if (!text) throw badInput('text', inputReason('EMPTY'));
    if (text.length > MAX_OUTCOME_LENGTH) throw badInput('text', inputReason('TOO_LONG', { max: MAX_OUTCOME_LENGTH }));
    return this.service.setEmployeeView({ userId: context.viewer.userId, role }, found, text, input.expectedVersion);
  }

  @Authorized('CASE_MANAGER', 'MANAGER')
  @Mutation(() => PlanEvaluation, { description: 'Records an evaluation of the signed plan; it fulfils the next EVALUATION milestone.' })
  async recordPlanEvaluation(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('heldOn', () => IsoDateScalar) heldOn: string,
    @Arg('outcome') outcome: string,
    @Ctx() context: CaseContext,
  ) {
    const { case: found, relationships } = await requireVisibleCase(context, caseId);
    const role = actingRole(relationships, ['CASE_MANAGER', 'MANAGER'], 'Only the case manager and the manager record an evaluation.');
    const text = outcome.trim();
    if (!text) throw badInput('outcome', inputReason('EMPTY'));
    if (text.length > MAX_OUTCOME_LENGTH) throw badInput('outcome', inputReason('TOO_LONG', { max: MAX_OUTCOME_LENGTH }));
    const now = new Date();
    requirePastOrToday('heldOn', heldOn, found, now);
    return this.service.recordEvaluation({ userId: context.viewer.userId, role }, found, heldOn, text);
  }
}
