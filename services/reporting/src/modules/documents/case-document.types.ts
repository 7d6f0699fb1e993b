import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A generated file, delivered inline.' })
export class CaseDocument {
  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field(() => Int)
  byteLength!: number;

  @Field({ description: 'The file, base64-encoded.' })
  base64!: string;
}
