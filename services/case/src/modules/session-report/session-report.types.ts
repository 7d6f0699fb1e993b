import { IsoDateScalar } from '@terugkeer/service-kit';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ShareableTextWarning } from '../shareable-text/shareable-text';

export enum SessionKind {
  REFLECTION = 'REFLECTION',
  DIALOGUE = 'DIALOGUE',
  THREE_WAY = 'THREE_WAY',
}
registerEnumType(SessionKind, { name: 'SessionKind', description: 'Reflection talk, dialogue talk (with a colleague) or three-way talk (with the manager).' });

export enum SessionReportStateName {
  DRAFT = 'DRAFT',
  AWAITING_VALIDATION = 'AWAITING_VALIDATION',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  VALIDATED = 'VALIDATED',
  RELEASED = 'RELEASED',
}
registerEnumType(SessionReportStateName, { name: 'SessionReportState' });

@ObjectType()
export class SessionParticipant {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field({ description: 'EMPLOYEE, MANAGER or COLLEAGUE.' })
  role!: string;

  @Field({ description: 'Validated the current text of the summary.' })
  validated!: boolean;
}

@ObjectType({
  description: "A reflection talk's four questions of the programme, each validated with the report: for the employee and the coach, never the manager.",
})
export class SessionReflection {
  @Field()
  wentWell!: string;

  @Field()
  wasHard!: string;

  @Field()
  learned!: string;

  @Field()
  nextTime!: string;
}

@ObjectType({ description: "A report of a talk: a functional summary in work terms for the participants, and the coach's private notes." })
export class SessionReport {
  @Field(() => ID)
  id!: string;

  @Field(() => SessionKind)
  kind!: SessionKind;

  @Field(() => IsoDateScalar)
  heldOn!: string;

  @Field(() => ID, { nullable: true, description: 'The talk (appointment) the report is of.' })
  appointmentId!: string | null;

  @Field(() => SessionReflection, { nullable: true, description: 'A reflection talk only; null for the manager.' })
  reflection!: SessionReflection | null;

  @Field(() => SessionReportStateName)
  state!: SessionReportStateName;

  @Field({ description: 'Insights and agreements in work terms: what participants validate and the employee may release.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: "The coach's own notes: the coach only." })
  privateNotes!: string | null;

  @Field(() => [SessionParticipant])
  participants!: SessionParticipant[];

  @Field(() => String, { nullable: true, description: 'What the last participant who asked for a change wrote.' })
  changeRequest!: string | null;

  @Field(() => Date, { nullable: true })
  releasedAt!: Date | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class SessionReportResult {
  @Field()
  saved!: boolean;

  @Field(() => SessionReport, { nullable: true })
  report!: SessionReport | null;

  @Field(() => [ShareableTextWarning])
  warnings!: ShareableTextWarning[];
}

@InputType()
export class SessionReflectionInput {
  @Field({ description: 'What went well.' })
  wentWell!: string;

  @Field({ description: 'What was hard.' })
  wasHard!: string;

  @Field({ description: 'What was learned.' })
  learned!: string;

  @Field({ description: 'What to do differently next time.' })
  nextTime!: string;
}

@InputType()
export class WriteSessionReportInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { nullable: true, description: 'Absent for a new report.' })
  reportId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read, when changing a report.' })
  expectedVersion?: number | null;

  @Field(() => SessionKind)
  kind!: SessionKind;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  heldOn!: string;

  @Field(() => ID, { nullable: true, description: 'The talk of this case the report is of.' })
  appointmentId?: string | null;

  @Field(() => SessionReflectionInput, { nullable: true, description: 'Required for a reflection talk; not allowed for another.' })
  reflection?: SessionReflectionInput | null;

  @Field(() => ID, { nullable: true, description: 'The colleague in a dialogue talk.' })
  colleagueUserId?: string | null;

  @Field({ defaultValue: '' })
  privateNotes!: string;

  @Field()
  summary!: string;

  @Field({ defaultValue: false })
  acknowledgeHealthWording!: boolean;
}

@InputType()
export class SessionReportStepInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType()
export class ValidateSessionReportInput extends SessionReportStepInput {
  @Field({ description: 'True validates the summary; false asks the coach for a change.' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'What should change (required when not approving).' })
  comment?: string | null;
}
