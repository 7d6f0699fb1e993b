import { caseRelationships, daysBetween, todayIso } from '@terugkeer/domain';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReportingContext } from '../../context';
import { CaseProgress, CaseRef } from './case-progress.types';

@Resolver(() => CaseRef)
export class CaseProgressResolver {
  @Authorized()
  @FieldResolver(() => CaseProgress, { nullable: true, description: 'Null until the read model has heard of the case.' })
  async progress(@Root() ref: CaseRef, @Ctx() context: ReportingContext): Promise<CaseProgress | null> {
    const facts = await context.loaders.caseAccess.load(ref.id);
    if (!facts || caseRelationships(context.viewer, facts).length === 0) return null;
    const activity = await context.loaders.caseActivity.load(ref.id);
    return {
      absenceDays: daysBetween(facts.firstSickDay, facts.recoveryDate ?? todayIso()),
      recoveryDate: facts.recoveryDate,
      eventsApplied: activity?.eventsApplied ?? 0,
      lastEventAt: activity?.lastEventAt ?? null,
    };
  }
}
