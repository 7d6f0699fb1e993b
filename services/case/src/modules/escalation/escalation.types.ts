import { IsoDateScalar } from '@terugkeer/service-kit';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum EscalationUrgency {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
}
registerEnumType(EscalationUrgency, { name: 'EscalationUrgency' });

export enum EscalationStatus {
  AWAITING_EMPLOYEE = 'AWAITING_EMPLOYEE',
  DECLINED = 'DECLINED',
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(EscalationStatus, {
  name: 'EscalationStatus',
  description: 'AWAITING_EMPLOYEE and DECLINED stay between employee and coach; OPEN and ACKNOWLEDGED are with the company doctor.',
});

export enum EscalationAgreementWay {
  EMPLOYEE_SCREEN = 'EMPLOYEE_SCREEN',
  IN_TALK = 'IN_TALK',
  BY_PHONE = 'BY_PHONE',
  IN_WRITING = 'IN_WRITING',
}
registerEnumType(EscalationAgreementWay, {
  name: 'EscalationAgreementWay',
  description: 'How the employee agreed: on their own screen, or as the coach recorded.',
});

export enum RecordedAgreementWay {
  IN_TALK = 'IN_TALK',
  BY_PHONE = 'BY_PHONE',
  IN_WRITING = 'IN_WRITING',
}
registerEnumType(RecordedAgreementWay, { name: 'RecordedAgreementWay', description: 'How the employee agreed outside the platform.' });

@ObjectType({
  description:
    'The coach, together with the employee, asks the company doctor to step in. For employee, coach and doctor only: the reason may be about health.',
})
export class Escalation {
  @Field(() => ID)
  id!: string;

  caseId!: string;

  @Field()
  reason!: string;

  @Field(() => EscalationUrgency)
  urgency!: EscalationUrgency;

  @Field(() => EscalationStatus)
  status!: EscalationStatus;

  @Field({ description: 'The coach who raised it.' })
  raisedBy!: string;

  @Field()
  raisedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the employee's agreement was given on screen or recorded by the coach." })
  employeeAgreedAt!: Date | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'The day the employee agreed.' })
  employeeAgreedOn!: string | null;

  @Field(() => EscalationAgreementWay, { nullable: true, description: 'How the employee agreed; null for an escalation from before this was recorded.' })
  agreementWay!: EscalationAgreementWay | null;

  @Field(() => Date, { nullable: true, description: 'When the employee declined the escalation.' })
  declinedAt!: Date | null;

  @Field({ description: 'The company doctor it is addressed to.' })
  doctor!: string;

  doctorUserId!: string;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true })
  acknowledgementNote!: string | null;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class RecordedAgreementInput {
  @Field(() => RecordedAgreementWay)
  way!: RecordedAgreementWay;

  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' })
  agreedOn!: string;
}

@InputType()
export class EscalateToCompanyDoctorInput {
  @Field(() => ID)
  caseId!: string;

  @Field()
  reason!: string;

  @Field(() => EscalationUrgency, { defaultValue: EscalationUrgency.NORMAL })
  urgency!: EscalationUrgency;

  @Field(() => RecordedAgreementInput, {
    nullable: true,
    description: 'How and when the employee already agreed. Without it, the employee is asked on their own screen before the doctor sees anything.',
  })
  recordedAgreement?: RecordedAgreementInput | null;
}

@InputType()
export class AnswerEscalationRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field({ description: 'True sends the escalation to the company doctor; false declines it.' })
  agree!: boolean;
}

@InputType()
export class AcknowledgeEscalationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field()
  note!: string;
}
