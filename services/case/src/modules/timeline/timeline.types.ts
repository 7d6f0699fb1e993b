import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
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

export enum ReintegrationRequesterName {
  EMPLOYEE = 'EMPLOYEE',
  EMPLOYER = 'EMPLOYER',
}
registerEnumType(ReintegrationRequesterName, { name: 'ReintegrationRequester', description: 'Who asked for a Belgian re-integration trajectory.' });

export enum WagePaymentExtensionKindName {
  LATE_WIA_APPLICATION = 'LATE_WIA_APPLICATION',
  VOLUNTARY = 'VOLUNTARY',
  WAGE_SANCTION = 'WAGE_SANCTION',
}
registerEnumType(WagePaymentExtensionKindName, {
  name: 'WagePaymentExtensionKind',
  description: 'What extends Dutch wage payment (art. 7:629 lid 11 BW): a late WIA application, an agreed extension, a wage sanction by UWV.',
});

@ObjectType({ description: 'One legal deadline or date of the case (Wet verbetering poortwachter, or the Belgian codex).' })
export class Milestone {
  @Field({ description: '`EVALUATION#3` for the third of a recurring kind; otherwise the kind.' })
  key!: string;

  @Field({
    description:
      'PROBLEM_ANALYSIS, ACTION_PLAN, EVALUATION, UWV_SICKNESS_NOTIFICATION, … END_OF_WAGE_PAYMENT (BE: PREVENTION_SERVICE_NOTICE, ASSESSMENT_DECISION, …); see README, Legal rules.',
  })
  kind!: string;

  @Field({ description: 'DEADLINE, EARLIEST_DATE, RIGHT_EXPIRES or EXPECTED (an act of UWV, never late).' })
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

  @Field(() => IsoDateScalar, { nullable: true, description: 'The due date before an extension of wage payment moved it; null when it did not move.' })
  originalDueDate!: string | null;
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

  @Field(() => ReintegrationRequesterName, { nullable: true, description: 'Who asked; the employee may ask at any time.' })
  requestedBy?: ReintegrationRequesterName | null;

  @Field(() => String, {
    nullable: true,
    description: "Date of the treating physician's certificate of definitive unfitness, YYYY-MM-DD: lets the employer ask before 3 months.",
  })
  unfitnessCertificateOn?: string | null;
}

@InputType({ description: 'Dutch cases: the days one kind of extension adds to wage payment; 0 removes it.' })
export class SetWagePaymentExtensionInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => WagePaymentExtensionKindName)
  kind!: WagePaymentExtensionKindName;

  @Field(() => Int, { description: 'Calendar days; a wage sanction or agreed extension at most 364 (52 weeks).' })
  days!: number;
}

@InputType({ description: 'The pregnancy and maternity leave (art. 3:1 Wazo): near it UWV must hear of an illness by its 4th day.' })
export class SetMaternityLeaveInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { nullable: true, description: 'The expected date of delivery, YYYY-MM-DD; null removes the leave.' })
  expectedDeliveryDate!: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the leave: from 6 to 4 weeks before the expected date.' })
  leaveFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the leave: at least 16 weeks after its start.' })
  leaveUntil?: string | null;
}

@ObjectType({ description: 'The pregnancy and maternity leave as the case manager recorded it.' })
export class MaternityLeaveDates {
  @Field(() => IsoDateScalar)
  expectedDeliveryDate!: string;

  @Field(() => IsoDateScalar)
  leaveFrom!: string;

  @Field(() => IsoDateScalar)
  leaveUntil!: string;
}
