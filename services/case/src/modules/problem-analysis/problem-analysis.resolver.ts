import { compareIsoDates, inputReason, type AdvisedBuildUp } from '@terugkeer/domain';
import { badInput } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { requireVisibleCase } from '../case/case-access';
import { requirePastOrToday, todayOfCase } from '../case/case-day';
import { actingRole, rejectViolations } from '../case/acting-role';
import { shareableTextWarnings } from '../shareable-text/shareable-text';
import { validateCapabilityProfile } from './problem-analysis.rules';
import { ProblemAnalysisService } from './problem-analysis.service';
import { CapabilityProfile, ProblemAnalysis, RecordProblemAnalysisInput, RecordProblemAnalysisResult } from './problem-analysis.types';

function advisedBuildUpOf(input: RecordProblemAnalysisInput): AdvisedBuildUp | null {
  const maxHoursPerWeek = input.advisedMaxHoursPerWeek ?? null;
  const maxIncreasePerWeek = input.advisedMaxIncreasePerWeek ?? null;
  return maxHoursPerWeek === null && maxIncreasePerWeek === null ? null : { maxHoursPerWeek, maxIncreasePerWeek };
}

@Resolver(() => Case)
export class ProblemAnalysisResolver {
  private readonly service: ProblemAnalysisService;

  constructor(dataSource: DataSource) {
    this.service = new ProblemAnalysisService(dataSource);
  }

  @Authorized()
  @FieldResolver(() => [ProblemAnalysis], { description: 'Every version of the problem analysis, oldest first: shareable, for everyone on the case.' })
  problemAnalyses(@Root() found: Case, @Ctx() { loaders }: CaseContext) {
    return loaders.problemAnalyses.load(found.id);
  }

  @Authorized()
  @FieldResolver(() => CapabilityProfile, { nullable: true, description: 'The capability profile and advice of the latest problem analysis.' })
  async capabilityProfile(@Root() found: Case, @Ctx() { loaders }: CaseContext) {
    return (await loaders.problemAnalyses.load(found.id)).at(-1)?.capabilityProfile ?? null;
  }

  @Authorized('COMPANY_DOCTOR')
  @Mutation(() => RecordProblemAnalysisResult, {
    description: 'Records a problem analysis as a new version. Text that looks like health details is held back with warnings unless acknowledged.',
  })
  async recordProblemAnalysis(@Arg('input') input: RecordProblemAnalysisInput, @Ctx() context: CaseContext): Promise<RecordProblemAnalysisResult> {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    actingRole(relationships, ['COMPANY_DOCTOR'], 'Only the company doctor assigned to the case records a problem analysis.');
    const profile = {
      possibilities: input.possibilities.map((item) => item.trim()),
      limitations: input.limitations.map((item) => item.trim()),
      expectedDuration: input.expectedDuration?.trim() ?? null,
      advice: input.advice.trim(),
      advisedBuildUp: advisedBuildUpOf(input),
      employeeNeeds: input.employeeNeeds?.trim() || null,
    };
    rejectViolations(validateCapabilityProfile(profile));
    const now = new Date();
    const recordedOn = requirePastOrToday('recordedOn', input.recordedOn ?? todayOfCase(found, now), found, now);
    if (compareIsoDates(recordedOn, found.firstSickDay) < 0) throw badInput('recordedOn', inputReason('BEFORE_FIRST_SICK_DAY'));
    const warnings = shareableTextWarnings([
      ...profile.possibilities.map((item, i): [string, string] => [`possibilities[${i}]`, item]),
      ...profile.limitations.map((item, i): [string, string] => [`limitations[${i}]`, item]),
      ['expectedDuration', profile.expectedDuration],
      ['advice', profile.advice],
      ['employeeNeeds', profile.employeeNeeds],
    ]);
    if (warnings.length && !input.acknowledgeHealthWording) return { problemAnalysis: null, healthWordingWarnings: warnings };
    const problemAnalysis = await this.service.record(
      context.viewer.userId,
      found,
      { ...profile, expectedVersion: input.expectedVersion, occasion: input.occasion ?? null, recordedOn },
      warnings.length ? { healthWordingAcknowledged: warnings.length } : {},
    );
    return { problemAnalysis, healthWordingWarnings: warnings };
  }
}
