import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum AppointmentKind {
  REFLECTION_TALK = 'REFLECTION_TALK',
  DIALOGUE_TALK = 'DIALOGUE_TALK',
  THREE_WAY_TALK = 'THREE_WAY_TALK',
  COMPANY_DOCTOR_CONSULT = 'COMPANY_DOCTOR_CONSULT',
  ACTION_PLAN_EVALUATION = 'ACTION_PLAN_EVALUATION',
  CONTACT_MOMENT = 'CONTACT_MOMENT',
  PROBLEM_ANALYSIS_CONSULT = 'PROBLEM_ANALYSIS_CONSULT',
  EXTRA_TALK = 'EXTRA_TALK',
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

export enum AppointmentPurpose {
  INFORM = 'INFORM',
  THINK_ALONG = 'THINK_ALONG',
  EVALUATE = 'EVALUATE',
}
registerEnumType(AppointmentPurpose, { name: 'AppointmentPurpose' });

@ObjectType({ description: 'Someone taking part in an appointment; the name as known when it was booked.' })
export class AppointmentParticipant {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field({ description: 'EMPLOYEE, MANAGER, CASE_MANAGER, COMPANY_DOCTOR, COACH, or COLLEAGUE for anyone else.' })
  role!: string;
}

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

  @Field(() => AppointmentPurpose, { nullable: true })
  @Column('text', { nullable: true })
  purpose!: AppointmentPurpose | null;

  @Field(() => [AppointmentParticipant])
  @Column('jsonb', { default: () => "'[]'" })
  participants!: AppointmentParticipant[];

  @Column('uuid', { name: 'participant_user_ids', array: true, default: () => "'{}'" })
  participantUserIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The session report written about this appointment.' })
  @Column('uuid', { name: 'session_report_id', nullable: true })
  sessionReportId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'programme_id', nullable: true })
  programmeId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Week of the recovery programme this session belongs to.' })
  @Column('int', { name: 'programme_week', nullable: true })
  programmeWeek!: number | null;

  /** Set on appointments generated from a plan, so regenerating never duplicates them. */
  @Column('text', { name: 'source_key', nullable: true })
  sourceKey!: string | null;

  @Field(() => Int, { description: 'Increases with every change; pass it back as expectedVersion.' })
  @Column('int', { default: 1 })
  version!: number;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;
}
