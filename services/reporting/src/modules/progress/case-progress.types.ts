import { IsoDateScalar } from '@terugkeer/service-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A case's progress as the reporting read model knows it from events." })
export class CaseProgress {
  @Field(() => Int, { description: 'Calendar days from the first sick day up to recovery, or up to today.' })
  absenceDays!: number;

  @Field(() => IsoDateScalar, { nullable: true })
  recoveryDate!: string | null;

  @Field(() => Int, { description: 'Domain events about this case the read model has applied.' })
  eventsApplied!: number;

  @Field(() => String, { nullable: true, description: 'When the latest event about this case happened.' })
  lastEventAt!: string | null;
}

@ObjectType('Case')
@Directive('@key(fields: "id")')
export class CaseRef {
  @Field(() => ID)
  id!: string;
}
