import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsoDateScalar } from '@terugkeer/service-kit';

export enum AssessmentOutcomeName {
  A = 'A',
  B = 'B',
  C = 'C',
}
registerEnumType(AssessmentOutcomeName, {
  name: 'AssessmentOutcome',
  description: 'Belgian re-integration assessment: A temporarily unfit, B definitively unfit, C not possible to assess.',
});

@ObjectType({ description: 'One legal deadline or date of the case (Wet verbetering poortwachter, or the Belgian codex).' })
export class Milestone {
  @Field({ description: '`EVALUATION#3` for the third of a recurring kind; otherwise the kind.' })
  key!: string;

  @Field({ description: 'PROBLEM_ANALYSIS, ACTION_PLAN, EVALUATION, UWV_SICKNESS_NOTIFICATION, … (BE: RETURN_TO_WORK_CONTACT, ASSESSMENT_DECISION, …)' })
  kind!: string;

  @Field({ description: 'DEADLINE, EARLIEST_DATE or RIGHT_EXPIRES.' })
  nature!: string;

  @Field(() => IsoDateScalar)
  dueDate!: string;

  @Field({ description: 'UPCOMING, DUE_SOON (within 7 days), OVERDUE, OPEN, EXPIRED, DONE or NOT_APPLICABLE.' })
  status!: string;

  @Field(() => IsoDateScalar, { nullable: true })
  fulfilledOn!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Null until fulfilled.' })
  onTime!: boolean | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'The working day before a deadline that falls on a weekend or holiday.' })
  warnOn!: string | null;
}

@InputType()
export class MarkMilestoneDoneInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'A key from `Case.milestones`, e.g. UWV_SICKNESS_NOTIFICATION.' })
  key!: string;

  @Field(() => String, { description: 'When it was done, YYYY-MM-DD.' })
  fulfilledOn!: string;
}

@InputType()
export class SetReintegrationRequestInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { nullable: true, description: 'When the re-integration trajectory was requested, YYYY-MM-DD.' })
  requestedOn!: string | null;

  @Field(() => AssessmentOutcomeName, { nullable: true })
  assessmentOutcome!: AssessmentOutcomeName | null;

  @Field(() => String, { nullable: true, description: 'When the assessment decision was taken, YYYY-MM-DD.' })
  decidedOn!: string | null;
}
