import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum ConsentScope {
  CHECK_IN_TREND = 'CHECK_IN_TREND',
  CHECK_IN_DETAIL = 'CHECK_IN_DETAIL',
}
registerEnumType(ConsentScope, {
  name: 'ConsentScope',
  description:
    'CHECK_IN_TREND: the weekly trend of energy and demands vs resources. CHECK_IN_DETAIL: scores and signals of each check-in, never the private note.',
});

export enum ConsentGrantee {
  MANAGER = 'MANAGER',
  COMPANY_DOCTOR = 'COMPANY_DOCTOR',
  COACH = 'COACH',
}
registerEnumType(ConsentGrantee, { name: 'ConsentGrantee' });

@ObjectType({ description: 'What the employee lets one role on their case see of their check-ins.' })
export class Consent {
  @Field(() => ConsentScope)
  scope!: ConsentScope;

  @Field(() => ConsentGrantee)
  granteeRole!: ConsentGrantee;

  @Field()
  granted!: boolean;

  @Field()
  changedAt!: Date;
}

@InputType()
export class SetConsentInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ConsentScope)
  scope!: ConsentScope;

  @Field(() => ConsentGrantee)
  granteeRole!: ConsentGrantee;

  @Field()
  granted!: boolean;
}
