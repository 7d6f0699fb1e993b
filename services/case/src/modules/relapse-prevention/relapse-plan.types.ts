import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An early sign the employee recognises in themself, with what happens when it shows.' })
export class EarlySignal {
  @Field()
  id!: string;

  @Field()
  description!: string;

  @Field(() => [String], { description: 'Who does what when the signal shows.' })
  actions!: string[];
}

@ObjectType()
export class RelapsePlanVersion {
  @Field(() => Int)
  number!: number;

  @Field(() => [EarlySignal])
  signals!: EarlySignal[];

  @Field({ description: 'That a setback is normal on the way back, and how we talk about it.' })
  normalisationStatement!: string;

  @Field(() => Date, { nullable: true })
  agreedByEmployeeAt!: Date | null;

  @Field(() => Date, { nullable: true })
  agreedByManagerAt!: Date | null;

  @Field({ description: 'Employee and manager both agreed to this version.' })
  agreed!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'The relapse-prevention plan (signaleringsplan) of a case, versioned.' })
export class RelapsePreventionPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale one is a conflict.' })
  revision!: number;

  @Field(() => RelapsePlanVersion)
  latest!: RelapsePlanVersion;

  @Field(() => RelapsePlanVersion, { nullable: true, description: 'The latest version both agreed to.' })
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

  @Field(() => [String])
  actions!: string[];
}

@InputType()
export class SaveRelapsePlanInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: '0 for a new plan.' })
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
