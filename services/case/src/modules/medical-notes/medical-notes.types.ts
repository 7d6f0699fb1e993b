import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A company doctor's medical note: for the assigned company doctor only." })
export class MedicalNote {
  @Field(() => ID)
  id!: string;

  caseId!: string;

  @Field()
  text!: string;

  @Field({ description: 'The doctor who wrote it.' })
  author!: string;

  @Field(() => Int, { description: 'Optimistic-concurrency version; send it back with an edit.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@InputType()
export class AddMedicalNoteInput {
  @Field(() => ID)
  caseId!: string;

  @Field()
  text!: string;
}

@InputType()
export class UpdateMedicalNoteInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field()
  text!: string;
}
