import { Field, ID, ObjectType } from 'type-graphql';
import { CaseRelationshipName } from '../case/case.types';

@ObjectType({ description: 'Someone on a case with a login, to invite to a talk.' })
export class CasePerson {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field(() => CaseRelationshipName)
  role!: CaseRelationshipName;
}

@ObjectType({ description: "A colleague from the employee's department who could join the dialogue talks." })
export class DialogueColleague {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;
}
