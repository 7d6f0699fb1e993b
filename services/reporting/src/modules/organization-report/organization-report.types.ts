import { IsoDateScalar } from '@terugkeer/service-kit';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DurationClassCount } from '../statistics/statistics.types';

@ObjectType({ description: 'Poortwachter compliance: of the milestones that fell due, the share met on time.' })
export class ComplianceFigures {
  @Field(() => Int)
  milestonesOnTime!: number;

  @Field(() => Int, { description: 'Fulfilled after the due date, or a deadline passed without it.' })
  milestonesLate!: number;

  @Field(() => Float, { nullable: true, description: 'milestonesOnTime ÷ (milestonesOnTime + milestonesLate); null when nothing fell due.' })
  shareOnTime!: number | null;
}

@ObjectType()
export class PhaseCount {
  @Field({ description: 'The case status (phase) as the case service last published it.' })
  phase!: string;

  @Field(() => Int)
  cases!: number;
}

@ObjectType({ description: 'Days from the first sick day to full recovery, over cases that returned in full.' })
export class TimeToFullReturn {
  @Field(() => Int)
  returnedCases!: number;

  @Field(() => Float, { nullable: true })
  medianDays!: number | null;

  @Field(() => [DurationClassCount])
  distribution!: DurationClassCount[];
}

@ObjectType({ description: 'Recoveries followed by a new sick report of the same person within the window.' })
export class RelapseFigures {
  @Field(() => Int, { description: 'Recoveries whose window has passed, or that relapsed within it.' })
  recoveries!: number;

  @Field(() => Int)
  relapses!: number;

  @Field(() => Float, { nullable: true })
  rate!: number | null;
}

@ObjectType({ description: 'What one case has cost so far.' })
export class CaseCost {
  @Field(() => ID)
  caseId!: string;

  @Field(() => IsoDateScalar)
  firstSickDay!: string;

  @Field(() => IsoDateScalar, { nullable: true })
  recoveryDate!: string | null;

  @Field({ description: 'Some of its absence is therapeutic work: at work, yet counted as absent.' })
  therapeuticWork!: boolean;

  @Field(() => Float, { description: 'Sick days up to the report date, each weighed by its absence fraction.' })
  absenceDays!: number;

  @Field(() => Float, { nullable: true, description: 'absenceDays × the daily cost of absence; null while no daily cost is set.' })
  absenceCost!: number | null;
}

@ObjectType({ description: 'The cost of absence beside the cost of the programme, the comparison employers make before investing.' })
export class CostFigures {
  @Field(() => Float, { nullable: true })
  dailyAbsenceCost!: number | null;

  @Field(() => Float, { nullable: true, description: 'Cost of the programme per case.' })
  programmeCost!: number | null;

  @Field(() => Int, { description: 'Cases in which a programme started.' })
  programmes!: number;

  @Field(() => Float, { nullable: true, description: 'programmes × programmeCost.' })
  programmeCostTotal!: number | null;

  @Field(() => Float)
  absenceDays!: number;

  @Field(() => Float, { nullable: true })
  absenceCost!: number | null;

  @Field(() => [CaseCost])
  cases!: CaseCost[];
}

@ObjectType({ description: "An organization's compliance, phases, returns, relapses and cost, as of a day." })
export class OrganizationReport {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => IsoDateScalar)
  asOf!: string;

  @Field(() => ComplianceFigures)
  compliance!: ComplianceFigures;

  @Field(() => [PhaseCount])
  casesByPhase!: PhaseCount[];

  @Field(() => TimeToFullReturn)
  timeToFullReturn!: TimeToFullReturn;

  @Field(() => RelapseFigures, { description: 'A new report fewer than 28 days after recovery.' })
  relapseWithin28Days!: RelapseFigures;

  @Field(() => RelapseFigures, { description: 'A new report within six calendar months after recovery.' })
  relapseWithin6Months!: RelapseFigures;

  @Field(() => CostFigures)
  cost!: CostFigures;
}
