import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Appointment, AppointmentLocation } from '../appointment/appointment.entity';

@InputType()
export class StartProgrammeInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'ISO date; week 1 is the week containing it.' })
  startDate!: string;

  @Field(() => Int, { description: 'ISO weekday (1 = Monday … 5 = Friday) of the reflection talk.' })
  reflectionWeekday!: number;

  @Field(() => [Int], { description: 'The two workdays of the dialogue talks.' })
  dialogueWeekdays!: number[];

  @Field({ description: 'Preferred local start time of every session, HH:MM.' })
  startTime!: string;

  @Field(() => ID, { nullable: true, description: 'The colleague of the dialogue talks.' })
  colleagueUserId?: string;

  @Field(() => AppointmentLocation, { defaultValue: AppointmentLocation.OFFICE })
  location!: AppointmentLocation;
}

@InputType()
export class RescheduleSessionInput {
  @Field(() => ID)
  appointmentId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field({ description: 'New local start, YYYY-MM-DDTHH:MM, in the same programme week.' })
  newStart!: string;
}

@ObjectType()
export class ProgrammeProgressView {
  @Field(() => Int)
  held!: number;

  @Field(() => Int, { description: 'Cancelled or no-show.' })
  missed!: number;

  @Field(() => Int)
  remaining!: number;

  @Field(() => Int, { description: 'Past sessions not yet marked held, cancelled or no-show.' })
  unrecorded!: number;

  @Field(() => Int, { nullable: true })
  currentWeek!: number | null;
}

@ObjectType({ description: 'ok, or why the session could not move: OUTSIDE_WEEK, OUTSIDE_WORKING_HOURS, HOLIDAY, CONFLICT.' })
export class RescheduleSessionResult {
  @Field()
  ok!: boolean;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Appointment, { nullable: true })
  appointment!: Appointment | null;
}
