import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context';
import { findVisibleCase, requireOneOf, visibleCase } from '../case/case-access.service';
import { CaseRef } from '../case/case.types';
import { buildUpOf, enterActual, setPlan } from './build-up.service';
import { BuildUp, RecordActualHoursInput, SetBuildUpPlanInput } from './build-up.types';

@Resolver(() => CaseRef)
export class CaseBuildUpResolver {
  @Authorized()
  @FieldResolver(() => BuildUp, { nullable: true, description: 'The build-up schedule; null until there is a plan.' })
  async buildUp(@Root() ref: CaseRef, @Ctx() context: SchedulingContext): Promise<BuildUp | null> {
    const visible = await findVisibleCase(context, ref.id);
    if (!visible) return null;
    return buildUpOf(context.dataSource, ref.id, visible.relationships, context.loaders.buildUp);
  }
}

@Resolver(() => BuildUp)
export class BuildUpResolver {
  @Authorized()
  @Query(() => BuildUp, { nullable: true, description: 'The build-up schedule of a case by its id; the same as Case.buildUp.' })
  async buildUp(@Arg('caseId', () => ID) caseId: string, @Ctx() context: SchedulingContext): Promise<BuildUp | null> {
    const visible = await findVisibleCase(context, caseId);
    return visible ? buildUpOf(context.dataSource, caseId, visible.relationships, context.loaders.buildUp) : null;
  }

  @Authorized('CASE_MANAGER', 'COACH')
  @Mutation(() => BuildUp, { description: 'A new version of the planned hours, by the case manager or the coach.' })
  async setBuildUpPlan(@Arg('input') input: SetBuildUpPlanInput, @Ctx() context: SchedulingContext): Promise<BuildUp> {
    const visible = await visibleCase(context, input.caseId);
    requireOneOf(visible, ['CASE_MANAGER', 'COACH'], 'change the build-up schedule');
    return setPlan(context.dataSource, visible.facts, visible.relationships, input.weeks, input.expectedVersion, context.viewer.userId);
  }

  @Authorized('EMPLOYEE', 'MANAGER')
  @Mutation(() => BuildUp, { description: 'Hours actually worked in a week, entered by the employee or her manager.' })
  async recordActualHours(@Arg('input') input: RecordActualHoursInput, @Ctx() context: SchedulingContext): Promise<BuildUp> {
    const visible = await visibleCase(context, input.caseId);
    requireOneOf(visible, ['EMPLOYEE', 'MANAGER'], 'enter worked hours');
    return enterActual(context.dataSource, visible.facts, visible.relationships, input.weekStart, input.hours, context.viewer.userId);
  }
}
