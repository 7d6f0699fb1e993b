import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum RectificationStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(RectificationStatus, { name: 'RectificationStatus' });

@ObjectType({ description: "The employee's own statement in their dossier (eigen visie), in their words." })
export class EmployeeStatement {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A request by the employee to correct data in their dossier (GDPR art. 16).' })
export class RectificationRequest {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Which data it is about: CASE_BASICS, ACTION_PLAN, CAPABILITY_PROFILE, MEDICAL_NOTES …' })
  dataClass!: string;

  @Field()
  description!: string;

  @Field(() => RectificationStatus)
  status!: RectificationStatus;

  @Field(() => String, { nullable: true })
  response!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class AddEmployeeStatementInput {
  @Field(() => ID)
  caseId!: string;

  @Field()
  text!: string;
}

@InputType()
export class RequestRectificationInput {
  @Field(() => ID)
  caseId!: string;

  @Field()
  dataClass!: string;

  @Field()
  description!: string;
}

@InputType()
export class ResolveRectificationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a conflict.' })
  expectedVersion!: number;

  @Field(() => RectificationStatus)
  status!: RectificationStatus;

  @Field()
  response!: string;
}
