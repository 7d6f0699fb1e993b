import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

@InputType()
export class BuildUpPlanWeekInput {
  @Field({ description: 'Monday of the first week this applies to, until the next entry.' })
  weekStart!: string;

  @Field(() => Float)
  homeHours!: number;

  @Field(() => Float)
  locationHours!: number;

  @Field({ defaultValue: false, description: 'Work on a therapeutic basis (arbeidstherapeutisch).' })
  therapeutic!: boolean;

  @Field(() => [String], { defaultValue: [] })
  tasks!: string[];
}

@InputType()
export class SetBuildUpPlanInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: 'The version this change builds on; 0 when there is no plan yet.' })
  expectedVersion!: number;

  @Field(() => [BuildUpPlanWeekInput])
  weeks!: BuildUpPlanWeekInput[];
}

@InputType()
export class RecordActualHoursInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'Monday of the week.' })
  weekStart!: string;

  @Field(() => Float)
  hours!: number;
}

@ObjectType()
export class BuildUpWeekView {
  @Field()
  weekStart!: string;

  @Field(() => Float, { description: 'Planned hours, home plus location.' })
  planned!: number;

  @Field(() => Float, { nullable: true, description: 'Actually worked; null until entered.' })
  actual!: number | null;

  @Field(() => Float)
  home!: number;

  @Field(() => Float)
  location!: number;

  @Field()
  therapeutic!: boolean;

  @Field(() => [String])
  tasks!: string[];

  @Field(() => Int, { description: 'The plan version in force that week, which the week is measured against.' })
  planVersion!: number;

  @Field(() => Float, { nullable: true, description: 'actual − planned.' })
  difference!: number | null;

  @Field(() => Float, { nullable: true })
  cumulativeDifference!: number | null;
}

@ObjectType({ description: 'A dip in the check-ins near the alert: demands exceeded resources.' })
export class CheckInDip {
  @Field()
  date!: string;

  @Field(() => Float)
  demands!: number;

  @Field(() => Float)
  resources!: number;
}

@ObjectType()
export class StagnationAlertView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'BELOW_PLAN, NO_RISE, FALL_BACK or FASTER_THAN_ADVICE.' })
  kind!: string;

  @Field()
  weekStart!: string;

  @Field(() => Float)
  planned!: number;

  @Field(() => Float, { nullable: true })
  actual!: number | null;

  @Field()
  detectedAt!: string;

  @Field(() => CheckInDip, { nullable: true, description: 'Only for the employee and, with her consent, the coach or doctor.' })
  dip!: CheckInDip | null;
}

export enum HoursSignalStatus {
  NO_HOURS_YET = 'NO_HOURS_YET',
  ON_PLAN = 'ON_PLAN',
  BEHIND_PLAN = 'BEHIND_PLAN',
}
registerEnumType(HoursSignalStatus, { name: 'HoursSignalStatus', description: 'Hours worked against the plan: no hours entered yet, on plan, or behind it.' });

@ObjectType({ description: 'The functional signal of the build-up: hours against the plan and nothing else, for everyone on the case.' })
export class HoursSignalView {
  @Field(() => HoursSignalStatus)
  status!: HoursSignalStatus;

  @Field(() => String, { nullable: true, description: 'The last week with hours entered; null when none is.' })
  lastEnteredWeek!: string | null;

  @Field(() => Int, { description: 'The latest entered weeks in a row below plan; 0 unless behind.' })
  weeksBehind!: number;

  @Field(() => Float, { description: 'Hours short of the plan over those weeks; 0 unless behind.' })
  hoursBehind!: number;
}

@ObjectType({ description: 'The build-up schedule (opbouwschema): each week against the plan version in force that week, and the hours worked.' })
export class BuildUp {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'ACTION_PLAN or MANUAL.' })
  source!: string;

  @Field(() => [BuildUpWeekView])
  weeks!: BuildUpWeekView[];

  @Field(() => [StagnationAlertView], { description: 'For coach, case manager and company doctor only; empty for the others.' })
  stagnationAlerts!: StagnationAlertView[];

  @Field(() => HoursSignalView)
  hoursSignal!: HoursSignalView;
}
