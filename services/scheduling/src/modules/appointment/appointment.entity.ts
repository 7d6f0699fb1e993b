import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum AppointmentKind {
  REFLECTION_TALK = 'REFLECTION_TALK',
  DIALOGUE_TALK = 'DIALOGUE_TALK',
  THREE_WAY_TALK = 'THREE_WAY_TALK',
  COMPANY_DOCTOR_CONSULT = 'COMPANY_DOCTOR_CONSULT',
  ACTION_PLAN_EVALUATION = 'ACTION_PLAN_EVALUATION',
  CONTACT_MOMENT = 'CONTACT_MOMENT',
  PROBLEM_ANALYSIS_CONSULT = 'PROBLEM_ANALYSIS_CONSULT',
}
registerEnumType(AppointmentKind, { name: 'AppointmentKind' });

export enum AppointmentLocation {
  OFFICE = 'OFFICE',
  HOME = 'HOME',
  NEUTRAL_PLACE = 'NEUTRAL_PLACE',
  ONLINE = 'ONLINE',
}
registerEnumType(AppointmentLocation, { name: 'AppointmentLocation' });

export enum AppointmentStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus' });

@ObjectType({ description: 'A meeting about a case: a talk, a consult, an evaluation or a contact moment.' })
@Entity({ name: 'appointments' })
export class Appointment {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Field(() => AppointmentKind)
  @Column('text')
  kind!: AppointmentKind;

  @Field({ description: 'Start, ISO 8601 date-time with offset.' })
  @Column('timestamptz', { name: 'starts_at', transformer: { to: (v: string) => v, from: (v: Date) => v.toISOString() } })
  startsAt!: string;

  @Field({ description: 'End, ISO 8601 date-time with offset.' })
  @Column('timestamptz', { name: 'ends_at', transformer: { to: (v: string) => v, from: (v: Date) => v.toISOString() } })
  endsAt!: string;

  @Field(() => AppointmentLocation)
  @Column('text')
  location!: AppointmentLocation;

  @Field(() => AppointmentStatus)
  @Column('text', { default: AppointmentStatus.PLANNED })
  status!: AppointmentStatus;
}
