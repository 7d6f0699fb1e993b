import { Role } from '@terugkeer/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(Role, { name: 'Role' });

@ObjectType({ description: 'A role the viewer holds in an organization or a health provider.' })
export class Membership {
  @Field(() => Role)
  role!: Role;

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
