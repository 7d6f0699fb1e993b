import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum ConsentScope {
  CHECK_IN_TREND = 'CHECK_IN_TREND',
  CHECK_IN_DETAIL = 'CHECK_IN_DETAIL',
  RELAPSE_PLAN = 'RELAPSE_PLAN',
}
registerEnumType(ConsentScope, {
  name: 'ConsentScope',
  description:
    'CHECK_IN_TREND: the weekly trend of energy and demands vs resources. CHECK_IN_DETAIL: scores, signals and what the employee needs of each check-in, never the private note. RELAPSE_PLAN: the relapse-prevention plan, for the manager.',
});

export enum ConsentGrantee {
  MANAGER = 'MANAGER',
  COMPANY_DOCTOR = 'COMPANY_DOCTOR',
  COACH = 'COACH',
}
registerEnumType(ConsentGrantee, { name: 'ConsentGrantee' });

@ObjectType({ description: 'What the employee lets one role on their case see of their check-ins or relapse-prevention plan.' })
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
