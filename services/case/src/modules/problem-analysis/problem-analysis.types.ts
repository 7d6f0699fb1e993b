import { IsoDateScalar } from '@terugkeer/service-kit';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ShareableTextWarning } from '../shareable-text/shareable-text';

export enum ProblemAnalysisOccasion {
  INITIAL = 'INITIAL',
  RELAPSE = 'RELAPSE',
  CHANGE = 'CHANGE',
}
registerEnumType(ProblemAnalysisOccasion, {
  name: 'ProblemAnalysisOccasion',
  description: 'Why this version was made: the first analysis, an update after a relapse, or after a change.',
});

@ObjectType({ description: 'The build-up the company doctor advises: a ceiling of hours per week and/or a maximum step per week.' })
export class AdvisedBuildUp {
  @Field(() => Float, { nullable: true, description: 'At most this many hours in any week.' })
  maxHoursPerWeek!: number | null;

  @Field(() => Float, { nullable: true, description: 'At most this many hours more than the week before.' })
  maxIncreasePerWeek!: number | null;
}

@ObjectType({ description: "What the employee can and cannot do, and the doctor's advice: shareable, never a diagnosis." })
export class CapabilityProfile {
  @Field(() => [String], { description: 'Functional possibilities.' })
  possibilities!: string[];

  @Field(() => [String], { description: 'Functional limitations.' })
  limitations!: string[];

  @Field(() => String, { nullable: true })
  expectedDuration!: string | null;

  @Field()
  advice!: string;

  @Field(() => AdvisedBuildUp, { nullable: true, description: 'The advised build-up of hours; null when the doctor advised none.' })
  advisedBuildUp!: AdvisedBuildUp | null;
  @Field(() => String, { nullable: true, description: 'What the employee needs to work again, in work terms (a quiet place, fixed hours).' })
  employeeNeeds!: string | null;

  @Field(() => Int, { description: 'The version of the problem analysis it comes from.' })
  version!: number;

  @Field(() => IsoDateScalar)
  recordedOn!: string;
}

@ObjectType({ description: "The company doctor's problem analysis (probleemanalyse), one version per update." })
export class ProblemAnalysis {
  @Field(() => ID)
  id!: string;

  caseId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ProblemAnalysisOccasion)
  occasion!: ProblemAnalysisOccasion;

  @Field(() => IsoDateScalar)
  recordedOn!: string;

  @Field({ description: 'The company doctor who recorded it.' })
  recordedBy!: string;

  @Field(() => CapabilityProfile)
  capabilityProfile!: CapabilityProfile;
}

@ObjectType({ description: 'Saved, or held back because shareable text looks like health details (acknowledge to save anyway).' })
export class RecordProblemAnalysisResult {
  @Field(() => ProblemAnalysis, { nullable: true, description: 'Null when nothing was saved.' })
  problemAnalysis!: ProblemAnalysis | null;

  @Field(() => [ShareableTextWarning])
  healthWordingWarnings!: ShareableTextWarning[];
}

@InputType()
export class RecordProblemAnalysisInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: 'The latest version you read; 0 for the first analysis.' })
  expectedVersion!: number;

  @Field(() => ProblemAnalysisOccasion, { nullable: true, description: 'Required for an update (RELAPSE or CHANGE); the first is INITIAL.' })
  occasion?: ProblemAnalysisOccasion | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'The day of the analysis; today when left out.' })
  recordedOn?: string | null;

  @Field(() => [String])
  possibilities!: string[];

  @Field(() => [String])
  limitations!: string[];

  @Field(() => String, { nullable: true })
  expectedDuration?: string | null;

  @Field()
  advice!: string;

  @Field(() => Float, { nullable: true, description: 'The advised ceiling of hours per week (0.5–60).' })
  advisedMaxHoursPerWeek?: number | null;

  @Field(() => Float, { nullable: true, description: 'The advised maximum rise of hours from one week to the next (0.5–60).' })
  advisedMaxIncreasePerWeek?: number | null;
  @Field(() => String, { nullable: true, description: 'What the employee needs; at most 1000 characters.' })
  employeeNeeds?: string | null;

  @Field({ defaultValue: false, description: 'Save even though the shareable text looks like health details.' })
  acknowledgeHealthWording!: boolean;
}
