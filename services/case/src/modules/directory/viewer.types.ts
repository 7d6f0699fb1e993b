import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum RoleName {
  EMPLOYEE = 'EMPLOYEE',
  MANAGER = 'MANAGER',
  CASE_MANAGER = 'CASE_MANAGER',
  COMPANY_DOCTOR = 'COMPANY_DOCTOR',
  COACH = 'COACH',
  ANALYST = 'ANALYST',
}
registerEnumType(RoleName, { name: 'Role' });

@ObjectType({ description: 'A role the viewer holds in an organization or a health provider.' })
export class Membership {
  @Field(() => RoleName)
  role!: RoleName;

  organizationId!: string | null;
  healthProviderId!: string | null;
}

@ObjectType({ description: 'The logged-in user.' })
export class ViewerProfile {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;
}
