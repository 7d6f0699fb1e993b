import { Connection } from '@terugkeer/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "One access to or change of an employee's data, from the audit log." })
export class DataAccessEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who did it; null for the system (imports, scheduled jobs).' })
  actorName!: string | null;

  @Field({ description: 'The role they acted in.' })
  actorRole!: string;

  @Field({ description: 'READ, CREATE, UPDATE, SIGN, RELEASE, EXPORT …' })
  action!: string;

  @Field({ description: 'Which kind of data: MEDICAL_NOTES, CHECK_IN, SESSION_REPORT …' })
  dataClass!: string;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;
}

export const DataAccessConnection = Connection(DataAccessEntry, 'DataAccess');
