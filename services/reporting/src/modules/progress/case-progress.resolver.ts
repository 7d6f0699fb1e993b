import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReportingContext } from '../../context';
import { CaseRef } from '../case/case.types';
import { caseProgress } from './case-progress.service';
import { CaseProgress } from './case-progress.types';

@Resolver(() => CaseRef)
export class CaseProgressResolver {
  @Authorized()
  @FieldResolver(() => CaseProgress, { nullable: true, description: 'Null until the read model has heard of the case.' })
  async progress(@Root() ref: CaseRef, @Ctx() context: ReportingContext): Promise<CaseProgress | null> {
    return caseProgress(context.dataSource, context.loaders, context.viewer, await context.loaders.caseAccess.load(ref.id));
  }
}
