import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Appointment, AppointmentKind, AppointmentLocation, AppointmentPurpose, AppointmentStatus } from './appointment.entity';

@InputType()
export class AppointmentTimeInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'ISO 8601 date-time with offset.' })
  startsAt!: string;

  @Field({ description: 'ISO 8601 date-time with offset.' })
  endsAt!: string;

  @Field(() => [ID])
  participantUserIds!: string[];
}

@InputType()
export class BookAppointmentInput extends AppointmentTimeInput {
  @Field(() => AppointmentKind)
  kind!: AppointmentKind;

  @Field(() => AppointmentLocation)
  location!: AppointmentLocation;

  @Field(() => AppointmentPurpose, { nullable: true })
  purpose?: AppointmentPurpose;

  @Field({ defaultValue: false, description: 'Book although a participant is busy; without it a conflict refuses the booking.' })
  bookDespiteConflicts!: boolean;
}

@InputType()
export class RescheduleAppointmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field()
  startsAt!: string;

  @Field()
  endsAt!: string;

  @Field({ defaultValue: false })
  bookDespiteConflicts!: boolean;
}

@InputType()
export class SetAppointmentStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => AppointmentStatus)
  status!: AppointmentStatus;
}

@ObjectType({ description: 'A participant is busy then. Only the time is shown, never what the other appointment is.' })
export class AppointmentConflict {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field()
  startsAt!: string;

  @Field()
  endsAt!: string;
}

@ObjectType({ description: 'Conflicts are always listed; `booked` says whether the appointment was (re)booked.' })
export class BookingResult {
  @Field()
  booked!: boolean;

  @Field(() => Appointment, { nullable: true })
  appointment!: Appointment | null;

  @Field(() => [AppointmentConflict])
  conflicts!: AppointmentConflict[];
}
