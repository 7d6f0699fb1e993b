import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum NotificationReason {
  APPOINTMENT_REMINDER = 'APPOINTMENT_REMINDER',
  MILESTONE_REMINDER = 'MILESTONE_REMINDER',
  SESSION_REPORT_AWAITS_VALIDATION = 'SESSION_REPORT_AWAITS_VALIDATION',
  STAGNATION_DETECTED = 'STAGNATION_DETECTED',
  ACTION_PLAN_SIGNED = 'ACTION_PLAN_SIGNED',
  BUILD_UP_FASTER_THAN_ADVICE = 'BUILD_UP_FASTER_THAN_ADVICE',
  EXTRA_TALK_REQUESTED = 'EXTRA_TALK_REQUESTED',
}
registerEnumType(NotificationReason, { name: 'NotificationReason' });

const instant = { to: (v: string | null) => v, from: (v: Date | null) => v?.toISOString() ?? null };

@ObjectType({ description: 'A message to one user, in the app and by e-mail.' })
@Entity({ name: 'notifications' })
export class Notification {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'dedupe_key' })
  dedupeKey!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  @Field(() => NotificationReason)
  @Column('text')
  reason!: NotificationReason;

  @Field({ description: 'What the notification is about: an appointment, a milestone, a report, an alert.' })
  @Column('text', { name: 'subject_id' })
  subjectId!: string;

  @Field(() => String, { nullable: true, description: 'When the thing it reminds of is due.' })
  @Column('timestamptz', { name: 'due_at', nullable: true, transformer: instant })
  dueAt!: string | null;

  @Field()
  @Column('text')
  title!: string;

  @Field()
  @Column('text')
  body!: string;

  @Field()
  @Column('timestamptz', { name: 'created_at', transformer: instant })
  createdAt!: string;

  @Field(() => String, { nullable: true })
  @Column('timestamptz', { name: 'read_at', nullable: true, transformer: instant })
  readAt!: string | null;

  @Field(() => String, { nullable: true, description: 'When the task it asked for was done (a report validated, a legal step taken); it waits no longer.' })
  @Column('timestamptz', { name: 'resolved_at', nullable: true, transformer: instant })
  resolvedAt!: string | null;
}
