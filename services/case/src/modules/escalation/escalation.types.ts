import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum EscalationUrgency {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
}
registerEnumType(EscalationUrgency, { name: 'EscalationUrgency' });

export enum EscalationStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(EscalationStatus, { name: 'EscalationStatus' });

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

  @Field({ description: 'When the employee agreed to the escalation.' })
  employeeAgreedAt!: Date;

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
export class EscalateToCompanyDoctorInput {
  @Field(() => ID)
  caseId!: string;

  @Field()
  reason!: string;

  @Field(() => EscalationUrgency, { defaultValue: EscalationUrgency.NORMAL })
  urgency!: EscalationUrgency;

  @Field({ description: 'The employee agreed to this escalation; required.' })
  employeeAgreed!: boolean;
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
