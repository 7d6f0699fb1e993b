import { inputReason } from '@terugkeer/domain';
import { badInput } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { requireVisibleCase } from '../case/case-access';
import { actingRole } from '../case/acting-role';
import { shareableTextWarnings } from '../shareable-text/shareable-text';
import { ProgrammeIntakeService } from './programme-intake.service';
import { ProgrammeIntake, RecordProgrammeIntakeInput, RecordProgrammeIntakeResult } from './programme-intake.types';

const MAX_REASON_LENGTH = 5000;

@Resolver(() => Case)
export class ProgrammeIntakeResolver {
  private readonly service: ProgrammeIntakeService;

  constructor(dataSource: DataSource) {
    this.service = new ProgrammeIntakeService(dataSource);
  }

  @Authorized()
  @FieldResolver(() => ProgrammeIntake, { nullable: true, description: 'The latest programme intake, for everyone on the case.' })
  programmeIntake(@Root() found: Case, @Ctx() { loaders }: CaseContext) {
    return loaders.programmeIntake.load(found.id);
  }

  @Authorized('COACH')
  @Mutation(() => RecordProgrammeIntakeResult, { description: 'The assigned coach records whether the 8-week programme fits, and why not.' })
  async recordProgrammeIntake(@Arg('input') input: RecordProgrammeIntakeInput, @Ctx() context: CaseContext): Promise<RecordProgrammeIntakeResult> {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    actingRole(relationships, ['COACH'], 'Only the coach assigned to the case records the programme intake.');
    const reason = input.reason?.trim() || null;
    if (!input.fits && !reason) throw badInput('reason', inputReason('EMPTY'));
    if (reason && reason.length > MAX_REASON_LENGTH) throw badInput('reason', inputReason('TOO_LONG', { max: MAX_REASON_LENGTH }));
    const warnings = shareableTextWarnings([['reason', reason]]);
    if (warnings.length && !input.acknowledgeHealthWording) return { programmeIntake: null, healthWordingWarnings: warnings };
    const programmeIntake = await this.service.record(context.viewer.userId, found, input.fits, reason);
    return { programmeIntake, healthWordingWarnings: warnings };
  }
}
