import { caseRelationships, daysBetween, todayIn } from '@terugkeer/domain';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReportingContext } from '../../context';
import { CaseProgressRepository } from './case-progress.repository';
import { CaseProgress, CaseRef } from './case-progress.types';

@Resolver(() => CaseRef)
export class CaseProgressResolver {
  @Authorized()
  @FieldResolver(() => CaseProgress, { nullable: true, description: 'Null until the read model has heard of the case.' })
  async progress(@Root() ref: CaseRef, @Ctx() context: ReportingContext): Promise<CaseProgress | null> {
    const facts = await context.loaders.caseAccess.load(ref.id);
    const relationships = facts ? caseRelationships(context.viewer, facts) : [];
    if (!facts || relationships.length === 0) return null;
    const repository = new CaseProgressRepository(context.dataSource);
    const [activity, weeks, milestones, programme, stagnationAlerts, mayReadTrend, timeZone] = await Promise.all([
      context.loaders.caseActivity.load(ref.id),
      repository.weeks(ref.id),
      repository.milestones(ref.id),
      repository.programme(ref.id),
      repository.stagnationAlerts(ref.id),
      repository.mayReadCheckInTrend(ref.id, context.viewer.userId, relationships),
      repository.timeZone(ref.id),
    ]);
    return {
      absenceDays: daysBetween(facts.firstSickDay, facts.recoveryDate ?? todayIn(timeZone, new Date())),
      recoveryDate: facts.recoveryDate,
      eventsApplied: activity?.eventsApplied ?? 0,
      lastEventAt: activity?.lastEventAt ?? null,
      weeks,
      milestones: milestones.milestones,
      milestonesOnTime: milestones.onTime,
      milestonesLate: milestones.late,
      programme,
      stagnationAlerts,
      checkInTrend: mayReadTrend ? await repository.checkInTrend(ref.id) : null,
    };
  }
}
