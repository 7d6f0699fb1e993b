import { IsoDateScalar } from '@terugkeer/service-kit';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A case's progress as the reporting read model knows it from events." })
export class CaseProgress {
  @Field(() => Int, { description: 'Calendar days from the first sick day up to recovery, or up to today.' })
  absenceDays!: number;

  @Field(() => IsoDateScalar, { nullable: true })
  recoveryDate!: string | null;

  @Field(() => Int, { description: 'Domain events about this case the read model has applied.' })
  eventsApplied!: number;

  @Field(() => String, { nullable: true, description: 'When the latest event about this case happened.' })
  lastEventAt!: string | null;

  @Field(() => [ProgressWeek], { description: 'Planned against actual hours per week of the current build-up.' })
  weeks!: ProgressWeek[];

  @Field(() => [MilestoneProgress])
  milestones!: MilestoneProgress[];

  @Field(() => Int, { description: 'Milestones fulfilled on or before their due date.' })
  milestonesOnTime!: number;

  @Field(() => Int, { description: 'Milestones fulfilled after their due date, or overdue and still open.' })
  milestonesLate!: number;

  @Field(() => ProgrammeAttendance, { nullable: true })
  programme!: ProgrammeAttendance | null;

  @Field(() => [StagnationAlert])
  stagnationAlerts!: StagnationAlert[];

  @Field(() => [CheckInTrendWeek], {
    nullable: true,
    description: 'Only for the employee, and for a manager, doctor or coach the employee consented to (CHECK_IN_TREND); never for the case manager.',
  })
  checkInTrend!: CheckInTrendWeek[] | null;
}

@ObjectType({ description: 'One week of the build-up: planned against actual hours.' })
export class ProgressWeek {
  @Field(() => IsoDateScalar, { description: 'Monday of the week.' })
  weekStart!: string;

  @Field(() => Float)
  plannedHours!: number;

  @Field(() => Float, { nullable: true, description: 'Null until entered; never read as zero.' })
  actualHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'actual − planned.' })
  differenceHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ actual − Σ planned up to this week, over entered weeks.' })
  cumulativeDifferenceHours!: number | null;

  @Field()
  therapeutic!: boolean;
}

@ObjectType({ description: 'A legal milestone (Poortwachter) of the case, as its timeline last said.' })
export class MilestoneProgress {
  @Field()
  key!: string;

  @Field()
  kind!: string;

  @Field(() => IsoDateScalar)
  dueDate!: string;

  @Field()
  status!: string;

  @Field(() => IsoDateScalar, { nullable: true })
  fulfilledOn!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Null while not yet fulfilled.' })
  onTime!: boolean | null;
}

@ObjectType({ description: 'Attendance of the on-the-job recovery programme.' })
export class ProgrammeAttendance {
  @Field(() => IsoDateScalar)
  startDate!: string;

  @Field()
  status!: string;

  @Field(() => Int)
  held!: number;

  @Field(() => Int)
  missed!: number;

  @Field(() => Int)
  remaining!: number;

  @Field(() => Float, { nullable: true, description: 'held ÷ (held + missed); null before the first session was due.' })
  attendanceRate!: number | null;
}

@ObjectType({ description: 'The build-up stalled: the coach is asked to look.' })
export class StagnationAlert {
  @Field(() => ID)
  alertId!: string;

  @Field()
  reason!: string;

  @Field(() => IsoDateScalar)
  weekStart!: string;
}

@ObjectType('ProgressCheckInWeek', { description: "Weekly means of the employee's check-ins: scores only, never notes." })
export class CheckInTrendWeek {
  @Field(() => IsoDateScalar, { description: 'Monday of the week.' })
  weekStart!: string;

  @Field(() => Int)
  checkIns!: number;

  @Field(() => Float)
  energy!: number;

  @Field(() => Float)
  demands!: number;

  @Field(() => Float)
  resources!: number;

  @Field(() => Int, { description: 'Check-ins in the week where demands exceeded resources.' })
  dips!: number;
}
