import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AppointmentLocation } from '../appointment/appointment.entity';

export enum ProgrammeStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  STOPPED = 'STOPPED',
}
registerEnumType(ProgrammeStatus, { name: 'ProgrammeStatus' });

@ObjectType({ description: 'A session the generator could not place in its week; a person has to solve it.' })
export class UnplacedSession {
  @Field(() => Int)
  week!: number;

  @Field({ description: 'REFLECTION or DIALOGUE' })
  kind!: string;

  @Field({ description: 'Preferred local start, YYYY-MM-DDTHH:MM.' })
  preferredStart!: string;
}

@ObjectType({ description: 'The 8-week on-the-job recovery programme of a case.' })
@Entity({ name: 'programmes' })
export class Programme {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'coach_user_id' })
  coachUserId!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'colleague_user_id', nullable: true })
  colleagueUserId!: string | null;

  @Field({ description: 'ISO date; week 1 is the week that contains it.' })
  @Column('date', { name: 'start_date' })
  startDate!: string;

  @Field(() => Int)
  @Column('int', { name: 'reflection_weekday' })
  reflectionWeekday!: number;

  @Field(() => [Int])
  @Column('int', { name: 'dialogue_weekdays', array: true })
  dialogueWeekdays!: number[];

  @Field({ description: 'Preferred local start time of every session, HH:MM.' })
  @Column('text', { name: 'start_time' })
  startTime!: string;

  @Field(() => AppointmentLocation)
  @Column('text')
  location!: AppointmentLocation;

  @Field(() => ProgrammeStatus)
  @Column('text')
  status!: ProgrammeStatus;

  @Field(() => [UnplacedSession])
  @Column('jsonb')
  unplaced!: UnplacedSession[];
}
