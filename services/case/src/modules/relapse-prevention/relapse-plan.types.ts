import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "An early sign in the employee's own words, with what happens when it shows." })
export class EarlySignal {
  @Field()
  id!: string;

  @Field({ description: "The signal in the employee's own words." })
  description!: string;

  @Field(() => [String], { description: 'What the employee does when the signal shows.' })
  actions!: string[];

  @Field(() => [String], { description: 'What the employee then asks of others: the manager, colleagues, the coach.' })
  asks!: string[];
}

@ObjectType()
export class RelapsePlanVersion {
  @Field(() => Int)
  number!: number;

  @Field(() => [EarlySignal])
  signals!: EarlySignal[];

  @Field({ description: 'That a setback is normal on the way back, and how we talk about it.' })
  normalisationStatement!: string;

  @Field(() => Date, { nullable: true, description: 'When the employee agreed to this version; a change afterwards makes a new version.' })
  agreedByEmployeeAt!: Date | null;

  @Field({ description: 'The employee agreed to this version.' })
  agreed!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'The relapse-prevention plan (signaleringsplan) of a case, written by employee and coach, versioned by agreement.' })
export class RelapsePreventionPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale one is a conflict.' })
  revision!: number;

  @Field(() => RelapsePlanVersion)
  latest!: RelapsePlanVersion;

  @Field(() => RelapsePlanVersion, { nullable: true, description: 'The latest version the employee agreed to.' })
  agreed!: RelapsePlanVersion | null;

  @Field(() => [RelapsePlanVersion])
  versions!: RelapsePlanVersion[];
}

@InputType()
export class EarlySignalInput {
  @Field(() => String, { nullable: true, description: 'Keep the id of an existing signal; new ones get one.' })
  id?: string | null;

  @Field()
  description!: string;

  @Field(() => [String], { description: 'What the employee does when the signal shows; at least one.' })
  actions!: string[];

  @Field(() => [String], { defaultValue: [], description: 'What the employee asks of others then.' })
  asks!: string[];
}

@InputType()
export class SaveRelapsePlanInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: 'The revision you read; 0 for a new plan. A stale one is a conflict, so concurrent edits never overwrite each other.' })
  expectedRevision!: number;

  @Field(() => [EarlySignalInput])
  signals!: EarlySignalInput[];

  @Field()
  normalisationStatement!: string;
}

@InputType()
export class AgreeRelapsePlanInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  expectedRevision!: number;
}
