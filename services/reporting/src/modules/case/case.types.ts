import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The case service's Case, extended here with reporting fields. */
@ObjectType('Case')
@Directive('@key(fields: "id")')
export class CaseRef {
  @Field(() => ID)
  id!: string;
}
