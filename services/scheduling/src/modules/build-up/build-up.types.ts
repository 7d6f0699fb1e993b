import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

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

@ObjectType({ description: 'The build-up schedule (opbouwschema): the current plan version and the hours worked.' })
export class BuildUp {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'ACTION_PLAN or MANUAL.' })
  source!: string;

  @Field(() => [BuildUpWeekView])
  weeks!: BuildUpWeekView[];

  @Field(() => [StagnationAlertView])
  stagnationAlerts!: StagnationAlertView[];
}
