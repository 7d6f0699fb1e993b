import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Appointment, AppointmentLocation } from '../appointment/appointment.entity';
import { AppointmentConflict } from '../appointment/appointment.types';

export enum TalkRequestState {
  REQUESTED = 'REQUESTED',
  PLANNED = 'PLANNED',
}
registerEnumType(TalkRequestState, { name: 'TalkRequestState', description: 'REQUESTED: waits for the coach. PLANNED: the coach booked the talk.' });

@ObjectType({ description: "The employee's request for an extra talk with their coach, asked after a dip." })
export class TalkRequest {
  @Field(() => ID)
  id!: string;

  caseId!: string;

  @Field(() => TalkRequestState)
  state!: TalkRequestState;

  @Field()
  requestedAt!: Date;

  appointmentId!: string | null;

  @Field(() => Date, { nullable: true })
  plannedAt!: Date | null;
}

@InputType()
export class PlanExtraTalkInput {
  @Field(() => ID)
  requestId!: string;

  @Field({ description: 'ISO 8601 date-time with offset.' })
  startsAt!: string;

  @Field({ description: 'ISO 8601 date-time with offset.' })
  endsAt!: string;

  @Field(() => AppointmentLocation)
  location!: AppointmentLocation;

  @Field({ defaultValue: false, description: 'Book although the employee or the coach is busy then.' })
  bookDespiteConflicts!: boolean;
}

@ObjectType({ description: 'Conflicts are always listed; `planned` says whether the talk was booked.' })
export class PlanExtraTalkResult {
  @Field()
  planned!: boolean;

  @Field(() => TalkRequest)
  request!: TalkRequest;

  @Field(() => Appointment, { nullable: true })
  appointment!: Appointment | null;

  @Field(() => [AppointmentConflict])
  conflicts!: AppointmentConflict[];
}
